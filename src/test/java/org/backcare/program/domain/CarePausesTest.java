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
    assertFalse(
        needs.needClearance(), "a pause the member took themselves needs no clearance to resume");
    assertTrue(
        needs.clearedBy(Optional.empty()), "the member's own pause ends on their word alone");
  }

  @Test
  void aWarningSignNeedsAProfessionalsCheckAsItsCardSays() {
    CarePauses needs = CarePauses.of(List.of(care(RedFlag.SHARP_PAIN)));
    assertEquals(
        Optional.of(Urgency.WARNING),
        needs.toClear(),
        "a sharp-pain pause is cleared at the warning level");
    assertFalse(needs.clearedBy(Optional.empty()), "a pause for care never ends on nothing");
    assertFalse(needs.clearedBy(GONE), "the card says wait until a professional has checked");
    assertTrue(needs.clearedBy(CHECKED), "a professional's check clears a warning sign's pause");
  }

  @Test
  void anUrgentOrEmergencySignNeedsAProfessionalsCheck() {
    for (RedFlag sign : List.of(RedFlag.FEVER, RedFlag.BLADDER_BOWEL)) {
      CarePauses needs = CarePauses.of(List.of(care(sign)));
      assertFalse(needs.clearedBy(GONE), sign.key());
      assertTrue(needs.clearedBy(CHECKED), sign.key());
      assertEquals(
          "clearance-needed",
          needs.refusal().slug(),
          () ->
              sign.key()
                  + ": resuming without a professional's check is refused as clearance-needed");
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
    assertEquals(
        Optional.of(Urgency.EMERGENCY),
        needs.toClear(),
        "with a warning, a member pause and an emergency open, the emergency decides the clearance");
    assertFalse(needs.clearedBy(GONE), "signs gone is not enough while an emergency pause is open");
  }

  @Test
  void aPauseHoldsTheSignsItWasOpenedFor() {
    ProgramPause pause = care(RedFlag.SHARP_PAIN, RedFlag.FEVER);
    assertTrue(
        pause.holdsAll(EnumSet.of(RedFlag.FEVER)),
        "a pause opened for sharp pain and fever holds fever");
    assertFalse(
        pause.holdsAll(EnumSet.of(RedFlag.FEVER, RedFlag.CHEST_PAIN)),
        "a pause does not hold chest pain it was never opened for");
    pause.end(CHECKED, NOW);
    assertFalse(pause.holdsAll(EnumSet.of(RedFlag.FEVER)), "an ended pause holds nothing");
    assertEquals(
        Optional.of("checked-by-professional"),
        pause.clearance(),
        "the ended pause keeps the professional's check that cleared it");
  }
}
