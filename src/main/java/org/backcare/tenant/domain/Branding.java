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
 */
public record Branding(String primary, String accent, Optional<String> logoUrl, String logoAlt) {}
