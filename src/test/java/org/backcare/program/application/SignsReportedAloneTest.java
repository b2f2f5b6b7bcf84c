package org.backcare.program.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.backcare.safety.application.SafetyReports;
import org.backcare.safety.domain.RedFlag;
import org.backcare.safety.domain.SignSource;
import org.junit.jupiter.api.Test;

/**
 * Signs a member ticks on their own (the "how is my back" report, the self-check, an enrolment's
 * screen) stay in their record even when nothing was paused, so their FHIR record and their
 * clinician's summary show every sign they reported; a report with nothing in it keeps nothing.
 */
class SignsReportedAloneTest {

  private final ProgramServices app = new ProgramServices();

  @Test
  void aSignReportedWithNoProgrammeRunningIsKeptWithWhereAndWhen() {
    app.safety.report(Set.of(RedFlag.BOTH_LEGS), SignSource.SELF_CHECK, Optional.empty());
    app.pass(Duration.ofHours(1));
    app.safety.report(Set.of(RedFlag.NIGHT_PAIN), SignSource.REPORT, Optional.empty());

    List<SafetyReports.Kept> kept = app.safety.keptReports();
    assertEquals(2, kept.size(), "both reports are kept although nothing was paused: " + kept);
    assertEquals("SELF_CHECK", kept.get(0).source(), "where the first was reported");
    assertEquals(List.of("both-legs"), kept.get(0).signs(), "the sign, by its key");
    assertEquals(List.of("night-pain"), kept.get(1).signs(), "the second, after it");
    assertTrue(
        kept.get(0).reportedAt().isBefore(kept.get(1).reportedAt()), "oldest first, with times");
    assertEquals(
        List.of(), app.history.carePausesOfCurrentMember(), "no programme, so nothing paused");
  }

  @Test
  void aReportWithoutASignKeepsNothingAndOneResentWithItsIdIsKeptOnce() {
    app.safety.report(Set.of(), SignSource.REPORT, Optional.empty());
    assertEquals(List.of(), app.safety.keptReports(), "no sign and no id: nothing to keep");

    app.enrol("core-foundations");
    app.safety.report(Set.of(RedFlag.FEVER), SignSource.REPORT, Optional.of("alone-report-1"));
    app.safety.report(Set.of(RedFlag.FEVER), SignSource.REPORT, Optional.of("alone-report-1"));
    assertEquals(1, app.safety.keptReports().size(), "a resend is the same report");
  }
}
