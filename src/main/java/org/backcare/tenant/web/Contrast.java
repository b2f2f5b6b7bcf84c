package org.backcare.tenant.web;

/**
 * WCAG 2 contrast arithmetic, so that whatever colours an employer configures, text drawn on them
 * or in them stays readable (at least 4.5:1 against its background).
 */
final class Contrast {

  private Contrast() {}

  /** Near-black or white, whichever contrasts more with {@code background} ({@code #rrggbb}). */
  static String readableOn(String background) {
    double l = luminance(background);
    double onWhite = (1.05) / (l + 0.05);
    double onDark = (l + 0.05) / (luminance("#1a1a1a") + 0.05);
    return onWhite >= onDark ? "#ffffff" : "#1a1a1a";
  }

  /**
   * The darkest light background text is drawn on: {@code --panel} in backcare.css (the rung
   * badges, the toolbox rank, a disabled button). White and the page's canvas are lighter.
   */
  static final String PANEL = "#eef2f5";

  /**
   * {@code colour} darkened in steps until it reaches 4.5:1 against the panel grey (and so also
   * against white), for links and headings in the accent colour.
   */
  static String darkenForText(String colour) {
    int r = Integer.parseInt(colour.substring(1, 3), 16);
    int g = Integer.parseInt(colour.substring(3, 5), 16);
    int b = Integer.parseInt(colour.substring(5, 7), 16);
    String current = colour.toLowerCase();
    while (ratio(current, PANEL) < 4.5) {
      r = (int) (r * 0.9);
      g = (int) (g * 0.9);
      b = (int) (b * 0.9);
      current = String.format("#%02x%02x%02x", r, g, b);
    }
    return current;
  }

  static double ratio(String a, String b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  static double luminance(String colour) {
    return 0.2126 * channel(colour.substring(1, 3))
        + 0.7152 * channel(colour.substring(3, 5))
        + 0.0722 * channel(colour.substring(5, 7));
  }

  private static double channel(String hex) {
    double c = Integer.parseInt(hex, 16) / 255.0;
    return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }
}
