package org.backcare.program.domain;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.backcare.safety.domain.RedFlag;

/** Red flags as the comma-separated keys stored with a session, a check-in or a pause. */
final class RedFlags {

  private RedFlags() {}

  static String store(Set<RedFlag> flags) {
    return flags.stream().map(RedFlag::key).sorted().collect(Collectors.joining(","));
  }

  static Set<RedFlag> read(String stored) {
    Set<RedFlag> flags = EnumSet.noneOf(RedFlag.class);
    for (String key : stored.split(",")) {
      Arrays.stream(RedFlag.values()).filter(f -> f.key().equals(key)).forEach(flags::add);
    }
    return flags;
  }

  static String storeArgs(java.util.List<Integer> args) {
    return args.stream().map(String::valueOf).collect(Collectors.joining(","));
  }

  static java.util.List<Integer> readArgs(String stored) {
    return stored.isEmpty()
        ? java.util.List.of()
        : Arrays.stream(stored.split(",")).map(Integer::valueOf).toList();
  }
}
