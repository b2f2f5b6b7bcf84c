package org.backcare.tips.domain;

import java.util.Arrays;
import java.util.Optional;

/** The parts of daily life a tip is about, in the order members browse them. */
public enum TipContext {
  WALKING("walking"),
  FOOTWEAR("footwear"),
  DESK("desk"),
  SLEEP("sleep"),
  LIFTING("lifting"),
  HYDRATION("hydration"),
  HEAT_COLD("heat-cold"),
  REST("rest"),
  PROFESSIONAL("professional");

  private final String key;

  TipContext(String key) {
    this.key = key;
  }

  /** The name used in content files, URLs and the API. */
  public String key() {
    return key;
  }

  public static Optional<TipContext> byKey(String key) {
    return Arrays.stream(values()).filter(c -> c.key.equals(key)).findFirst();
  }
}
