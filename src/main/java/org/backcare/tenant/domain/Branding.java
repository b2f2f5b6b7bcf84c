package org.backcare.tenant.domain;

import java.util.Optional;

/**
 * How an employer's module looks: its colours and, optionally, its logo. Colours are validated
 * {@code #RRGGBB} values because they are written into a stylesheet.
 *
 * @param primary the main colour (header, buttons)
 * @param accent the secondary colour (links, highlights)
 * @param logoUrl an absolute https URL or a path inside backcare, if the employer has a logo
 * @param logoAlt the logo's text alternative for screen readers
 * @param fontStack font families to try before the system font (installed fonts only: backcare
 *     loads no web font), if the employer wants its house font
 */
public record Branding(
    String primary,
    String accent,
    Optional<String> logoUrl,
    String logoAlt,
    Optional<String> fontStack) {

  /** Colours and logo with the system font. */
  public Branding(String primary, String accent, Optional<String> logoUrl, String logoAlt) {
    this(primary, accent, logoUrl, logoAlt, Optional.empty());
  }
}
