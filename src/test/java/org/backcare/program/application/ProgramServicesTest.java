package org.backcare.program.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.backcare.events.domain.EventType;
import org.backcare.platform.domain.DomainException;
import org.backcare.program.domain.Decision;
import org.backcare.program.domain.Enrollment;
import org.backcare.program.domain.ProgramPause;
import org.backcare.program.domain.Rung;
import org.backcare.safety.domain.Clearance;
import org.backcare.safety.domain.Precautions;
import org.backcare.safety.domain.RedFlag;
import org.backcare.safety.domain.ReportedSigns;
import org.backcare.safety.domain.SignSource;
import org.junit.jupiter.api.Test;

/**
 * The programme use cases over in-memory records and a clock the test moves: enrolling, sessions,
 * check-ins and the safety loop, in milliseconds. The integration tests prove the same over HTTP.
 */
class ProgramServicesTest {

  private final ProgramServices app = new ProgramServices();

  private Enrollment enrol(String program) {
    return app.enrol(program);
  }

  private Sessions.Recorded session(String clientId, int before, Integer after, RedFlag... signs) {
    return app.sessions.recordSession(
        new Sessions.SessionPost(
            clientId, signs.length == 0, before, after, ReportedSigns.of(signs), Optional.empty()));
  }

  /** A session, its next-day check-in at the same rating, and the rest the programme asks for. */
  private void goodSessionAndRest(String clientId) {
    session(clientId, 4, 3);
    app.pass(Duration.ofHours(25));
    app.checkIns.checkIn(4, ReportedSigns.NONE, Optional.empty());
    app.pass(Duration.ofHours(23));
  }

  @Test
  void aGoodSessionClimbsOnceADayAndSendsItsEvent() {
    Enrollment e = enrol("core-foundations");
    assertEquals(Enrolments.DEFAULT_SESSION_HOUR, e.sessionHour());
    assertEquals(Decision.Outcome.ADVANCE, session("first-session", 4, 3).session().outcome());
    app.pass(Duration.ofHours(3));
    Sessions.Recorded again = session("second-session", 3, 2);
    assertEquals(Decision.Outcome.STAY, again.session().outcome(), "one climb a day");
    assertEquals("too-soon", again.session().reasonKey());
    assertEquals(new Rung(0, 1), e.rung());
    assertEquals(4, again.rounds());
    assertTrue(app.events.contains(EventType.SESSION_COMPLETED));
  }

  @Test
  void anEmergencySignInASessionHoldsTheProgrammeUntilAProfessionalClearsIt() {
    Enrollment e = enrol("core-foundations");
    goodSessionAndRest("climb-one");
    goodSessionAndRest("climb-two");
    assertEquals(new Rung(0, 2), e.rung());

    Sessions.Recorded stopped = session("stopped-session", 4, null, RedFlag.CHEST_PAIN);
    assertEquals(Decision.Outcome.PAUSE_FOR_CARE, stopped.session().outcome());
    assertEquals("emergency", stopped.care().orElseThrow().advice().level());
    assertTrue(stopped.care().orElseThrow().holds(ProgramCareHold.PROGRAM));
    assertEquals(Enrollment.Status.PAUSED, e.status());
    ProgramPause pause = app.records.pauses.get(0);
    assertEquals(Optional.of(SignSource.SESSION), pause.source());

    DomainException word =
        assertThrows(
            DomainException.class, () -> app.enrolments.resume(Optional.of(Clearance.SIGNS_GONE)));
    assertEquals("clearance-needed", word.slug());
    assertEquals(Enrollment.Status.PAUSED, e.status(), "nothing changed");
    app.enrolments.resume(Optional.of(Clearance.CHECKED_BY_PROFESSIONAL));
    assertEquals(Enrollment.Status.ACTIVE, e.status());
    assertEquals(new Rung(0, 1), e.rung(), "one rung lower");
    assertEquals(Optional.of("checked-by-professional"), pause.clearance());
  }

