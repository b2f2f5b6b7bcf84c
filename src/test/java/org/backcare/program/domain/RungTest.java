package org.backcare.program.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RungTest {

  @Test
  void oneRungLowerIsThePreviousRungOfThePhase() {
    assertEquals(new Rung(1, 1), new Rung(1, 2).below(3));
  }

  @Test
  void fromAPhasesFirstRungItIsThePreviousPhasesTopRung() {
    assertEquals(new Rung(0, 2), new Rung(1, 0).below(3));
    assertEquals(new Rung(1, 3), new Rung(2, 0).below(4));
  }

  @Test
  void theStartStaysTheStart() {
    assertEquals(Rung.START, Rung.START.below(3));
  }
}
