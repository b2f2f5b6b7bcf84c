package org.backcare.program.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.backcare.program.domain.CircuitItem;
import org.backcare.program.domain.Phase;
import org.backcare.program.domain.PhaseText;
import org.backcare.program.domain.Program;
import org.backcare.program.domain.ProgramCatalogue;
import org.backcare.toolbox.application.ShippedExercises;
import org.backcare.toolbox.domain.Exercise;
import org.junit.jupiter.api.Test;

/**
 * The shipped programmes themselves: they load against the real catalogue and say what they mean.
 */
class ShippedProgramsTest {

  private final Set<String> exerciseIds =
      ShippedExercises.load("content/exercises.json").all().stream()
          .map(Exercise::id)
          .collect(Collectors.toUnmodifiableSet());

  private final ProgramCatalogue catalogue =
      ShippedPrograms.load("content/programs.json", exerciseIds);

  private Program program(String id) {
    return catalogue.find(id).orElseThrow(() -> new AssertionError(id + " is not shipped"));
  }

  @Test
  void theThreeProgrammesAreShipped() {
    assertEquals(
        List.of("core-foundations", "walkers-back", "desk-reset"),
        catalogue.programs().stream().map(Program::id).toList(),
        "shipped programmes, in the order they are offered");
  }

  @Test
  void coreFoundationsHasThreePhasesOfCatalogueMoves() {
    Program core = program("core-foundations");
    assertEquals(
        List.of("control", "hips", "load"),
        core.phases().stream().map(Phase::id).toList(),
        "core-foundations phases");
    for (Phase phase : core.phases()) {
      List<CircuitItem> circuit = phase.part(CircuitItem.Part.CIRCUIT);
      assertTrue(
          circuit.size() >= 2 && circuit.size() <= 6, phase.id() + " circuit: " + circuit.size());
      for (CircuitItem item : phase.items()) {
        assertTrue(
            exerciseIds.contains(item.exerciseId()),
            phase.id() + " uses " + item.exerciseId() + ", which is not in the catalogue");
      }
    }
  }

  @Test
  void walkersBackWalksLongerPhaseByPhase() {
    List<Phase> phases = program("walkers-back").phases();
    assertTrue(phases.size() >= 2, "walkers-back needs phases to rise through: " + phases.size());
    Integer previous = null;
    for (Phase phase : phases) {
      assertNotNull(phase.walkMinutes(), phase.id() + " suggests no walk");
      if (previous != null) {
        assertTrue(
            phase.walkMinutes() > previous,
            phase.id() + " walks " + phase.walkMinutes() + " min, not more than " + previous);
      }
      previous = phase.walkMinutes();
    }
  }

  @Test
  void deskResetIsShippedWithPhases() {
    Program desk = program("desk-reset");
    assertFalse(desk.phases().isEmpty(), "desk-reset phases");
  }

  @Test
  void everyPhaseIsWrittenInEnglishAndSpanish() {
    for (Program program : catalogue.programs()) {
      for (Phase phase : program.phases()) {
        for (String locale : List.of("en", "es")) {
          PhaseText text = phase.text().get(locale);
          String where = program.id() + "/" + phase.id() + " in " + locale;
          assertNotNull(text, where + " is missing");
          assertFalse(text.name().isBlank(), where + " has no name");
          assertFalse(text.goal().isBlank(), where + " has no goal");
          assertFalse(text.education().isBlank(), where + " has no education");
        }
      }
    }
  }

  @Test
  void aBrokenFileStopsStartUpWithEveryProblem() {
    IllegalStateException failure =
        assertThrows(
            IllegalStateException.class,
            () -> ShippedPrograms.load("content-test/broken-programs.json", exerciseIds),
            "a programmes file with broken entries stops start-up");
    String message = failure.getMessage();
    assertTrue(message.startsWith("content-test/broken-programs.json is invalid"), message);
    assertTrue(message.contains("programme 'unknown-part': unknown part 'main-set'"), message);
    assertTrue(
        message.contains("programme 'gone-move', phase 'start': unknown exercise 'moon-walk'"),
        message);
    assertTrue(
        message.contains(
            "programme 'gone-move', phase 'start': the es text needs a name, goal, education and"
                + " cues"),
        message);
    assertTrue(
        message.contains(
            "programme 'too-many-reps', phase 'start': 'bird-dog' needs 1 to 30 repetitions"),
        message);
  }
}
