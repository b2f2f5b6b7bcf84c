package org.backcare.program.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.backcare.events.application.ParticipationEvents;
import org.backcare.events.domain.EventType;
import org.backcare.identity.application.CurrentMember;
import org.backcare.program.domain.Enrollment;
import org.backcare.safety.application.HealthAnswers;
import org.backcare.safety.application.SafetyReports;
import org.backcare.safety.domain.Precautions;
import org.backcare.safety.domain.ReportedSigns;
import org.backcare.tenant.application.CurrentTenant;
import org.backcare.testing.InMemoryHealthRecords;
import org.backcare.testing.ServiceFixtures;
import org.backcare.toolbox.application.Exercises;

/**
 * The programme use cases wired by hand as CDI would wire them, over {@link
 * InMemoryProgramRecords}, the shipped content, one signed-in member of a demo-like employer and a
 * clock the test moves: fast tests of the application rules, no server.
 */
final class ProgramServices {

  static final String CARE_URL = ServiceFixtures.CARE_URL;
  static final long MEMBER = 7;

  final InMemoryProgramRecords records = new InMemoryProgramRecords();
  final List<EventType> events = new ArrayList<>();
  final Enrolments enrolments = new Enrolments();
  final Sessions sessions = new Sessions();
  final CheckIns checkIns = new CheckIns();
  final CalendarFeeds calendarFeeds = new CalendarFeeds();
  final ProgrammeHistory history = new ProgrammeHistory();
  final ProgressReport progress = new ProgressReport();
  final InMemoryHealthRecords healthRecords = new InMemoryHealthRecords();
  final ServiceFixtures.LockingMembers members;
  final HealthAnswers health;
  final SafetyReports safety;
  private final ServiceFixtures.MovableClock clock =
      new ServiceFixtures.MovableClock(Instant.parse("2026-11-02T08:00:00Z"));

  ProgramServices() {
    Clock clock = this.clock;
    CurrentTenant currentTenant = ServiceFixtures.exampleTenant();
    CurrentMember member = ServiceFixtures.signedIn(MEMBER);
    members = new ServiceFixtures.LockingMembers(member);
    Exercises exercises = new Exercises();
    Programs programs = new Programs();
    programs.currentTenant = currentTenant;
    programs.exercises = exercises;
    ProgramCareHold hold = new ProgramCareHold();
    hold.records = records;
    health = new HealthAnswers(member, healthRecords, clock);
    safety =
        new SafetyReports(
            member,
            currentTenant,
            ServiceFixtures.only(hold),
            health,
            healthRecords,
            members,
            clock);
    enrolments.records = records;
    enrolments.programs = programs;
    enrolments.currentMember = member;
    enrolments.safety = safety;
    enrolments.health = health;
    enrolments.clock = clock;
    sessions.records = records;
    sessions.programs = programs;
    sessions.currentMember = member;
    sessions.safety = safety;
    sessions.health = health;
    sessions.clock = clock;
    sessions.events =
        new ParticipationEvents() {
          @Override
          public void record(long memberId, EventType type) {
            events.add(type);
          }
        };
    checkIns.records = records;
    checkIns.programs = programs;
    checkIns.currentMember = member;
    checkIns.safety = safety;
    checkIns.clock = clock;
    calendarFeeds.records = records;
    calendarFeeds.programs = programs;
    calendarFeeds.currentMember = member;
    calendarFeeds.currentTenant = currentTenant;
    calendarFeeds.clock = clock;
    history.records = records;
    history.programs = programs;
    history.currentMember = member;
    progress.records = records;
    progress.enrolments = enrolments;
    progress.answers = checkIns;
    progress.programs = programs;
    progress.clock = clock;
  }

  Instant now() {
    return clock.instant();
  }

  /**
   * Asks to enrol in {@code program} with the safety screen {@code screen}, the precautions answer
   * {@code precautions} (empty: the one given before), and consent to replace a current programme.
   */
  Enrolments.Enrolment enrol(
      String program, ReportedSigns screen, Optional<Precautions> precautions, boolean replace) {
    return enrolments.enrol(
        new Enrolments.Request(
            program, screen, precautions, Optional.empty(), replace, Optional.empty()));
  }

  /** Enrols in {@code program} with a clear screen and no precautions. */
  Enrollment enrol(String program) {
    Enrolments.Enrolment answer =
        enrol(program, ReportedSigns.NONE, Optional.of(Precautions.NONE), false);
    return ((Enrolments.Enrolled) answer).enrollment();
  }

  void pass(Duration time) {
    clock.pass(time);
  }
}
