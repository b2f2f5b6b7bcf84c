package org.backcare.program.domain;

import java.util.List;

/** A phase's words in one language: its goal, why it matters, and technique cues. */
public record PhaseText(String name, String goal, String education, List<String> cues) {

  public PhaseText {
    cues = List.copyOf(cues);
  }
}
