package org.backcare.safety.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CareAdviceTest {

  @Test
  void noSignMeansNoStopAndGeneralAdvice() {
    CareAdvice advice = CareAdvice.of(Set.of());
    assertFalse(advice.stop(), "with no sign the member is not told to stop");
    assertEquals("none", advice.level(), "with no sign the advice is the general one");
  }

  @Test
  void theMostUrgentSignDecides() {
    assertEquals(
        "warning",
        CareAdvice.of(EnumSet.of(RedFlag.SHARP_PAIN)).level(),
        "sharp pain alone is a warning");
    assertEquals(
        "urgent",
        CareAdvice.of(EnumSet.of(RedFlag.SHARP_PAIN, RedFlag.NIGHT_PAIN)).level(),
        "night pain (urgent) outranks sharp pain (warning)");
    assertEquals(
        "emergency",
        CareAdvice.of(EnumSet.of(RedFlag.SHARP_PAIN, RedFlag.FEVER, RedFlag.BOTH_LEGS)).level(),
        "both legs affected (emergency) outranks fever and sharp pain");
    assertTrue(
        CareAdvice.of(EnumSet.of(RedFlag.AFTER_FALL)).stop(),
        "pain after a fall tells the member to stop");
  }
}
