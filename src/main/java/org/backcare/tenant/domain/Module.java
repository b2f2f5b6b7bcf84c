package org.backcare.tenant.domain;

import java.util.Arrays;
import java.util.Optional;

/** The parts of backcare an employer can switch on or off. */
public enum Module {
  TIPS("tips"),
  TOOLBOX("toolbox"),
  PROGRAMS("programs"),
  REPORTS("reports");

  private final String key;

  Module(String key) {
    this.key = key;
  }

  /** The name used in configuration files. */
  public String key() {
    return key;
  }

  /** The module configured under {@code key}, if there is one. */
  public static Optional<Module> byKey(String key) {
    return Arrays.stream(values()).filter(m -> m.key.equals(key)).findFirst();
  }
}
