package org.backcare.program.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.backcare.safety.domain.Clearance;
import org.backcare.safety.domain.RedFlag;
import org.backcare.safety.domain.SignSource;
import org.backcare.safety.domain.Urgency;
import org.junit.jupiter.api.Test;

class CarePausesTest {

  private static final Instant NOW = Instant.parse("2026-11-30T08:00:00Z");
  private static final Optional<Clearance> GONE = Optional.of(Clearance.SIGNS_GONE);
  private static final Optional<Clearance> CHECKED = Optional.of(Clearance.CHECKED_BY_PROFESSIONAL);

  private static ProgramPause care(RedFlag... signs) {
    return ProgramPause.forCare(1, 2, EnumSet.of(signs[0], signs), SignSource.REPORT, NOW);
  }

  @Test
  void theMembersOwnPauseNeedsNoClearance() {
    CarePauses needs = CarePauses.of(List.of(ProgramPause.byMember(1, 2, NOW)));
    assertFalse(needs.needClearance());
    assertTrue(needs.clearedBy(Optional.empty()));
  }

  @Test
  void aWarningSignNeedsAProfessionalsCheckAsItsCardSays() {
    CarePauses needs = CarePauses.of(List.of(care(RedFlag.SHARP_PAIN)));
    assertEquals(Optional.of(Urgency.WARNING), needs.toClear());
    assertFalse(needs.clearedBy(Optional.empty()), "a pause for care never ends on nothing");
    assertFalse(needs.clearedBy(GONE), "the card says wait until a professional has checked");
    assertTrue(needs.clearedBy(CHECKED));
  }

  @Test
  void anUrgentOrEmergencySignNeedsAProfessionalsCheck() {
    for (RedFlag sign : List.of(RedFlag.FEVER, RedFlag.BLADDER_BOWEL)) {
      CarePauses needs = CarePauses.of(List.of(care(sign)));
      assertFalse(needs.clearedBy(GONE), sign.key());
      assertTrue(needs.clearedBy(CHECKED), sign.key());
      assertEquals("clearance-needed", needs.refusal().slug());
    }
  }

  @Test
  void theMostUrgentOpenPauseDecides() {
    CarePauses needs =
        CarePauses.of(
            List.of(
                care(RedFlag.SHARP_PAIN),
                ProgramPause.byMember(1, 2, NOW),
                care(RedFlag.CHEST_PAIN)));
    assertEquals(Optional.of(Urgency.EMERGENCY), needs.toClear());
    assertFalse(needs.clearedBy(GONE));
  }

  @Test
  void aPauseHoldsTheSignsItWasOpenedFor() {
    ProgramPause pause = care(RedFlag.SHARP_PAIN, RedFlag.FEVER);
    assertTrue(pause.holdsAll(EnumSet.of(RedFlag.FEVER)));
    assertFalse(pause.holdsAll(EnumSet.of(RedFlag.FEVER, RedFlag.CHEST_PAIN)));
    pause.end(CHECKED, NOW);
    assertFalse(pause.holdsAll(EnumSet.of(RedFlag.FEVER)), "an ended pause holds nothing");
    assertEquals(Optional.of("checked-by-professional"), pause.clearance());
  }
}
