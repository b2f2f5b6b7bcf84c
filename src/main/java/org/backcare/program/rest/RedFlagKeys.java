package org.backcare.program.rest;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.backcare.platform.domain.DomainException;
import org.backcare.safety.domain.RedFlag;

/** Red flags named by their keys in a request, with a clear problem for an unknown one. */
final class RedFlagKeys {

  private RedFlagKeys() {}

  static Set<RedFlag> parse(List<String> keys) {
    Set<RedFlag> flags = EnumSet.noneOf(RedFlag.class);
    for (String key : keys == null ? List.<String>of() : keys) {
      flags.add(
          Arrays.stream(RedFlag.values())
              .filter(f -> f.key().equals(key))
              .findFirst()
              .orElseThrow(
                  () ->
                      new DomainException(
                          DomainException.Kind.INVALID,
                          "unknown-red-flag",
                          "Unknown red flag",
                          "'" + key + "' is not a red flag")));
    }
    return flags;
  }
}
