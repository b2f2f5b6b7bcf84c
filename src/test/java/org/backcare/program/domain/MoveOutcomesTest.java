package org.backcare.program.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which moves helped and which were stopped, as the summary defines them. */
class MoveOutcomesTest {

  private static final Instant T = Instant.parse("2026-11-20T08:00:00Z");

  @Test
  void aMoveHelpedWhenItsCountedTriesLoweredTheRatingOnAverageLargestDropFirst() {
    MoveOutcomes outcomes =
        MoveOutcomes.of(
            List.of(
                new MoveOutcomes.Tally("cat-cow", 4, 6, true),
                new MoveOutcomes.Tally("bird-dog", 2, 5, false),
                new MoveOutcomes.Tally("plank", 3, 0, true),
                new MoveOutcomes.Tally("squat", 2, -2, true),
                new MoveOutcomes.Tally("untried", 0, 0, true)),
            List.of());
    assertEquals(
        List.of("bird-dog", "cat-cow"),
        outcomes.helped().stream().map(MoveOutcomes.Helped::exerciseId).toList(),
        "no change and a rise are not help; the largest average drop comes first");
    MoveOutcomes.Helped catCow = outcomes.helped().get(1);
    assertEquals(1.5, catCow.averageDrop());
    assertEquals(4, catCow.tries());
    assertTrue(catCow.kept(), "whether the member kept it is shown beside it");
    assertFalse(outcomes.helped().get(0).kept());
  }

  @Test
  void aStoppedMoveIsOneLineWithHowOftenWhenLastAndWhetherASignStoppedIt() {
    MoveOutcomes outcomes =
        MoveOutcomes.of(
            List.of(),
            List.of(
                new MoveOutcomes.Stop("plank", T, false),
                new MoveOutcomes.Stop("squat", T.plusSeconds(3600), false),
                new MoveOutcomes.Stop("plank", T.plusSeconds(7200), true)));
    assertEquals(2, outcomes.stopped().size());
    MoveOutcomes.Stopped plank = outcomes.stopped().get(0);
    assertEquals("plank", plank.exerciseId(), "the latest stop first");
    assertEquals(2, plank.times());
    assertEquals(T.plusSeconds(7200), plank.last());
    assertTrue(plank.bySign(), "one of its stops was a warning sign");
    assertFalse(outcomes.stopped().get(1).bySign());
  }

  @Test
  void eachListIsCutToWhatAPrintedPageHoldsAndSaysHowManyMore() {
    List<MoveOutcomes.Tally> tallies = new ArrayList<>();
    List<MoveOutcomes.Stop> stops = new ArrayList<>();
    for (int i = 0; i < MoveOutcomes.SHOWN + 2; i++) {
      tallies.add(new MoveOutcomes.Tally("move-" + i, 1, 1 + i, false));
      stops.add(new MoveOutcomes.Stop("move-" + i, T.plusSeconds(i), false));
    }
    MoveOutcomes outcomes = MoveOutcomes.of(tallies, stops);
    assertEquals(MoveOutcomes.SHOWN, outcomes.helped().size());
    assertEquals(2, outcomes.moreHelped());
    assertEquals(MoveOutcomes.SHOWN, outcomes.stopped().size());
    assertEquals(2, outcomes.moreStopped());
    assertEquals("move-7", outcomes.helped().get(0).exerciseId(), "the most helpful are kept");
    assertEquals("move-7", outcomes.stopped().get(0).exerciseId(), "the latest stops are kept");
  }
}
