package org.backcare.privacy.domain;

import java.util.OptionalLong;

/**
 * One figure of an employer report: a count, or suppressed because it (or what it would let a
 * reader subtract) describes fewer members than the employer's minimum group.
 *
 * @param value the count, or null when suppressed
 */
public record Cell(Long value) {

  public static Cell shown(long value) {
    return new Cell(value);
  }

  public static Cell suppressed() {
    return new Cell(null);
  }

  public boolean isSuppressed() {
    return value == null;
  }

  public OptionalLong count() {
    return value == null ? OptionalLong.empty() : OptionalLong.of(value);
  }
}