  @Test
  void aLateSessionWithASignReachesAPausedProgrammeAndOneWithoutIsRefused() {
    Enrollment e = enrol("walkers-back");
    app.enrolments.pause();
    DomainException refused =
        assertThrows(DomainException.class, () -> session("plain-late-one", 3, 2));
    assertEquals("program-paused", refused.slug());
    Sessions.Recorded late = session("flagged-late-one", 3, null, RedFlag.SHARP_PAIN);
    assertTrue(late.created());
    assertEquals(Enrollment.Status.PAUSED, e.status());
    assertEquals(2, app.records.pauses.size(), "the member's pause, then one for care");
    assertTrue(app.records.pauses.get(0).resumedAt() != null, "which replaced the member's own");
    assertTrue(app.records.pauses.get(1).needsCare());
  }

  @Test
  void aSecondCheckInWithASignIsReportedAndOneWithoutChangesNothing() {
    Enrollment e = enrol("core-foundations");
    session("checked-session", 4, 3);
    app.pass(Duration.ofHours(25));
    CheckIns.Answered first = app.checkIns.checkIn(3, ReportedSigns.NONE, Optional.empty());
    assertTrue(first.created());
    assertFalse(app.checkIns.checkIn(3, ReportedSigns.NONE, Optional.empty()).created(), "a retry");
    assertEquals(Enrollment.Status.ACTIVE, e.status());

    app.pass(Duration.ofHours(5));
    CheckIns.Answered later =
        app.checkIns.checkIn(3, ReportedSigns.of(RedFlag.BLADDER_BOWEL), Optional.empty());
    assertTrue(later.created());
    assertEquals("emergency", later.care().orElseThrow().advice().level());
    assertEquals(Enrollment.Status.PAUSED, e.status());
    assertEquals(Optional.of(SignSource.CHECK_IN), app.records.pauses.get(0).source());
  }

  @Test
  void theCheckInWaitsForTheNextDayButASignNeverWaits() {
    enrol("core-foundations");
    session("early-session", 4, 3);
    app.pass(Duration.ofHours(2));
    assertEquals(
        "check-in-too-early",
        assertThrows(
                DomainException.class,
                () -> app.checkIns.checkIn(3, ReportedSigns.NONE, Optional.empty()))
            .slug());
    assertTrue(
        app.checkIns
            .checkIn(2, ReportedSigns.of(RedFlag.FEVER), Optional.empty())
            .care()
            .isPresent());
  }

  @Test
  void aSignInACheckInThatArrivesAfterTheMemberLeftStillGetsItsCare() {
    enrol("core-foundations");
    session("last-session", 4, 3);
    app.enrolments.leave();
    app.pass(Duration.ofHours(25));
    assertEquals(
        "not-enrolled",
        assertThrows(
                DomainException.class,
                () -> app.checkIns.checkIn(3, ReportedSigns.NONE, Optional.empty()))
            .slug());
    CheckIns.Answered late =
        app.checkIns.checkIn(7, ReportedSigns.of(RedFlag.GROIN_NUMBNESS), Optional.empty());
    assertTrue(late.created());
    assertTrue(late.enrollment().isEmpty(), "no programme to decide");
    assertEquals("emergency", late.care().orElseThrow().advice().level());
  }

  @Test
  void aClearlyWorseNextDayIsTheWarningSignAndPausesForCare() {
    Enrollment e = enrol("core-foundations");
    session("worse-session", 3, 3);
    assertEquals(new Rung(0, 1), e.rung(), "the session earned a climb");
    app.pass(Duration.ofHours(26));
    CheckIns.Answered worse = app.checkIns.checkIn(5, ReportedSigns.NONE, Optional.empty());
    assertEquals(Decision.Outcome.PAUSE_FOR_CARE, worse.checkIn().orElseThrow().outcome());
    assertEquals("warning", worse.care().orElseThrow().advice().level());
    assertTrue(worse.care().orElseThrow().holds(ProgramCareHold.PROGRAM));
    assertEquals(Enrollment.Status.PAUSED, e.status());
    ProgramPause pause = app.records.pauses.get(0);
    assertEquals(Set.of(RedFlag.WORSE_NEXT_DAYS), pause.redFlags(), "recorded as the sign");
    assertEquals(Optional.of(SignSource.CHECK_IN), pause.source());
    app.enrolments.resume(Optional.of(Clearance.CHECKED_BY_PROFESSIONAL));
    assertEquals(Rung.START, e.rung(), "the climb the session earned is undone");
  }

