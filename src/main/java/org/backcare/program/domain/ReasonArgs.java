package org.backcare.program.domain;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The numbers a stored reason quotes, kept as comma-separated text beside its message key. */
final class ReasonArgs {

  private ReasonArgs() {}

  static String store(List<Integer> args) {
    return args.stream().map(String::valueOf).collect(Collectors.joining(","));
  }

  static List<Integer> read(String stored) {
    return stored.isEmpty()
        ? List.of()
        : Arrays.stream(stored.split(",")).map(Integer::valueOf).toList();
  }
}
