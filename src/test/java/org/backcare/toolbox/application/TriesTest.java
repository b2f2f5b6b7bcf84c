package org.backcare.toolbox.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.backcare.platform.domain.DomainException;
import org.backcare.platform.domain.PostedTime;
import org.backcare.safety.domain.RedFlag;
import org.backcare.safety.domain.ReportedSigns;
import org.backcare.toolbox.domain.MoveRecord;
import org.junit.jupiter.api.Test;

/** Recording tries and the running tallies they make, over in-memory toolbox records. */
class TriesTest {

  private final ToolboxServices app = new ToolboxServices();

  private Tries.Outcome record(
      String clientId, String move, int before, Integer after, boolean completed) {
    return app.tries.record(
        clientId,
        move,
        before,
        after,
        completed,
        ReportedSigns.NONE,
        Optional.empty(),
        Optional.empty());
  }

  @Test
  void aCompletedRatedTryStartsItsMovesTally() {
    Tries.Outcome outcome = record("try-1", "cat-cow", 6, 3, true);

    assertTrue(outcome.created(), "a new client id records a new try");
    assertTrue(outcome.recorded().counts(), "completed and rated after: it counts");
    assertEquals(
        Map.of("cat-cow", new MoveRecord("cat-cow", 1, 3)),
        app.tries.records(),
        "one try that took stiffness from 6 to 3");
    assertEquals(List.of(ToolboxServices.MEMBER), app.locked, "the member is locked first");
  }

  @Test
  void laterCountedTriesAddToTheSameTally() {
    record("try-1", "cat-cow", 6, 3, true);
    record("try-2", "cat-cow", 5, 6, true);
    record("try-3", "glute-bridge", 4, 2, true);

    Map<String, MoveRecord> records = app.tries.records();
    assertEquals(new MoveRecord("cat-cow", 2, 2), records.get("cat-cow"), "3 and -1 of relief");
    assertEquals(1.0, records.get("cat-cow").averageRelief().orElseThrow(), "averaged over two");
    assertEquals(new MoveRecord("glute-bridge", 1, 2), records.get("glute-bridge"), "its own");
    assertEquals(2, app.records.tallies.size(), "one tally per move, however many tries");
  }

  @Test
  void anUnfinishedTryIsKeptButDoesNotCount() {
    Tries.Outcome outcome = record("try-1", "cat-cow", 6, null, false);

    assertTrue(outcome.created(), "the try is recorded");
    assertFalse(outcome.recorded().counts(), "an unfinished try says nothing of the move");
    assertEquals(1, app.records.tries.size(), "kept as a try");
    assertEquals(Map.of(), app.tries.records(), "and no tally is started");
  }

  @Test
  void aTryStoppedByAWarningSignIsKeptWithoutItsAfterRatingAndNeverCounts() {
    Tries.Outcome outcome =
        app.tries.record(
            "try-1",
            "cat-cow",
            6,
            2,
            true,
            ReportedSigns.of(RedFlag.BLADDER_BOWEL),
            Optional.empty(),
            Optional.empty());

    assertTrue(outcome.recorded().redFlag(), "the try is kept as stopped");
    assertNull(outcome.recorded().after(), "without an after rating");
    assertTrue(outcome.safety().advice().stop(), "the member is sent to care, not the next move");
    assertEquals(Map.of(), app.tries.records(), "a stopped try never counts");
  }

  @Test
  void theSameClientIdSentTwiceIsOneTryCountedOnce() {
    Tries.Outcome first = record("try-1", "cat-cow", 6, 3, true);
    Tries.Outcome again = record("try-1", "cat-cow", 6, 3, true);

    assertFalse(again.created(), "a retry after a lost answer records nothing new");
    assertEquals(first.recorded(), again.recorded(), "and answers the try recorded first");
    assertEquals(1, app.records.tries.size(), "one try kept");
    assertEquals(1, app.tries.records().get("cat-cow").tries(), "counted once");
  }

  @Test
  void aRetryThatAddsAWarningSignReportsIt() {
    record("try-1", "cat-cow", 6, 3, true);
    Tries.Outcome again =
        app.tries.record(
            "try-1",
            "cat-cow",
            6,
            3,
            true,
            ReportedSigns.of(RedFlag.BLADDER_BOWEL),
            Optional.empty(),
            Optional.empty());

    assertFalse(again.created(), "still the one try");
    assertTrue(again.safety().advice().stop(), "the sign ticked on the retry is not lost");
  }

