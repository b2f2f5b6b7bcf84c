package org.backcare.home.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.backcare.home.domain.NextStep.Kind;
import org.backcare.home.domain.NextStep.Programme;
import org.junit.jupiter.api.Test;

class NextStepTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

  private static NextStep.Step step(Programme programme) {
    return NextStep.of(true, true, Optional.of(programme));
  }

  @Test
  void careComesBeforeACheckInAndACheckInBeforeTheNextSession() {
    assertEquals(
        Kind.CARE,
        step(new Programme("PAUSED", true, true, List.of(TODAY))).kind(),
        "a programme paused for care sends the member to care first, even with a check-in due");
    assertEquals(
        Kind.CHECK_IN,
        step(new Programme("ACTIVE", false, true, List.of(TODAY))).kind(),
        "a due check-in comes before the next session");
    NextStep.Step session = step(new Programme("ACTIVE", false, false, List.of(TODAY.plusDays(2))));
    assertEquals(
        Kind.SESSION, session.kind(), "with nothing due, the next step is the next session");
    assertEquals(
        Optional.of(TODAY.plusDays(2)),
        session.planned(),
        "the next session is the first planned one");
    assertFalse(session.plannedBy(TODAY), "planned for later");
    assertTrue(session.plannedBy(TODAY.plusDays(2)), "on its day the planned session is due");
  }

  @Test
  void aMemberWhoPausedIsAskedToResumeAndAFinishedOneToChooseAgain() {
    assertEquals(
        Kind.RESUME,
        step(new Programme("PAUSED", false, false, List.of())).kind(),
        "a member who paused their own programme is asked to resume it");
    assertEquals(
        Kind.CHOOSE_PROGRAMME,
        step(new Programme("FINISHED", false, false, List.of())).kind(),
        "a member who finished is asked to choose a programme");
  }

  @Test
  void withoutProgrammesTheToolboxIsTheNextStep() {
    assertEquals(
        Kind.CHOOSE_PROGRAMME,
        NextStep.of(true, true, Optional.empty()).kind(),
        "without a programme, the member is asked to choose one");
    assertEquals(
        Kind.STIFF_NOW,
        NextStep.of(false, true, Optional.empty()).kind(),
        "with programmes switched off, the toolbox's stiff-now routine is next");
    assertEquals(
        Kind.NONE,
        NextStep.of(false, false, Optional.empty()).kind(),
        "with programmes and toolbox both switched off, no next step is offered");
  }
}
