package org.backcare.toolbox.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.backcare.events.application.ParticipationEvents;
import org.backcare.identity.application.CurrentMember;
import org.backcare.safety.application.HealthAnswers;
import org.backcare.safety.application.SafetyReports;
import org.backcare.tenant.application.CurrentTenant;
import org.backcare.testing.InMemoryHealthRecords;
import org.backcare.testing.ServiceFixtures;

/**
 * The toolbox use cases wired by hand as CDI would wire them, over {@link InMemoryToolboxRecords},
 * the shipped moves and one signed-in member of a demo-like employer: fast tests of the application
 * rules, no server.
 */
final class ToolboxServices {

  static final long MEMBER = 7;

  final InMemoryToolboxRecords records = new InMemoryToolboxRecords();
  final ServiceFixtures.LockingMembers members;
  final List<Long> locked;
  final List<Integer> toolboxSizes = new ArrayList<>();
  final ServiceFixtures.MovableClock clock =
      new ServiceFixtures.MovableClock(Instant.parse("2026-11-02T08:00:00Z"));
  final MemberToolbox toolbox = new MemberToolbox();
  final Tries tries = new Tries();
  final InMemoryHealthRecords healthRecords = new InMemoryHealthRecords();
  final ToolboxSummary summary = new ToolboxSummary();

  ToolboxServices() {
    CurrentTenant currentTenant = ServiceFixtures.exampleTenant();
    CurrentMember member = ServiceFixtures.signedIn(MEMBER);
    members = new ServiceFixtures.LockingMembers(member);
    locked = members.locked;
    Exercises exercises = new Exercises();
    exercises.currentTenant = currentTenant;
    HealthAnswers health = new HealthAnswers(member, healthRecords, clock);
    SafetyReports safety =
        new SafetyReports(
            member, currentTenant, ServiceFixtures.only(), health, healthRecords, members, clock);
    toolbox.records = records;
    toolbox.currentMember = member;
    toolbox.exercises = exercises;
    toolbox.health = health;
    toolbox.safety = safety;
    toolbox.clock = clock;
    toolbox.events =
        new ParticipationEvents() {
          @Override
          public void toolboxHolds(long memberId, int moves) {
            toolboxSizes.add(moves);
          }
        };
    tries.records = records;
    tries.toolbox = toolbox;
    tries.exercises = exercises;
    tries.safety = safety;
    tries.health = health;
    tries.members = members;
    tries.clock = clock;
    summary.toolbox = toolbox;
    summary.tries = tries;
    summary.exercises = exercises;
  }
}
