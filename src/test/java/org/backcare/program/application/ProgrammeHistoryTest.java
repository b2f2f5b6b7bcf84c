package org.backcare.program.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.backcare.safety.domain.RedFlag;
import org.backcare.safety.domain.ReportedSigns;
import org.backcare.safety.domain.SignSource;
import org.junit.jupiter.api.Test;

/** The member's whole programme history as plain values, for their own copies of their record. */
class ProgrammeHistoryTest {

  private final ProgramServices app = new ProgramServices();

  private void session(String clientId, boolean completed, int before, Integer after) {
    app.sessions.recordSession(
        new Sessions.SessionPost(
            clientId, completed, before, after, ReportedSigns.NONE, Optional.empty()));
  }

  @Test
  void everyEnrolmentWithItsSessionsCheckInsAndWhereTheMemberStands() {
    app.enrol("core-foundations");
    session("history-session-1", true, 4, 3);
    app.pass(Duration.ofHours(25));
    app.checkIns.checkIn(2, ReportedSigns.NONE, Optional.empty(), Optional.empty());
    app.pass(Duration.ofHours(1));
    session("history-session-2", false, 5, null);
    app.pass(Duration.ofHours(2));
    app.enrolments.leave();
    app.enrol("core-foundations");
    app.pass(Duration.ofHours(1));
    app.sessions.recordSession(
        new Sessions.SessionPost(
            "history-session-3",
            false,
            6,
            null,
            ReportedSigns.of(RedFlag.FEVER),
            Optional.empty()));

    List<ProgrammeHistory.Enrolment> history = app.history.ofCurrentMember("en");
    assertEquals(2, history.size(), "the ended enrolment stays in the history");
    ProgrammeHistory.Enrolment left = history.get(0);
    assertEquals("ENDED", left.status(), "the first one was left");
    assertNotNull(left.endedAt(), "and says when");
    assertTrue(left.phases() > 1 && left.sessionsPerWeek() > 0, "the programme's plan: " + left);
    assertTrue(left.sessionMinutes() > 0, "a session's length on the member's rung");
    assertEquals(2, left.sessions().size(), "both its sessions");
    ProgrammeHistory.Session first = left.sessions().get(0);
    assertEquals(4, first.before(), "pain before as rated");
    assertEquals(3, first.after(), "pain after as rated");
    assertEquals(2, first.nextDay().orElseThrow().rating(), "the next day's rating");
    ProgrammeHistory.Session stopped = left.sessions().get(1);
    assertEquals(false, stopped.completed(), "stopped");
    assertNull(stopped.after(), "no rating after a stopped session");
    assertTrue(stopped.nextDay().isEmpty(), "no check-in came for it");

    ProgrammeHistory.Enrolment current = history.get(1);
    assertEquals("PAUSED", current.status(), "the sign paused the new programme for care");
    assertNull(current.endedAt(), "the current enrolment has not ended");
    assertEquals(
        List.of("fever"), current.sessions().get(0).signs(), "the sign, by its key, as reported");
    assertEquals(
        List.of(), app.history.carePausesOfCurrentMember(), "a session's sign is the session's");
  }

  @Test
  void aReportMadeOutsideSessionsIsKeptByThePauseItCaused() {
    app.enrol("core-foundations");
    app.pass(Duration.ofHours(1));
    app.safety.report(Set.of(RedFlag.NIGHT_PAIN), SignSource.REPORT);
    List<ProgrammeHistory.CarePause> pauses = app.history.carePausesOfCurrentMember();
    assertEquals(1, pauses.size(), "one pause for care: " + pauses);
    assertEquals("REPORT", pauses.get(0).source(), "reported in the back report");
    assertEquals(List.of("night-pain"), pauses.get(0).signs(), "with its sign");
  }
}
