package org.backcare.toolbox.domain;

import java.util.Arrays;
import java.util.Optional;
import org.backcare.platform.domain.DomainException;

/** When a member reaches for a move: the moments stiffness tends to come. */
public enum Situation {
  AFTER_WALKING("after-walking"),
  AFTER_SITTING("after-sitting"),
  MORNING("morning"),
  AFTER_WORKOUT("after-workout"),
  DESK_BREAK("desk-break");

  private final String key;

  Situation(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }

  public static Optional<Situation> byKey(String key) {
    return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
  }

  /**
   * The situation named {@code key}.
   *
   * @throws DomainException INVALID ({@code unknown-situation}) naming the known situations
   */
  public static Situation require(String key) {
    if (key == null || key.isBlank()) {
      throw DomainException.invalid("validation-failed", "situation-required");
    }
    return byKey(key)
        .orElseThrow(() -> DomainException.invalid("unknown-situation", "unknown-situation", key));
  }
}
