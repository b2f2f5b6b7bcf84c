package org.backcare.program.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RungTest {

  @Test
  void oneRungLowerIsThePreviousRungOfThePhase() {
    assertEquals(
        new Rung(1, 1),
        new Rung(1, 2).below(3),
        "one rung lower within a phase is the step before it");
  }

  @Test
  void fromAPhasesFirstRungItIsThePreviousPhasesTopRung() {
    assertEquals(
        new Rung(0, 2),
        new Rung(1, 0).below(3),
        "below phase 2's first rung is phase 1's top rung (of three)");
    assertEquals(
        new Rung(1, 3),
        new Rung(2, 0).below(4),
        "below phase 3's first rung is phase 2's top rung (of four)");
  }

  @Test
  void theStartStaysTheStart() {
    assertEquals(
        Rung.START, Rung.START.below(3), "nothing is lower than the start: it stays the start");
  }
}