  @Test
  void aCompletedTryNeedsItsAfterRating() {
    DomainException refused =
        assertThrows(
            DomainException.class,
            () -> record("try-1", "cat-cow", 6, null, true),
            "a completed try without a sign must say how the back feels after");
    assertEquals("validation-failed", refused.slug(), "answered as invalid input");
    assertTrue(app.records.tries.isEmpty(), "nothing is recorded");
  }

  @Test
  void aLoadedMoveNeedsThePrecautionsAnswer() {
    DomainException refused =
        assertThrows(
            DomainException.class,
            () -> record("try-1", "modified-plank", 4, 3, true),
            "a loaded move is refused before the member answered the precautions");
    assertEquals("precautions-unanswered", refused.slug(), "the app learns what to ask");
    assertTrue(app.records.tries.isEmpty(), "nothing is recorded");
  }

  private Tries.Outcome late(String clientId, int before, int after, Instant performedAt) {
    return app.tries.record(
        clientId,
        "cat-cow",
        before,
        after,
        true,
        ReportedSigns.NONE,
        Optional.empty(),
        Optional.of(performedAt));
  }

  @Test
  void aLateTryKeepsTheTimeTheMemberTriedTheMove() {
    Instant yesterday = app.clock.instant().minus(Duration.ofDays(1));
    Tries.Outcome outcome = late("try-late-1", 6, 3, yesterday);

    assertTrue(outcome.created(), "recorded");
    assertEquals(yesterday, outcome.recorded().triedAt(), "when the member tried it, not now");
    assertEquals(
        new MoveRecord("cat-cow", 1, 3), app.tries.records().get("cat-cow"), "and it counts");
  }

  @Test
  void aLateTryOlderThanTheLastOneAddsToTheTallyAsIfItHadComeInOrder() {
    record("try-now-1", "cat-cow", 6, 3, true);
    late("try-late-1", 5, 4, app.clock.instant().minus(Duration.ofDays(10)));

    assertEquals(
        new MoveRecord("cat-cow", 2, 4),
        app.tries.records().get("cat-cow"),
        "a tally is a count and a sum: 3 + 1 of relief over two tries, whatever came first");
    assertEquals(1, app.records.tallies.size(), "still one tally for the move");
  }

  @Test
  void aTryOlderThanTheLateSyncWindowIsRefusedNamingPerformedAt() {
    DomainException refused =
        assertThrows(
            DomainException.class,
            () ->
                late(
                    "try-old-1",
                    6,
                    3,
                    app.clock.instant().minus(PostedTime.LATE_SYNC).minusSeconds(60)),
            "a try without a sign is refused when claimed too long ago");
    assertEquals("validation-failed", refused.slug(), "answered as invalid input");
    assertTrue(refused.getMessage().contains("performedAt"), refused.getMessage());
    assertTrue(app.records.tries.isEmpty(), "nothing is recorded");
    assertEquals(Map.of(), app.tries.records(), "nothing is tallied");
  }

  @Test
  void aTryWithAWarningSignClaimedTooLongAgoIsKeptAtTheEarliestTimeBelieved() {
    Instant now = app.clock.instant();
    Tries.Outcome outcome =
        app.tries.record(
            "try-old-sign",
            "cat-cow",
            6,
            null,
            false,
            ReportedSigns.of(RedFlag.BLADDER_BOWEL),
            Optional.empty(),
            Optional.of(now.minus(Duration.ofDays(30))));

    assertTrue(outcome.created(), "a sign is never refused for when the device says it was");
    assertEquals(now.minus(PostedTime.LATE_SYNC), outcome.recorded().triedAt(), "clamped");
    assertTrue(outcome.safety().advice().stop(), "and the member is sent to care");
  }

  @Test
  void aRetryArrivingAfterTheWindowIsAnsweredWithTheTryRecordedInTime() {
    Instant claimed = app.clock.instant().minus(Duration.ofDays(13));
    Tries.Outcome first = late("try-late-1", 6, 3, claimed);
    app.clock.pass(Duration.ofDays(3));
    Tries.Outcome again = late("try-late-1", 6, 3, claimed);

    assertFalse(again.created(), "the retry records nothing new");
    assertEquals(first.recorded(), again.recorded(), "and is not refused as too old");
    assertEquals(1, app.tries.records().get("cat-cow").tries(), "counted once");
  }
}
