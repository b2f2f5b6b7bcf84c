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
    assertEquals(Kind.CARE, step(new Programme("PAUSED", true, true, List.of(TODAY))).kind());
    assertEquals(Kind.CHECK_IN, step(new Programme("ACTIVE", false, true, List.of(TODAY))).kind());
    NextStep.Step session = step(new Programme("ACTIVE", false, false, List.of(TODAY.plusDays(2))));
    assertEquals(Kind.SESSION, session.kind());
    assertEquals(Optional.of(TODAY.plusDays(2)), session.planned());
    assertFalse(session.plannedBy(TODAY), "planned for later");
    assertTrue(session.plannedBy(TODAY.plusDays(2)));
  }

  @Test
  void aMemberWhoPausedIsAskedToResumeAndAFinishedOneToChooseAgain() {
    assertEquals(Kind.RESUME, step(new Programme("PAUSED", false, false, List.of())).kind());
    assertEquals(
        Kind.CHOOSE_PROGRAMME, step(new Programme("FINISHED", false, false, List.of())).kind());
  }

  @Test
  void withoutProgrammesTheToolboxIsTheNextStep() {
    assertEquals(Kind.CHOOSE_PROGRAMME, NextStep.of(true, true, Optional.empty()).kind());
    assertEquals(Kind.STIFF_NOW, NextStep.of(false, true, Optional.empty()).kind());
    assertEquals(Kind.NONE, NextStep.of(false, false, Optional.empty()).kind());
  }
}
