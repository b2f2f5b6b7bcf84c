package org.backcare.program.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import org.backcare.program.domain.ProgramSession;
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
    app.checkIns.checkIn(4, ReportedSigns.NONE, Optional.empty(), Optional.empty());
    app.pass(Duration.ofHours(23));
  }

  @Test
  void aGoodSessionClimbsOnceADayAndSendsItsEvent() {
    Enrollment e = enrol("core-foundations");
    assertEquals(
        Enrolments.DEFAULT_SESSION_HOUR,
        e.sessionHour(),
        "a new enrolment trains at the default session hour until the member picks one");
    assertEquals(
        Decision.Outcome.ADVANCE,
        session("first-session", 4, 3).session().outcome(),
        "a session rated no worse afterwards (4 then 3) climbs the ladder");
    app.pass(Duration.ofHours(3));
    Sessions.Recorded again = session("second-session", 3, 2);
    assertEquals(Decision.Outcome.STAY, again.session().outcome(), "one climb a day");
    assertEquals(
        "too-soon",
        again.session().reasonKey(),
        "a second session the same day is held back as too soon");
    assertEquals(
        new Rung(0, 1),
        e.rung(),
        "only the day's first session climbed: the member is one step up");
    assertEquals(4, again.rounds(), "the next session asks for the rounds of the rung now reached");
    assertTrue(
        app.events.contains(EventType.SESSION_COMPLETED),
        "a recorded session announces itself to the events feed");
  }

  @Test
  void anEmergencySignInASessionHoldsTheProgrammeUntilAProfessionalClearsIt() {
    Enrollment e = enrol("core-foundations");
    goodSessionAndRest("climb-one");
    goodSessionAndRest("climb-two");
    assertEquals(new Rung(0, 2), e.rung(), "two good sessions on two days climb two steps");

    Sessions.Recorded stopped = session("stopped-session", 4, null, RedFlag.CHEST_PAIN);
    assertEquals(
        Decision.Outcome.PAUSE_FOR_CARE,
        stopped.session().outcome(),
        "chest pain during a session pauses the programme for care");
    assertEquals(
        "emergency",
        stopped.care().orElseThrow().advice().level(),
        "chest pain is an emergency sign");
    assertTrue(
        stopped.care().orElseThrow().holds(ProgramCareHold.PROGRAM),
        "the care advice holds the whole programme, not just the session");
    assertEquals(
        Enrollment.Status.PAUSED, e.status(), "the enrolment is paused until the sign is cleared");
    ProgramPause pause = app.records.pauses.get(0);
    assertEquals(
        Optional.of(SignSource.SESSION),
        pause.source(),
        "the pause records that the sign came from a session");

    DomainException word =
        assertThrows(
            DomainException.class,
            () -> app.enrolments.resume(Optional.of(Clearance.SIGNS_GONE)),
            "signs that went away on their own do not clear an emergency pause");
    assertEquals(
        "clearance-needed",
        word.slug(),
        "resuming after an emergency sign needs a professional's clearance");
    assertEquals(Enrollment.Status.PAUSED, e.status(), "nothing changed");
    app.enrolments.resume(Optional.of(Clearance.CHECKED_BY_PROFESSIONAL));
    assertEquals(
        Enrollment.Status.ACTIVE, e.status(), "a professional's clearance resumes the programme");
    assertEquals(new Rung(0, 1), e.rung(), "one rung lower");
    assertEquals(
        Optional.of("checked-by-professional"),
        pause.clearance(),
        "the pause keeps which clearance released it");
  }

  @Test
  void aLateSessionWithASignReachesAPausedProgrammeAndOneWithoutIsRefused() {
    Enrollment e = enrol("walkers-back");
    app.enrolments.pause();
    DomainException refused =
        assertThrows(
            DomainException.class,
            () -> session("plain-late-one", 3, 2),
            "a session without a sign cannot be recorded while the programme is paused");
    assertEquals(
        "program-paused",
        refused.slug(),
        "the plain late session is refused because the programme is paused");
    Sessions.Recorded late = session("flagged-late-one", 3, null, RedFlag.SHARP_PAIN);
    assertTrue(late.created(), "a late session carrying a sign is still recorded");
    assertEquals(Enrollment.Status.PAUSED, e.status(), "the programme stays paused: now for care");
    assertEquals(2, app.records.pauses.size(), "the member's pause, then one for care");
    assertTrue(app.records.pauses.get(0).resumedAt() != null, "which replaced the member's own");
    assertTrue(
        app.records.pauses.get(1).needsCare(), "the new pause for the sharp-pain sign needs care");
  }

  @Test
  void aSecondCheckInWithASignIsReportedAndOneWithoutChangesNothing() {
    Enrollment e = enrol("core-foundations");
    session("checked-session", 4, 3);
    app.pass(Duration.ofHours(25));
    CheckIns.Answered first =
        app.checkIns.checkIn(3, ReportedSigns.NONE, Optional.empty(), Optional.empty());
    assertTrue(first.created(), "the first check-in of the day is recorded");
    assertFalse(
        app.checkIns.checkIn(3, ReportedSigns.NONE, Optional.empty(), Optional.empty()).created(),
        "a retry");
    assertEquals(
        Enrollment.Status.ACTIVE,
        e.status(),
        "a check-in without a sign leaves the programme running");

    app.pass(Duration.ofHours(5));
    CheckIns.Answered later =
        app.checkIns.checkIn(
            3, ReportedSigns.of(RedFlag.BLADDER_BOWEL), Optional.empty(), Optional.empty());
    assertTrue(
        later.created(), "a later check-in carrying a sign is recorded, not taken for a retry");
    assertEquals(
        "emergency",
        later.care().orElseThrow().advice().level(),
        "bladder or bowel changes are an emergency sign");
    assertEquals(
        Enrollment.Status.PAUSED, e.status(), "a sign at the check-in pauses the programme");
    assertEquals(
        Optional.of(SignSource.CHECK_IN),
        app.records.pauses.get(0).source(),
        "the pause records that the sign came from a check-in");
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
                () ->
                    app.checkIns.checkIn(3, ReportedSigns.NONE, Optional.empty(), Optional.empty()),
                "the check-in before the next day is refused")
            .slug(),
        "a check-in two hours after the session is refused as too early");
    assertTrue(
        app.checkIns
            .checkIn(2, ReportedSigns.of(RedFlag.FEVER), Optional.empty(), Optional.empty())
            .care()
            .isPresent(),
        "a sign at a too-early check-in is never refused: it gets its care advice");
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
                () ->
                    app.checkIns.checkIn(3, ReportedSigns.NONE, Optional.empty(), Optional.empty()),
                "a sign-free check-in after leaving is refused")
            .slug(),
        "after leaving, a check-in without a sign is refused: no programme to check in on");
    CheckIns.Answered late =
        app.checkIns.checkIn(
            7, ReportedSigns.of(RedFlag.GROIN_NUMBNESS), Optional.empty(), Optional.empty());
    assertTrue(late.created(), "a sign at the check-in after leaving is still recorded");
    assertTrue(late.enrollment().isEmpty(), "no programme to decide");
    assertEquals(
        "emergency",
        late.care().orElseThrow().advice().level(),
        "numbness in the groin is an emergency sign, programme or not");
  }

  @Test
  void aClearlyWorseNextDayIsTheWarningSignAndPausesForCare() {
    Enrollment e = enrol("core-foundations");
    session("worse-session", 3, 3);
    assertEquals(new Rung(0, 1), e.rung(), "the session earned a climb");
    app.pass(Duration.ofHours(26));
    CheckIns.Answered worse =
        app.checkIns.checkIn(5, ReportedSigns.NONE, Optional.empty(), Optional.empty());
    assertEquals(
        Decision.Outcome.PAUSE_FOR_CARE,
        worse.checkIn().orElseThrow().outcome(),
        "pain two points worse the next day (3 to 5) pauses the programme for care");
    assertEquals(
        "warning",
        worse.care().orElseThrow().advice().level(),
        "clearly worse next-day pain is a warning, not an emergency");
    assertTrue(
        worse.care().orElseThrow().holds(ProgramCareHold.PROGRAM),
        "the warning holds the whole programme");
    assertEquals(Enrollment.Status.PAUSED, e.status(), "the enrolment is paused for care");
    ProgramPause pause = app.records.pauses.get(0);
    assertEquals(Set.of(RedFlag.WORSE_NEXT_DAYS), pause.redFlags(), "recorded as the sign");
    assertEquals(
        Optional.of(SignSource.CHECK_IN),
        pause.source(),
        "the pause records that the worsening came from the check-in");
    app.enrolments.resume(Optional.of(Clearance.CHECKED_BY_PROFESSIONAL));
    assertEquals(Rung.START, e.rung(), "the climb the session earned is undone");
  }

  @Test
  void oneWorseNextDayStepsBackWithoutPausing() {
    Enrollment e = enrol("core-foundations");
    session("a-little-worse", 3, 3);
    app.pass(Duration.ofHours(26));
    CheckIns.Answered worse =
        app.checkIns.checkIn(4, ReportedSigns.NONE, Optional.empty(), Optional.empty());
    assertEquals(
        Decision.Outcome.STEP_BACK,
        worse.checkIn().orElseThrow().outcome(),
        "pain one point worse the next day steps back one rung");
    assertTrue(worse.care().isEmpty(), "one point is within a day's variation");
    assertEquals(
        Enrollment.Status.ACTIVE, e.status(), "one point worse keeps the programme running");
    assertEquals(Rung.START, e.rung(), "stepping back undoes the climb the session earned");
  }

  @Test
  void aSignReportedAnywhereElseHoldsTheProgrammeOnceForTheSameSigns() {
    Enrollment e = enrol("desk-reset");
    app.safety.report(Set.of(RedFlag.NIGHT_PAIN), SignSource.TRY);
    app.safety.report(Set.of(RedFlag.NIGHT_PAIN), SignSource.TRY);
    assertEquals(
        Enrollment.Status.PAUSED, e.status(), "night pain reported elsewhere pauses the programme");
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
    assertTrue(
        answer instanceof Enrolments.CareFirst,
        "a leg-pain sign in the screen answers with care first, not an enrolment");
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
                        true),
                "an unchecked condition starts no programme")
            .slug(),
        "enrolling with an unchecked condition is refused: check with a professional first");
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
    assertTrue(
        answer instanceof Enrolments.CareFirst,
        "a sign in the screen answers with care first, even with an unchecked condition");
    assertEquals(
        "emergency", ((Enrolments.CareFirst) answer).care().advice().level(), "the sign first");
    assertEquals(
        Enrollment.Status.PAUSED, first.status(), "the programme under way is held for the sign");
  }

  /** Hazard H-07: the precautions answer is asked once, kept, and a missing one stops loading. */
  @Test
  void thePrecautionsAnswerIsKeptAndAMissingOneStartsNothing() {
    assertEquals(
        "precautions-unanswered",
        assertThrows(
                DomainException.class,
                () -> app.enrol("core-foundations", ReportedSigns.NONE, Optional.empty(), false),
                "without a precautions answer, enrolling fails")
            .slug(),
        "enrolling without a precautions answer is refused as unanswered");
    assertTrue(app.records.enrollments.isEmpty(), "a refused enrolment starts nothing");
    enrol("core-foundations");
    assertEquals(
        Optional.of(Precautions.NONE),
        app.health.current().flatMap(org.backcare.safety.domain.MemberHealth::precautions),
        "the member's precautions answer is kept for the next programme");
  }

  /** Hazard H-04: leaving a programme paused for care does not clear it for the next one. */
  @Test
  void leavingWhilePausedForCareDoesNotClearTheNextProgramme() {
    enrol("core-foundations");
    app.safety.report(Set.of(RedFlag.SHARP_PAIN), SignSource.REPORT);
    app.enrolments.leave();
    DomainException refused =
        assertThrows(
            DomainException.class,
            () -> enrol("walkers-back"),
            "a new programme after leaving one paused for care is refused");
    assertEquals(
        "clearance-needed",
        refused.slug(),
        "a programme left while paused for care still needs clearance before the next");
    assertTrue(
        app.enrolments.memberCarePauses().needClearance(),
        "the member's care pause still needs clearance after leaving");
    Enrolments.Enrolment joined =
        app.enrolments.enrol(
            new Enrolments.Request(
                "walkers-back",
                ReportedSigns.NONE,
                Optional.of(Precautions.NONE),
                Optional.empty(),
                false,
                Optional.of(Clearance.CHECKED_BY_PROFESSIONAL)));
    assertTrue(
        joined instanceof Enrolments.Enrolled,
        "with a professional's clearance the member enrols in the next programme");
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
    app.checkIns.checkIn(
        4, ReportedSigns.of(RedFlag.SHARP_PAIN), Optional.empty(), Optional.empty());
    assertEquals(
        Enrollment.Status.PAUSED, e.status(), "sharp pain at the check-in pauses the programme");
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
        assertThrows(
                DomainException.class,
                () -> session("after-not-checked", 3, 2),
                "after 'not checked', loaded sessions are refused")
            .slug(),
        "a session is refused once the member says a condition is not yet checked");
    assertTrue(
        session("with-a-sign", 3, null, RedFlag.FEVER).care().isPresent(), "a sign still counts");
    assertEquals(
        Enrollment.Status.PAUSED, e.status(), "the sign in that session pauses the programme");
  }

  /** Hazard H-03: a retry that adds a sign, a late sign, a sign from no programme: none is lost. */
  @Test
  void aSignIsNeverLostToARetryATimeLimitOrALeftProgramme() {
    Enrollment e = enrol("core-foundations");
    assertTrue(
        session("retried", 4, 3).care().isEmpty(),
        "a session without a sign brings no care advice");
    Sessions.Recorded again = session("retried", 4, null, RedFlag.BOTH_LEGS);
    assertFalse(again.created(), "the same session");
    assertEquals("emergency", again.care().orElseThrow().advice().level(), "the added sign");
    assertEquals(
        Enrollment.Status.PAUSED, e.status(), "the sign added by the retry pauses the programme");

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
        other.now().minus(org.backcare.platform.domain.PostedTime.LATE_SYNC),
        late.session().performedAt(),
        "clamped");

    ProgramServices left = new ProgramServices();
    Sessions.Recorded noProgramme =
        left.sessions.recordSession(
            new Sessions.SessionPost(
                "no-programme", false, 4, null, ReportedSigns.of(RedFlag.FEVER), Optional.empty()));
    assertEquals(
        "urgent",
        noProgramme.care().orElseThrow().advice().level(),
        "a fever reported with no programme is urgent advice, not lost");
    assertTrue(noProgramme.session() == null, "nothing to record it in");
  }

  /** Hazard H-05: pain still clearly worse days later is no better a sign than the next day. */
  @Test
  void aClearlyWorseCheckInDaysLaterStillPausesForCare() {
    Enrollment e = enrol("core-foundations");
    session("late-check-in", 3, 3);
    app.pass(Duration.ofHours(60));
    CheckIns.Answered late =
        app.checkIns.checkIn(6, ReportedSigns.NONE, Optional.empty(), Optional.empty());
    assertEquals(
        Decision.Outcome.PAUSE_FOR_CARE,
        late.checkIn().orElseThrow().outcome(),
        "pain clearly worse 60 hours later still pauses for care");
    assertEquals(Enrollment.Status.PAUSED, e.status(), "the programme is paused for care");
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

  /**
   * Hazard H-05: the progress page and the home page ask for the check-in exactly while the
   * check-in service would take it (the report reuses the session it has just read).
   */
  @Test
  void theProgressReportAsksForTheCheckInExactlyWhileItIsOpen() {
    enrol("core-foundations");
    session("monday", 3, 2);
    app.pass(Duration.ofHours(2));
    assertNull(app.progress.current("en").orElseThrow().checkInDue(), "not the same day");
    app.pass(Duration.ofHours(23));
    long due = app.checkIns.awaitingCheckIn().map(ProgramSession::id).orElseThrow();
    assertEquals(due, app.progress.current("en").orElseThrow().checkInDue(), "the next day");
    app.checkIns.checkIn(2, ReportedSigns.NONE, Optional.empty(), Optional.empty());
    assertNull(app.progress.current("en").orElseThrow().checkInDue(), "answered");
    app.pass(Duration.ofHours(23));
    long wednesday = session("wednesday", 3, 2).session().id();
    app.pass(Duration.ofHours(25));
    assertEquals(
        wednesday,
        app.progress.current("en").orElseThrow().checkInDue(),
        "the latest session's check-in, not an answered earlier one");
    session("friday", 3, null, RedFlag.SHARP_PAIN);
    app.pass(Duration.ofHours(25));
    assertNull(
        app.progress.current("en").orElseThrow().checkInDue(),
        "a session stopped on a warning sign goes to care, not to a check-in");
  }
}
