package org.backcare.program.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.backcare.program.domain.Enrollment;
import org.backcare.safety.application.SafetyReports;
import org.backcare.safety.domain.Clearance;
import org.backcare.safety.domain.RedFlag;
import org.backcare.safety.domain.ReportedSigns;
import org.backcare.safety.domain.SignSource;
import org.junit.jupiter.api.Test;

/**
 * Back reports and check-ins sent again with the app's own id, as an offline app resends a post
 * whose answer it lost: recorded once, answered as the first time, over in-memory records. The care
 * held for the signs comes from {@code ProgramCareHold}, as in production.
 */
class RetriedPostsTest {

  private final ProgramServices app = new ProgramServices();

  private SafetyReports.Reported backReport(String clientId, RedFlag... signs) {
    return app.safety.report(Set.of(signs), SignSource.REPORT, Optional.ofNullable(clientId));
  }

  private CheckIns.Answered checkIn(int rating, String clientId, RedFlag... signs) {
    return app.checkIns.checkIn(
        rating, ReportedSigns.of(signs), Optional.empty(), Optional.ofNullable(clientId));
  }

  private void sessionAndNextDay(String clientId) {
    app.sessions.recordSession(
        new Sessions.SessionPost(clientId, true, 4, 3, ReportedSigns.NONE, Optional.empty()));
    app.pass(Duration.ofHours(25));
  }

  @Test
  void aBackReportSentTwiceWithOneIdIsReportedOnceAndAnsweredTheSame() {
    Enrollment e = app.enrol("core-foundations");
    SafetyReports.Reported first = backReport("report-0001", RedFlag.FEVER);
    SafetyReports.Reported again = backReport("report-0001", RedFlag.FEVER);

    assertTrue(first.created(), "the first report is new");
    assertFalse(again.created(), "the same id again records nothing new");
    assertEquals(first.outcome().advice(), again.outcome().advice(), "the same guidance");
    assertEquals(1, app.healthRecords.reports.size(), "one report kept");
    assertEquals(1, app.records.pauses.size(), "one pause for care");
    assertEquals(Enrollment.Status.PAUSED, e.status(), "held for care");
    assertEquals(
        java.util.List.of(ProgramServices.MEMBER, ProgramServices.MEMBER),
        app.members.locked,
        "the member is locked before each look for the id");
  }

  @Test
  void aStaleResendAfterTheMemberWasClearedDoesNotHoldThemAgain() {
    Enrollment e = app.enrol("core-foundations");
    backReport("report-0001", RedFlag.FEVER);
    app.enrolments.resume(Optional.of(Clearance.CHECKED_BY_PROFESSIONAL));
    SafetyReports.Reported again = backReport("report-0001", RedFlag.FEVER);

    assertFalse(again.created(), "the app's late resend is the report already acted on");
    assertTrue(again.outcome().advice().stop(), "it still hears the care guidance");
    assertEquals(Enrollment.Status.ACTIVE, e.status(), "the cleared member trains on");
  }

  @Test
  void aResendThatAddsASignReportsIt() {
    backReport("report-0001", RedFlag.SHARP_PAIN);
    SafetyReports.Reported again =
        backReport("report-0001", RedFlag.SHARP_PAIN, RedFlag.BLADDER_BOWEL);

    assertFalse(again.created(), "still the one report");
    assertTrue(
        again.outcome().advice().signs().contains(RedFlag.BLADDER_BOWEL),
        "the sign ticked on the resend is acted on, not lost: " + again.outcome().advice());
  }

  @Test
  void aReportWithoutAnIdIsReportedAndKeptEveryTime() {
    assertTrue(backReport(null, RedFlag.FEVER).created(), "as before");
    assertTrue(backReport(null, RedFlag.FEVER).created(), "no id, no retry to recognise");
    assertEquals(
        2, app.healthRecords.reports.size(), "each is a report of its own in the member's record");
  }

  @Test
  void aCheckInSentTwiceWithOneIdIsOneCheckIn() {
    app.enrol("core-foundations");
    sessionAndNextDay("session-0001");
    CheckIns.Answered first = checkIn(3, "check-in-0001");
    app.pass(Duration.ofDays(2));
    sessionAndNextDay("session-0002");
    CheckIns.Answered again = checkIn(3, "check-in-0001");

    assertTrue(first.created(), "recorded");
    assertFalse(again.created(), "the resend records nothing new");
    assertEquals(
        first.checkIn().orElseThrow().sessionId(),
        again.checkIn().orElseThrow().sessionId(),
        "answered with the check-in it recorded, not taken for the next session's");
    assertEquals(1, app.records.checkIns.size(), "one check-in kept");
  }

  @Test
  void aCheckInWithASignSentTwiceIsReportedOnceWithTheSameGuidance() {
    app.enrol("core-foundations");
    sessionAndNextDay("session-0001");
    CheckIns.Answered first = checkIn(3, "check-in-0001", RedFlag.BLADDER_BOWEL);
    CheckIns.Answered again = checkIn(3, "check-in-0001", RedFlag.BLADDER_BOWEL);

    assertFalse(again.created(), "a retry");
    assertEquals(
        first.care().orElseThrow().advice(),
        again.care().orElseThrow().advice(),
        "the same care guidance");
    assertEquals(1, app.records.pauses.size(), "one pause");
  }

  @Test
  void signsCheckedInWithNoSessionAreReportedOnce() {
    app.enrol("core-foundations");
    CheckIns.Answered first = checkIn(5, "check-in-0001", RedFlag.FEVER);
    CheckIns.Answered again = checkIn(5, "check-in-0001", RedFlag.FEVER);

    assertTrue(first.created(), "the signs are reported");
    assertTrue(first.checkIn().isEmpty(), "with no session there is no check-in to record");
    assertFalse(again.created(), "the resend is recognised by its id");
    assertEquals(
        first.care().orElseThrow().advice(),
        again.care().orElseThrow().advice(),
        "the same care guidance");
    assertEquals(1, app.healthRecords.reports.size(), "the id kept with the signs");
  }
}
