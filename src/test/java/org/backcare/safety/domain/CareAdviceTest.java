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
    assertFalse(advice.stop());
    assertEquals("none", advice.level());
  }

  @Test
  void theMostUrgentSignDecides() {
    assertEquals("warning", CareAdvice.of(EnumSet.of(RedFlag.SHARP_PAIN)).level());
    assertEquals(
        "urgent", CareAdvice.of(EnumSet.of(RedFlag.SHARP_PAIN, RedFlag.NIGHT_PAIN)).level());
    assertEquals(
        "emergency",
        CareAdvice.of(EnumSet.of(RedFlag.SHARP_PAIN, RedFlag.FEVER, RedFlag.BOTH_LEGS)).level());
    assertTrue(CareAdvice.of(EnumSet.of(RedFlag.AFTER_FALL)).stop());
  }
}
