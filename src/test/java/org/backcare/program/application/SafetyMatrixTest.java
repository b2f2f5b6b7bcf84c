package org.backcare.program.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.backcare.program.domain.Enrollment;
import org.backcare.program.domain.ProgramPause;
import org.backcare.safety.SignsFromTheReferences;
import org.backcare.safety.application.SafetyReports;
import org.backcare.safety.domain.Precautions;
import org.backcare.safety.domain.RedFlag;
import org.backcare.safety.domain.ReportedSigns;
import org.backcare.safety.domain.RiskFactor;
import org.backcare.safety.domain.SignSource;
import org.backcare.safety.domain.Urgency;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every sign a member can report, through every place the programme use cases take one, over the
 * services as the server wires them (in memory, in milliseconds): the answer carries the urgency
 * the sign's source gives ({@link SignsFromTheReferences}), the programme is held, and the pause
 * records the sign and where it was reported. Hazard log H-01 (a sign not escalated), H-02 (the
 * wrong urgency) and H-03 (a sign lost: late sync, second report, paused or finished programme).
 * The HTTP and page edges are proved for a sample in {@code SafetyIT}; tries in the toolbox, which
 * need the database, there too.
 */
class SafetyMatrixTest {

  /** Where a member can report a sign, and the source its pause must record. */
  enum Entry {
    SESSION(SignSource.SESSION),
    FIRST_CHECK_IN(SignSource.CHECK_IN),
    LATER_CHECK_IN(SignSource.CHECK_IN),
    REPORT(SignSource.REPORT),
    ENROLMENT_SCREEN(SignSource.ENROLMENT),
    LATE_SYNC_TO_PAUSED(SignSource.SESSION),
    SELF_CHECK(SignSource.SELF_CHECK),
    AFTER_FINISHING(SignSource.REPORT);

    final SignSource source;

    Entry(SignSource source) {
      this.source = source;
    }
  }

  static Stream<Arguments> everySignThroughEveryEntry() {
    List<Arguments> rows = new ArrayList<>();
    SignsFromTheReferences.REPORTABLE.forEach(
        (sign, urgency) -> {
          for (Entry entry : Entry.values()) {
            rows.add(Arguments.of(sign, urgency, entry));
          }
        });
    return rows.stream();
  }

  @ParameterizedTest(name = "{0} ({1}) via {2}")
  @MethodSource("everySignThroughEveryEntry")
  void everySignReachesItsCareAndHoldsTheProgramme(String sign, Urgency urgency, Entry entry) {
    ProgramServices app = new ProgramServices();
    ReportedSigns reported = ReportedSigns.fromKeys(List.of(sign));
    assertReported(app, report(app, entry, reported, Set.of()), urgency, entry, sign);
  }

  static Stream<Arguments> newPainWithEachRiskFactorThroughEveryEntry() {
    List<Arguments> rows = new ArrayList<>();
    for (RiskFactor risk : RiskFactor.values()) {
      for (Entry entry : Entry.values()) {
        rows.add(Arguments.of(risk, entry));
      }
    }
    return rows.stream();
  }

  /** NICE NG234 and the IFOMPT framework: new back pain with a risk factor is seen the same day. */
  @ParameterizedTest(name = "new pain with {0} via {1}")
  @MethodSource("newPainWithEachRiskFactorThroughEveryEntry")
  void newPainWithARiskFactorIsUrgentWherever(RiskFactor risk, Entry entry) {
    ProgramServices app = new ProgramServices();
    SafetyReports.Outcome outcome =
        report(app, entry, new ReportedSigns(Set.of(), true), Set.of(risk));
    assertReported(app, outcome, Urgency.URGENT, entry, risk.withNewPain().key());
  }

  /** NICE NG234: nerve symptoms in someone who has had cancer are assessed immediately. */
  @ParameterizedTest(name = "pain down a leg after cancer via {0}")
  @org.junit.jupiter.params.provider.EnumSource(Entry.class)
  void aLegSignAfterCancerIsAnEmergencyWherever(Entry entry) {
    ProgramServices app = new ProgramServices();
    SafetyReports.Outcome outcome =
        report(
            app, entry, ReportedSigns.of(RedFlag.PAIN_DOWN_LEG), Set.of(RiskFactor.CANCER_HISTORY));
    assertReported(app, outcome, Urgency.EMERGENCY, entry, "nerve-signs-after-cancer");
  }

  /** New back pain alone is common and settles (NHS): it holds nothing and stores nothing. */
  @ParameterizedTest(name = "new pain without a risk factor via {0}")
  @org.junit.jupiter.params.provider.EnumSource(
      value = Entry.class,
      names = {"REPORT", "SELF_CHECK"})
  void newPainAloneHoldsNothing(Entry entry) {
    ProgramServices app = new ProgramServices();
    Enrollment enrolled = app.enrol("core-foundations");
    SafetyReports.Outcome outcome =
        report(app, entry, new ReportedSigns(Set.of(), true), Set.of(), false);
    assertEquals(
        "none",
        outcome.advice().level(),
        () -> "new pain alone via " + entry + " brings no care advice");
    assertEquals(
        Enrollment.Status.ACTIVE,
        enrolled.status(),
        () -> "new pain alone via " + entry + " leaves the programme running");
    assertTrue(
        app.records.pauses.isEmpty(), () -> "new pain alone via " + entry + " opens no pause");
  }

