package org.backcare.provisioning.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.backcare.provisioning.domain.EligibilityPlan.PendingTermination;
import org.junit.jupiter.api.Test;

class EligibilityPlanTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

  private static EligibilityRow employed(String subject) {
    return new EligibilityRow(subject, Optional.empty(), 2);
  }

  private static EligibilityRow leaving(String subject, LocalDate on) {
    return new EligibilityRow(subject, Optional.of(on), 2);
  }

  private static EligibilityPlan plan(
      List<EligibilityRow> rows, Map<String, Boolean> current, boolean full) {
    return EligibilityPlan.of(rows, Function.identity(), current, TODAY, full);
  }

  /** {@code active} active members a1..aN and no one else. */
  private static Map<String, Boolean> active(int active) {
    Map<String, Boolean> current = new HashMap<>();
    for (int i = 1; i <= active; i++) {
      current.put("a" + i, true);
    }
    return current;
  }

  /** A full file keeping all of {@link #active(int)} but the first {@code leaving} of them. */
  private static EligibilityPlan fullFileDropping(int leaving, int active) {
    List<EligibilityRow> rows = new ArrayList<>();
    for (int i = leaving + 1; i <= active; i++) {
      rows.add(employed("a" + i));
    }
    return plan(rows, active(active), true);
  }

  @Test
  void theFirstFileProvisionsEveryoneAndIsNeverRefused() {
    EligibilityPlan plan = plan(List.of(employed("b"), employed("a")), Map.of(), true);
    assertEquals(List.of("a", "b"), plan.provision(), "everyone is new, sorted");
    assertEquals(List.of(), plan.deprovision(), "no one is there to leave");
    assertEquals(0, plan.activeBefore(), "no one was active");
    assertEquals(0.0, plan.deprovisionShare(), "a share of nobody is 0");
    assertFalse(plan.refusedAsTruncated(0), "the first file is never refused, even at 0%");
  }

  @Test
  void aTerminationInThePastOrTodayDeprovisionsAnActiveMember() {
    EligibilityPlan plan =
        plan(
            List.of(leaving("past", TODAY.minusDays(3)), leaving("today", TODAY)),
            Map.of("past", true, "today", true),
            false);
    assertEquals(
        List.of("past", "today"),
        plan.deprovision(),
        "a termination date of today or earlier takes effect now");
    assertEquals(List.of(), plan.pendingTerminations(), "nothing is left for later");
  }

  @Test
  void aTerminationInTheFutureWaitsForItsDay() {
    LocalDate tomorrow = TODAY.plusDays(1);
    EligibilityPlan plan =
        plan(
            List.of(leaving("member", tomorrow), leaving("newcomer", TODAY.plusDays(30))),
            Map.of("member", true),
            true);
    assertEquals(List.of(), plan.deprovision(), "no one leaves before their day");
    assertEquals(List.of("newcomer"), plan.provision(), "a newcomer leaving later starts now");
    assertEquals(1, plan.unchanged(), "the member stays as they are for now");
    assertEquals(
        List.of(
            new PendingTermination("member", tomorrow),
            new PendingTermination("newcomer", TODAY.plusDays(30))),
        plan.pendingTerminations(),
        "both dates are handed to the caller to deprovision on the day");
  }

  @Test
  void aLeaverWhoWasNeverProvisionedOrIsInactiveChangesNothing() {
    EligibilityPlan plan =
        plan(
            List.of(leaving("stranger", TODAY.minusDays(1)), leaving("gone", TODAY)),
            Map.of("gone", false),
            true);
    assertEquals(List.of(), plan.provision(), "a leaver is not provisioned");
    assertEquals(List.of(), plan.deprovision(), "someone not active is not deprovisioned");
    assertEquals(List.of(), plan.reactivate(), "nor reactivated");
    assertEquals(2, plan.unchanged(), "both rows are counted as already right");
  }

  @Test
  void absenceFromAFullFileDeprovisionsActiveMembersOnly() {
    EligibilityPlan plan =
        plan(List.of(employed("stays")), Map.of("stays", true, "absent", true, "old", false), true);
    assertEquals(
        List.of("absent"), plan.deprovision(), "an active member missing from a full file left");
    assertEquals(1, plan.unchanged(), "the member in the file stays");
  }

  @Test
  void absenceFromAPartialFileChangesNothing() {
    EligibilityPlan plan =
        plan(List.of(employed("stays")), Map.of("stays", true, "absent", true), false);
    assertEquals(List.of(), plan.deprovision(), "a partial file says nothing about the absent");
    assertEquals(1, plan.unchanged(), "only the file's rows are counted");
  }

  @Test
  void anInactiveMemberBackInTheFileIsReactivated() {
    EligibilityPlan plan =
        plan(
            List.of(employed("rehired"), leaving("back-briefly", TODAY.plusDays(10))),
            Map.of("rehired", false, "back-briefly", false),
            true);
    assertEquals(
        List.of("back-briefly", "rehired"),
        plan.reactivate(),
        "a provisioned but inactive member still employed is made active again");
    assertEquals(List.of(), plan.provision(), "they are not provisioned a second time");
    assertEquals(
        List.of(new PendingTermination("back-briefly", TODAY.plusDays(10))),
        plan.pendingTerminations(),
        "a reactivated member leaving later is pending like any active one");
  }

  @Test
  void subjectsAreComparedAsStored() {
    Function<String, String> hash = subject -> "h(" + subject + ")";
    EligibilityPlan plan =
        EligibilityPlan.of(
            List.of(employed("new"), employed("known")),
            hash,
            Map.of("h(known)", true, "h(absent)", true, "known", true),
            TODAY,
            true);
    assertEquals(List.of("h(new)"), plan.provision(), "the plan speaks in stored subjects");
    assertEquals(
        List.of("h(absent)", "known"),
        plan.deprovision(),
        "a row matches only its stored form, never the subject as sent");
  }

  @Test
  void twoRowsForTheSameStoredSubjectAreRefused() {
    IllegalArgumentException refusal =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                EligibilityPlan.of(
                    List.of(
                        new EligibilityRow("A", Optional.empty(), 2),
                        new EligibilityRow("a", Optional.empty(), 7)),
                    subject -> subject.toLowerCase(),
                    Map.of(),
                    TODAY,
                    true),
            "two rows that are one person once stored");
    assertEquals("lines 2 and 7 are the same person", refusal.getMessage(), "naming both lines");
  }

  @Test
  void theShareIsOfTheActiveMembers() {
    Map<String, Boolean> current = active(4);
    current.put("inactive", false);
    EligibilityPlan plan =
        plan(List.of(employed("a1"), employed("a2"), employed("a3")), current, true);
    assertEquals(4, plan.activeBefore(), "inactive members are not counted");
    assertEquals(0.25, plan.deprovisionShare(), "one of four active members leaves");
  }

  @Test
  void aFileExactlyAtTheLimitPasses() {
    EligibilityPlan plan = fullFileDropping(3, 10);
    assertEquals(3, plan.deprovision().size(), "three of ten leave");
    assertFalse(plan.refusedAsTruncated(30), "30% leaving at a 30% limit is allowed");
  }

  @Test
  void aFileJustOverTheLimitIsRefused() {
    assertTrue(fullFileDropping(4, 10).refusedAsTruncated(30), "40% leaving is over 30%");
    assertTrue(
        fullFileDropping(301, 1000).refusedAsTruncated(30), "30.1% leaving is just over 30%");
    assertFalse(fullFileDropping(300, 1000).refusedAsTruncated(30), "30.0% is at the limit");
  }

  @Test
  void aTruncatedFileIsRefusedAndAnEmptyOneWouldDeprovisionEveryone() {
    EligibilityPlan plan = fullFileDropping(10, 10);
    assertEquals(1.0, plan.deprovisionShare(), "everyone would leave");
    assertTrue(plan.refusedAsTruncated(99), "refused at any limit below 100%");
    assertFalse(plan.refusedAsTruncated(100), "a limit of 100% never refuses");
  }

  @Test
  void aLimitOutsideZeroToHundredIsRefused() {
    EligibilityPlan plan = fullFileDropping(1, 10);
    assertThrows(IllegalArgumentException.class, () -> plan.refusedAsTruncated(-1), "-1%");
    assertThrows(IllegalArgumentException.class, () -> plan.refusedAsTruncated(101), "101%");
  }

  @Test
  void everyListIsSorted() {
    EligibilityPlan plan =
        plan(
            List.of(employed("z"), employed("m"), employed("a"), employed("y"), employed("b")),
            Map.of("y", false, "b", false, "q", true, "c", true),
            true);
    assertEquals(List.of("a", "m", "z"), plan.provision(), "provision sorted");
    assertEquals(List.of("b", "y"), plan.reactivate(), "reactivate sorted");
    assertEquals(List.of("c", "q"), plan.deprovision(), "deprovision sorted");
  }
}
