package org.backcare.tenant.domain;

/**
 * One configured value and where it came from, so that a bad value can be reported against the file
 * (or environment variable) an operator has to fix.
 */
public record ConfiguredValue(String value, String source) {}