  @Test
  void oneWorseNextDayStepsBackWithoutPausing() {
    Enrollment e = enrol("core-foundations");
    session("a-little-worse", 3, 3);
    app.pass(Duration.ofHours(26));
    CheckIns.Answered worse = app.checkIns.checkIn(4, ReportedSigns.NONE, Optional.empty());
    assertEquals(Decision.Outcome.STEP_BACK, worse.checkIn().orElseThrow().outcome());
    assertTrue(worse.care().isEmpty(), "one point is within a day's variation");
    assertEquals(Enrollment.Status.ACTIVE, e.status());
    assertEquals(Rung.START, e.rung());
  }

  @Test
  void aSignReportedAnywhereElseHoldsTheProgrammeOnceForTheSameSigns() {
    Enrollment e = enrol("desk-reset");
    app.safety.report(Set.of(RedFlag.NIGHT_PAIN), SignSource.TRY);
    app.safety.report(Set.of(RedFlag.NIGHT_PAIN), SignSource.TRY);
    assertEquals(Enrollment.Status.PAUSED, e.status());
    assertEquals(1, app.records.pauses.size(), "a retried report does not stack pauses");
    app.enrolments.leave();
    assertEquals(Enrollment.Status.ENDED, e.status(), "leaving needs no clearance");
  }

  @Test
  void theScreenReportsASignAndAnUncheckedConditionStartsNothing() {
    Enrollment first = enrol("core-foundations");
    Enrolments.Enrolment answer =
        app.enrol(
            "walkers-back",
            ReportedSigns.of(RedFlag.PAIN_DOWN_LEG),
            Optional.of(Precautions.NONE),
            true);
    assertTrue(answer instanceof Enrolments.CareFirst);
    assertEquals(Enrollment.Status.PAUSED, first.status(), "the programme under way is held");
    assertEquals(
        "check-with-professional-first",
        assertThrows(
                DomainException.class,
                () ->
                    app.enrol(
                        "walkers-back",
                        ReportedSigns.NONE,
                        Optional.of(Precautions.NOT_CHECKED),
                        true))
            .slug());
    assertEquals(1, app.records.enrollments.size(), "nothing was started");
  }

  /**
   * Hazard H-03: a sign in the safety screen is reported even when the same request says a
   * condition is not checked, because the sign decides what the member should do first.
   */
  @Test
  void aSignInTheScreenIsReportedEvenWhenAConditionIsNotChecked() {
    Enrollment first = enrol("core-foundations");
    Enrolments.Enrolment answer =
        app.enrol(
            "walkers-back",
            ReportedSigns.of(RedFlag.HARD_TO_PEE),
            Optional.of(Precautions.NOT_CHECKED),
            true);
    assertTrue(answer instanceof Enrolments.CareFirst);
    assertEquals(
        "emergency", ((Enrolments.CareFirst) answer).care().advice().level(), "the sign first");
    assertEquals(Enrollment.Status.PAUSED, first.status());
  }

  /** Hazard H-07: the precautions answer is asked once, kept, and a missing one stops loading. */
  @Test
  void thePrecautionsAnswerIsKeptAndAMissingOneStartsNothing() {
    assertEquals(
        "precautions-unanswered",
        assertThrows(
                DomainException.class,
                () -> app.enrol("core-foundations", ReportedSigns.NONE, Optional.empty(), false))
            .slug());
    assertTrue(app.records.enrollments.isEmpty());
    enrol("core-foundations");
    assertEquals(
        Optional.of(Precautions.NONE),
        app.health.current().flatMap(org.backcare.safety.domain.MemberHealth::precautions));
  }

  /** Hazard H-04: leaving a programme paused for care does not clear it for the next one. */
  @Test
  void leavingWhilePausedForCareDoesNotClearTheNextProgramme() {
    enrol("core-foundations");
    app.safety.report(Set.of(RedFlag.SHARP_PAIN), SignSource.REPORT);
    app.enrolments.leave();
    DomainException refused = assertThrows(DomainException.class, () -> enrol("walkers-back"));
    assertEquals("clearance-needed", refused.slug());
    assertTrue(app.enrolments.memberCarePauses().needClearance());
    Enrolments.Enrolment joined =
        app.enrolments.enrol(
            new Enrolments.Request(
                "walkers-back",
                ReportedSigns.NONE,
                Optional.of(Precautions.NONE),
                Optional.empty(),
                false,
                Optional.of(Clearance.CHECKED_BY_PROFESSIONAL)));
    assertTrue(joined instanceof Enrolments.Enrolled);
    assertFalse(app.enrolments.memberCarePauses().needClearance(), "the pause is cleared");
  }