  private static SafetyReports.Outcome report(
      ProgramServices app, Entry entry, ReportedSigns reported, Set<RiskFactor> risks) {
    return report(app, entry, reported, risks, true);
  }

  private static SafetyReports.Outcome report(
      ProgramServices app,
      Entry entry,
      ReportedSigns reported,
      Set<RiskFactor> risks,
      boolean enrolFirst) {
    if (!risks.isEmpty() && entry != Entry.SELF_CHECK) {
      app.health.answerRiskFactors(risks);
    }
    if (enrolFirst && entry != Entry.AFTER_FINISHING) {
      app.enrol("core-foundations");
    }
    return switch (entry) {
      case SESSION -> session(app, "flagged", reported).care().orElseThrow();
      case FIRST_CHECK_IN -> {
        session(app, "checked", ReportedSigns.NONE);
        app.pass(Duration.ofHours(26));
        yield app.checkIns
            .checkIn(3, reported, Optional.empty(), Optional.empty())
            .care()
            .orElseThrow();
      }
      case LATER_CHECK_IN -> {
        session(app, "checked", ReportedSigns.NONE);
        app.pass(Duration.ofHours(26));
        app.checkIns.checkIn(3, ReportedSigns.NONE, Optional.empty(), Optional.empty());
        app.pass(Duration.ofHours(4));
        yield app.checkIns
            .checkIn(3, reported, Optional.empty(), Optional.empty())
            .care()
            .orElseThrow();
      }
      case REPORT -> app.safety.report(app.safety.triage(reported), SignSource.REPORT);
      case ENROLMENT_SCREEN -> {
        Enrolments.Enrolment answer =
            app.enrol("walkers-back", reported, Optional.of(Precautions.NONE), true);
        yield answer instanceof Enrolments.CareFirst care
            ? care.care()
            : app.safety.advise(org.backcare.safety.domain.CareAdvice.NONE);
      }
      case LATE_SYNC_TO_PAUSED -> {
        app.pass(Duration.ofHours(5));
        app.enrolments.pause();
        yield app.sessions
            .recordSession(
                new Sessions.SessionPost(
                    "late", false, 4, null, reported, Optional.of(app.now().minusSeconds(3600))))
            .care()
            .orElseThrow();
      }
      case SELF_CHECK ->
          app.safety.report(app.safety.triage(reported, Optional.of(risks)), SignSource.SELF_CHECK);
      case AFTER_FINISHING -> {
        Enrollment finished = app.enrol("core-foundations");
        finished.apply(
            new org.backcare.program.domain.Decision(
                org.backcare.program.domain.Decision.Outcome.ADVANCE,
                new org.backcare.program.domain.Rung(2, 2),
                true,
                "finished",
                List.of()),
            app.now());
        yield app.safety.report(app.safety.triage(reported), SignSource.REPORT);
      }
    };
  }

  private static void assertReported(
      ProgramServices app,
      SafetyReports.Outcome outcome,
      Urgency urgency,
      Entry entry,
      String recordedSign) {
    String context = recordedSign + " via " + entry;
    assertEquals(urgency.key(), outcome.advice().level(), context);
    assertTrue(outcome.careRoute().isPresent(), context + ": the employer's care route");
    assertTrue(outcome.holds(ProgramCareHold.PROGRAM), context + ": the programme is held");
    ProgramPause pause =
        app.records.pauses.stream()
            .filter(p -> p.needsCare() && p.resumedAt() == null)
            .reduce((a, b) -> b)
            .orElseThrow(() -> new AssertionError(context + ": no open pause for care"));
    assertTrue(
        pause.redFlags().stream().anyMatch(f -> f.key().equals(recordedSign)),
        context + ": " + pause.redFlags());
    assertEquals(Optional.of(entry.source), pause.source(), context);
    assertEquals(Optional.of(urgency), pause.urgency(), context);
    Enrollment current = app.records.current(ProgramServices.MEMBER, false).orElseThrow();
    assertTrue(
        current.status() == Enrollment.Status.PAUSED
            || current.status() == Enrollment.Status.FINISHED,
        context + ": " + current.status());
  }

  private static Sessions.Recorded session(
      ProgramServices app, String clientId, ReportedSigns signs) {
    boolean flagged = !signs.isEmpty();
    return app.sessions.recordSession(
        new Sessions.SessionPost(
            clientId, !flagged, 4, flagged ? null : 3, signs, Optional.empty()));
  }
}
