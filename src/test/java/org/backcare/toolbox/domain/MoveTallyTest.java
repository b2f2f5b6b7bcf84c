package org.backcare.toolbox.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A move's running tally adds up exactly what the member's counted tries would. */
class MoveTallyTest {

  @Test
  void aNewTallyHoldsItsFirstTry() {
    MoveTally tally = new MoveTally(7, "cat-cow", new MoveRecord.Rating(6, 3));

    assertEquals(new MoveRecord("cat-cow", 1, 3), tally.record(), "one try, relief 3");
    assertEquals(7, tally.memberId(), "the member's own tally");
  }

  @Test
  void eachTryAddsItsReliefAndTheAverageFollows() {
    MoveTally tally = new MoveTally(7, "cat-cow", new MoveRecord.Rating(6, 3));
    tally.add(new MoveRecord.Rating(5, 6));
    tally.add(new MoveRecord.Rating(4, 2));

    assertEquals(new MoveRecord("cat-cow", 3, 4), tally.record(), "3 - 1 + 2 over three tries");
    assertEquals(4.0 / 3, tally.record().averageRelief().orElseThrow(), 1e-9, "the average");
  }

  @Test
  void theTallyAgreesWithTheRecordOfTheSameTries() {
    List<MoveRecord.Rating> ratings =
        List.of(
            new MoveRecord.Rating(6, 3), new MoveRecord.Rating(2, 4), new MoveRecord.Rating(9, 1));
    MoveTally tally = new MoveTally(7, "glute-bridge", ratings.get(0));
    ratings.subList(1, ratings.size()).forEach(tally::add);

    assertEquals(
        MoveRecord.of("glute-bridge", ratings),
        tally.record(),
        "counting as tries come gives what adding them all up would");
  }

  @Test
  void keysNameAMemberAndAMove() {
    assertEquals(new MoveTally.Key(7, "cat-cow"), new MoveTally.Key(7, "cat-cow"), "the same pair");
    assertEquals(
        new MoveTally.Key(7, "cat-cow").hashCode(),
        new MoveTally.Key(7, "cat-cow").hashCode(),
        "hashes alike");
    assertNotEquals(new MoveTally.Key(8, "cat-cow"), new MoveTally.Key(7, "cat-cow"), "member");
    assertNotEquals(new MoveTally.Key(7, "dead-bug"), new MoveTally.Key(7, "cat-cow"), "move");
  }

  @Test
  void ratingsStayOnTheScale() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new MoveRecord.Rating(11, 3),
        "ratings run from 0 to 10");
    assertFalse(new MoveRecord("cat-cow", 0, 0).averageRelief().isPresent(), "no tries, no mean");
  }

  @Test
  void onlyCompletedRatedTriesCountAndOnlyTheyHaveARating() {
    assertTrue(ExerciseTry.counts(true, 3), "completed and rated after");
    assertFalse(ExerciseTry.counts(true, null), "not rated after");
    assertFalse(ExerciseTry.counts(false, 3), "not completed");
    ExerciseTry stopped =
        new ExerciseTry(
            7,
            "c-1",
            "cat-cow",
            6,
            2,
            true,
            java.util.Set.of(org.backcare.safety.domain.RedFlag.BLADDER_BOWEL),
            java.time.Instant.EPOCH);
    assertFalse(stopped.counts(), "a try stopped by a warning sign never counts");
    assertThrows(IllegalStateException.class, stopped::rating, "and has nothing to tally");
    ExerciseTry done =
        new ExerciseTry(
            7, "c-2", "cat-cow", 6, 2, true, java.util.Set.of(), java.time.Instant.EPOCH);
    assertEquals(new MoveRecord.Rating(6, 2), done.rating(), "a counted try's ratings");
  }
}
