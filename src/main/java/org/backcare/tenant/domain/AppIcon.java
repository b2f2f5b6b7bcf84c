package org.backcare.tenant.domain;

/**
 * backcare's icon in an employer's colours: a spine of five rounded vertebrae on a rounded square.
 * Drawn as SVG (no text, so no font is needed anywhere), which browsers accept as an installable
 * icon at any size; the drawing keeps inside the central 80% so a round or squircle mask on a phone
 * ("maskable") never cuts it.
 */
public final class AppIcon {

  private AppIcon() {}

  /**
   * The icon with {@code background} behind vertebrae in {@code foreground}, both {@code #rrggbb}
   * (the caller chooses a foreground that reads on the background).
   */
  public static String svg(String background, String foreground) {
    if (!background.matches("#[0-9A-Fa-f]{6}") || !foreground.matches("#[0-9A-Fa-f]{6}")) {
      throw new IllegalArgumentException("colours must be #rrggbb");
    }
    StringBuilder svg =
        new StringBuilder(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 512 512\" width=\"512\""
                + " height=\"512\"><rect width=\"512\" height=\"512\" rx=\"96\" fill=\""
                + background
                + "\"/>");
    // A gentle S curve, as a healthy spine has when seen from the side.
    int[] offsets = {12, -8, -18, -8, 14};
    for (int i = 0; i < offsets.length; i++) {
      int width = 150 + i * 14;
      int x = 256 - width / 2 + offsets[i];
      int y = 112 + i * 62;
      svg.append("<rect x=\"")
          .append(x)
          .append("\" y=\"")
          .append(y)
          .append("\" width=\"")
          .append(width)
          .append("\" height=\"46\" rx=\"23\" fill=\"")
          .append(foreground)
          .append("\"/>");
    }
    return svg.append("</svg>").toString();
  }
}
