package org.backcare.toolbox.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Optional;
import org.backcare.safety.domain.ReportedSigns;
import org.junit.jupiter.api.Test;

/** The toolbox as the member sees it: moves in order, how each works for them, and the nudges. */
class ToolboxSummaryTest {

  private final ToolboxServices app = new ToolboxServices();

  private void keep(String... moves) {
    for (String move : moves) {
      app.toolbox.keep(move, Optional.empty());
    }
  }

  private void tried(String move, int before, int after) {
    app.tries.record(
        "try-" + app.records.tries.size(),
        move,
        before,
        after,
        true,
        ReportedSigns.NONE,
        Optional.empty(),
        Optional.empty());
  }

  @Test
  void eachMoveShowsItsTriesAndTheAverageChangeInStiffness() {
    keep("cat-cow", "glute-bridge");
    tried("cat-cow", 6, 3);
    tried("cat-cow", 5, 4);

    List<ToolboxSummary.Move> moves = app.summary.view("en").moves();

    assertEquals(
        List.of("cat-cow", "glute-bridge"),
        moves.stream().map(ToolboxSummary.Move::exerciseId).toList(),
        "the member's order");
    assertEquals(2, moves.get(0).tries(), "both tries count");
    assertEquals(-2.0, moves.get(0).averageChange(), "stiffness fell by 2 on average");
    assertEquals(0, moves.get(1).tries(), "a move never tried");
    assertNull(moves.get(1).averageChange(), "has no average yet");
    assertEquals("mobility", moves.get(0).kind(), "the move's kind from the catalogue");
  }

  @Test
  void aSmallLooseningOnlyToolboxIsNudgedTowardMoreAndStrength() {
    keep("cat-cow");

    assertEquals(
        List.of("ADD_MORE", "ADD_STRENGTHENING"),
        app.summary.view("en").advice(),
        "one mobility move: add moves, and one that strengthens");
  }

  @Test
  void aBalancedToolboxIsSaidToBeBalanced() {
    keep("cat-cow", "glute-bridge", "hamstring-stretch");

    assertEquals(List.of("BALANCED"), app.summary.view("en").advice(), "three moves, both kinds");
  }

  @Test
  void oneMoveIsReadFromTheSameView() {
    keep("cat-cow", "glute-bridge");
    tried("glute-bridge", 4, 2);

    ToolboxSummary.Move move = app.summary.move("glute-bridge", "en");

    assertEquals(1, move.position(), "second in the member's order");
    assertEquals(1, move.tries(), "with its try");
    assertEquals(-2.0, move.averageChange(), "and its change");
  }
}
