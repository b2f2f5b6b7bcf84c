package org.backcare.tenant.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The {@code brand.*} keys: colours, logo and font stack. They belong together because they all end
 * up in the tenant's brand stylesheet and header, so each value is checked to be what CSS or an
 * {@code img} expects and nothing more.
 */
final class BrandSettings {

  private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

  /**
   * Font family names only (letters, digits, spaces, hyphens, commas and quotes), so nothing else
   * can be smuggled into the CSS.
   */
  private static final Pattern FONT_STACK = Pattern.compile("[\\p{L}\\p{N} ,'\"-]{1,200}");

  private BrandSettings() {}

  /**
   * The employer's branding; a bad colour falls back to backcare's own, and the logo's text
   * alternative defaults to "{@code name} logo".
   *
   * @param name the employer's name, {@code null} when it is missing (already reported)
   */
  static Branding branding(TenantFile file, String name) {
    return new Branding(
        colour(file, "brand.primary", "#1f5f8b"),
        colour(file, "brand.accent", "#b8571b"),
        file.link("brand.logo-url", false),
        file.optional("brand.logo-alt").orElse(name == null ? "" : name + " logo"),
        file.matching(
            "brand.font",
            FONT_STACK,
            "is not a list of font names (letters, digits, spaces, hyphens, quotes, commas)"));
  }

  /** A {@code #rrggbb} colour in lower case, or {@code fallback}. */
  private static String colour(TenantFile file, String key, String fallback) {
    return file.matching(key, COLOUR, "is not a colour of the form #RRGGBB")
        .orElse(fallback)
        .toLowerCase(Locale.ROOT);
  }
}