  /**
   * Hazard H-04: after a sign at the check-in the member starts again below that session's load.
   */
  @Test
  void aSignAtTheCheckInResumesBelowTheLoadThatBroughtItOn() {
    Enrollment e = enrol("core-foundations");
    goodSessionAndRest("first-climb");
    session("second-climb", 4, 3);
    assertEquals(new Rung(0, 2), e.rung(), "the session at rung 0.1 climbed");
    app.pass(Duration.ofHours(26));
    app.checkIns.checkIn(4, ReportedSigns.of(RedFlag.SHARP_PAIN), Optional.empty());
    assertEquals(Enrollment.Status.PAUSED, e.status());
    assertEquals(new Rung(0, 1), e.rung(), "back to the rung the session was done on");
    app.enrolments.resume(Optional.of(Clearance.CHECKED_BY_PROFESSIONAL));
    assertEquals(Rung.START, e.rung(), "one below it");
  }

  /** Hazard H-07: a condition not yet checked stops the programme's loaded exercise too. */
  @Test
  void aConditionNotYetCheckedStopsSessionsButNeverASign() {
    Enrollment e = enrol("core-foundations");
    app.health.answerPrecautions(Precautions.NOT_CHECKED);
    assertEquals(
        "check-with-professional-first",
        assertThrows(DomainException.class, () -> session("after-not-checked", 3, 2)).slug());
    assertTrue(
        session("with-a-sign", 3, null, RedFlag.FEVER).care().isPresent(), "a sign still counts");
    assertEquals(Enrollment.Status.PAUSED, e.status());
  }

  /** Hazard H-03: a retry that adds a sign, a late sign, a sign from no programme: none is lost. */
  @Test
  void aSignIsNeverLostToARetryATimeLimitOrALeftProgramme() {
    Enrollment e = enrol("core-foundations");
    assertTrue(session("retried", 4, 3).care().isEmpty());
    Sessions.Recorded again = session("retried", 4, null, RedFlag.BOTH_LEGS);
    assertFalse(again.created(), "the same session");
    assertEquals("emergency", again.care().orElseThrow().advice().level(), "the added sign");
    assertEquals(Enrollment.Status.PAUSED, e.status());

    ProgramServices other = new ProgramServices();
    other.enrol("desk-reset");
    Sessions.Recorded late =
        other.sessions.recordSession(
            new Sessions.SessionPost(
                "old-sign",
                false,
                4,
                null,
                ReportedSigns.of(RedFlag.SHARP_PAIN),
                Optional.of(other.now().minus(Duration.ofDays(30)))));
    assertTrue(late.created(), "30 days late with a sign: kept, not refused");
    assertEquals(
        other.now().minus(org.backcare.program.domain.PostedTime.LATE_SYNC),
        late.session().performedAt(),
        "clamped");

    ProgramServices left = new ProgramServices();
    Sessions.Recorded noProgramme =
        left.sessions.recordSession(
            new Sessions.SessionPost(
                "no-programme", false, 4, null, ReportedSigns.of(RedFlag.FEVER), Optional.empty()));
    assertEquals("urgent", noProgramme.care().orElseThrow().advice().level());
    assertTrue(noProgramme.session() == null, "nothing to record it in");
  }

  /** Hazard H-05: pain still clearly worse days later is no better a sign than the next day. */
  @Test
  void aClearlyWorseCheckInDaysLaterStillPausesForCare() {
    Enrollment e = enrol("core-foundations");
    session("late-check-in", 3, 3);
    app.pass(Duration.ofHours(60));
    CheckIns.Answered late = app.checkIns.checkIn(6, ReportedSigns.NONE, Optional.empty());
    assertEquals(Decision.Outcome.PAUSE_FOR_CARE, late.checkIn().orElseThrow().outcome());
    assertEquals(Enrollment.Status.PAUSED, e.status());
  }

  /**
   * The check-in waits until the next session: a member who trains every other day still sees it.
   */
  @Test
  void theCheckInStaysOpenUntilTheNextSession() {
    enrol("core-foundations");
    session("friday", 3, 2);
    app.pass(Duration.ofHours(70));
    assertTrue(app.checkIns.awaitingCheckIn().isPresent(), "three days later, still asked");
  }
}
