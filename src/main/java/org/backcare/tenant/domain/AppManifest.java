package org.backcare.tenant.domain;

/**
 * The web app manifest of one employer's module, in one language: what a phone shows when the
 * member installs backcare, and what makes the browser offer it. The app opens at backcare's root
 * and stays within it; it is named after the employer (members know it as their employer's benefit)
 * and painted in the employer's primary colour, on the page background the stylesheet uses, with
 * backcare's icon in those colours.
 *
 * @param name the full name, such as "Acme backcare"
 * @param shortName the name under the icon
 * @param description what it is for, in {@code language}
 * @param language the language of the names and description
 * @param base backcare's root path, ending in a slash ({@code /backcare/})
 * @param themeColor the employer's primary colour, {@code #rrggbb}
 * @param iconUrl the icon's address, relative to {@code base}
 */
public record AppManifest(
    String name,
    String shortName,
    String description,
    String language,
    String base,
    String themeColor,
    String iconUrl) {

  /** The page background of backcare.css (--canvas), which the splash screen matches. */
  public static final String BACKGROUND = "#f4f6f8";

  /** The manifest's media type. */
  public static final String MEDIA_TYPE = "application/manifest+json";

  public AppManifest {
    if (!base.startsWith("/") || !base.endsWith("/")) {
      throw new IllegalArgumentException("base must start and end with a slash: " + base);
    }
    if (!themeColor.matches("#[0-9A-Fa-f]{6}")) {
      throw new IllegalArgumentException("not a #rrggbb colour: " + themeColor);
    }
  }

  /** The manifest for {@code employer}'s module. */
  public static AppManifest of(
      String employer,
      String description,
      String language,
      String base,
      String primary,
      String tenant) {
    return new AppManifest(
        employer + " backcare",
        "backcare",
        description,
        language,
        base,
        primary,
        "app-icon.svg?tenant=" + tenant);
  }
}
