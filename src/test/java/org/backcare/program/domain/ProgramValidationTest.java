package org.backcare.program.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.backcare.program.domain.CircuitItem.Part;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule of programme validation, one row each: a sound programme from {@link #program()} with
 * exactly one thing broken must give exactly one problem, and that problem must name the rule. The
 * limits themselves are accepted, so an off-by-one in a range shows up here.
 */
class ProgramValidationTest {

  private static final List<String> LOCALES = List.of("en", "es");
  private static final String REFERENCE = "004_4c30ae8cec4ea760.txt";
  private static final Set<String> REFERENCES = Set.of(REFERENCE);
  private static final Set<String> EXERCISES =
      Set.of(
          "cat-cow",
          "bird-dog",
          "glute-bridge",
          "dead-bug",
          "clamshell",
          "hip-hinge",
          "side-plank",
          "childs-pose");

  private static final CircuitItem WARM_UP = new CircuitItem("cat-cow", Part.WARM_UP, 6, null);
  private static final CircuitItem BIRD_DOG = new CircuitItem("bird-dog", Part.CIRCUIT, 8, null);
  private static final CircuitItem BRIDGE = new CircuitItem("glute-bridge", Part.CIRCUIT, 10, null);
  private static final CircuitItem COOL_DOWN =
      new CircuitItem("childs-pose", Part.COOL_DOWN, null, 30);

  private static final ProgramText PROGRAM_EN =
      new ProgramText("Steady back", "Build a steadier back.", "For a stiff back.");
  private static final ProgramText PROGRAM_ES =
      new ProgramText(
          "Espalda estable", "Construye una espalda estable.", "Para una espalda rígida.");
  private static final PhaseText PHASE_EN =
      new PhaseText("Start", "Learn the moves.", "Why it helps.", List.of("Breathe out."));
  private static final PhaseText PHASE_ES =
      new PhaseText(
          "Inicio", "Aprende los movimientos.", "Por qué ayuda.", List.of("Suelta el aire."));

  // --- the fixture: a sound programme, and the same with one part replaced ---

  private static Program program() {
    return program("steady-back", REFERENCE, 3, Map.of("en", PROGRAM_EN, "es", PROGRAM_ES));
  }

  private static Program program(
      String id, String reference, int sessionsPerWeek, Map<String, ProgramText> text) {
    return program(id, reference, sessionsPerWeek, text, List.of(phase()));
  }

  private static Program program(
      String id,
      String reference,
      int sessionsPerWeek,
      Map<String, ProgramText> text,
      List<Phase> phases) {
    return new Program(id, reference, LocalDate.of(2026, 11, 21), sessionsPerWeek, text, phases);
  }

  private static Program withPhases(Phase... phases) {
    return program(
        "steady-back", REFERENCE, 3, Map.of("en", PROGRAM_EN, "es", PROGRAM_ES), List.of(phases));
  }

  private static Phase phase() {
    return timing(2, 60, null);
  }

  private static Phase timingWithId(String id, int walkMinutes) {
    Phase phase = timing(2, 60, walkMinutes);
    return new Phase(
        id,
        phase.restDays(),
        phase.roundRestSeconds(),
        phase.walkMinutes(),
        phase.items(),
        phase.text());
  }

  private static Phase timing(int restDays, int roundRestSeconds, Integer walkMinutes) {
    return new Phase(
        "start",
        restDays,
        roundRestSeconds,
        walkMinutes,
        List.of(WARM_UP, BIRD_DOG, BRIDGE, COOL_DOWN),
        Map.of("en", PHASE_EN, "es", PHASE_ES));
  }

  private static Phase items(CircuitItem... items) {
    return new Phase("start", 2, 60, null, List.of(items), Map.of("en", PHASE_EN, "es", PHASE_ES));
  }

  private static Phase phaseText(Map<String, PhaseText> text) {
    return new Phase("start", 2, 60, null, List.of(WARM_UP, BIRD_DOG, BRIDGE, COOL_DOWN), text);
  }

  private static Phase phaseId(String id) {
    return new Phase(
        id,
        2,
        60,
        null,
        List.of(WARM_UP, BIRD_DOG, BRIDGE, COOL_DOWN),
        Map.of("en", PHASE_EN, "es", PHASE_ES));
  }

  private static CircuitItem circuit(String exercise) {
    return new CircuitItem(exercise, Part.CIRCUIT, 8, null);
  }

  private static List<String> problems(List<Program> programs) {
    return ProgramValidation.problems(programs, LOCALES, REFERENCES, EXERCISES);
  }

  // --- the tests ---

  @Test
  void aSoundProgrammeHasNoProblems() {
    assertEquals(
        List.of(), problems(List.of(program())), "a sound programme loads without problems");
  }

  @Test
  void twoSoundProgrammesWithTheirOwnIdsHaveNoProblems() {
    Program other = program("desk-reset", REFERENCE, 5, Map.of("en", PROGRAM_EN, "es", PROGRAM_ES));
    assertEquals(
        List.of(),
        problems(List.of(program(), other)),
        "two sound programmes with their own ids load without problems");
  }

  static Stream<Arguments> oneThingBroken() {
    Map<String, ProgramText> bothTexts = Map.of("en", PROGRAM_EN, "es", PROGRAM_ES);
    String where = "programme 'steady-back'";
    String phase = where + ", phase 'start'";
    return Stream.of(
        // the programme
        row("no programmes at all", List.of(), "there are no programmes"),
        row(
            "upper-case id",
            List.of(program("Steady-Back", REFERENCE, 3, bothTexts)),
            "programme 'Steady-Back': the id must be lower-case words joined by hyphens"),
        row(
            "id with an underscore",
            List.of(program("steady_back", REFERENCE, 3, bothTexts)),
            "programme 'steady_back': the id must be lower-case words joined by hyphens"),
        row(
            "id ending in a hyphen",
            List.of(program("steady-", REFERENCE, 3, bothTexts)),
            "programme 'steady-': the id must be lower-case words joined by hyphens"),
        row("id used twice", List.of(program(), program()), where + ": the id is used twice"),
        row(
            "unknown reference",
            List.of(program("steady-back", "999_missing.txt", 3, bothTexts)),
            where + ": unknown reference '999_missing.txt'"),
        row(
            "no sessions a week",
            List.of(program("steady-back", REFERENCE, 0, bothTexts)),
            where + ": sessionsPerWeek must be 1 to 7"),
        row(
            "eight sessions a week",
            List.of(program("steady-back", REFERENCE, 8, bothTexts)),
            where + ": sessionsPerWeek must be 1 to 7"),
        row("no phases", List.of(withPhases()), where + ": it has no phases"),
        row(
            "no es programme text",
            List.of(program("steady-back", REFERENCE, 3, Map.of("en", PROGRAM_EN))),
            where + ": the es text needs a name, summary and whoFor"),
        row(
            "blank en programme name",
            List.of(
                program(
                    "steady-back",
                    REFERENCE,
                    3,
                    Map.of("en", new ProgramText(" ", "s", "w"), "es", PROGRAM_ES))),
            where + ": the en text needs a name, summary and whoFor"),
        row(
            "empty es summary",
            List.of(
                program(
                    "steady-back",
                    REFERENCE,
                    3,
                    Map.of("en", PROGRAM_EN, "es", new ProgramText("n", "", "w")))),
            where + ": the es text needs a name, summary and whoFor"),
        row(
            "null en whoFor",
            List.of(
                program(
                    "steady-back",
                    REFERENCE,
                    3,
                    Map.of("en", new ProgramText("n", "s", null), "es", PROGRAM_ES))),
            where + ": the en text needs a name, summary and whoFor"),
        // the phase's id and timing
        row(
            "phase id with a space",
            List.of(withPhases(phaseId("first step"))),
            "programme 'steady-back', phase 'first step': the id must be lower-case words joined"
                + " by hyphens"),
        row(
            "phase used twice",
            List.of(withPhases(phase(), phase())),
            where + ": phase 'start' is used twice"),
        row(
            "no rest days (two climbs in one day)",
            List.of(withPhases(timing(0, 60, null))),
            phase + ": restDays must be 1 to 7 (at most one climb a day)"),
        row(
            "one rest day with three sessions a week",
            List.of(withPhases(timing(1, 60, null))),
            phase + ": restDays 1 allows more than 3 sessions a week (at least 2)"),
        row(
            "a walk that doubles from one phase to the next",
            List.of(withPhases(timingWithId("first", 10), timingWithId("second", 20))),
            "phase 'second': the walk grows from 10 to 20 minutes (at most 15)"),
        row(
            "negative rest days",
            List.of(withPhases(timing(-1, 60, null))),
            phase + ": restDays must be 1 to 7"),
        row(
            "eight rest days",
            List.of(withPhases(timing(8, 60, null))),
            phase + ": restDays must be 1 to 7"),
        row(
            "14 s between rounds",
            List.of(withPhases(timing(2, 14, null))),
            phase + ": roundRestSeconds must be 15 to 180"),
        row(
            "181 s between rounds",
            List.of(withPhases(timing(2, 181, null))),
            phase + ": roundRestSeconds must be 15 to 180"),
        row(
            "no-minute walk",
            List.of(withPhases(timing(2, 60, 0))),
            phase + ": walkMinutes must be 1 to 120"),
        row(
            "121-minute walk",
            List.of(withPhases(timing(2, 60, 121))),
            phase + ": walkMinutes must be 1 to 120"),
        // the session's moves
        row(
            "one-move circuit",
            List.of(withPhases(items(WARM_UP, BIRD_DOG, COOL_DOWN))),
            phase + ": the circuit needs 2 to 6 moves, not 1"),
        row(
            "circuit of warm-up and cool-down only",
            List.of(withPhases(items(WARM_UP, COOL_DOWN))),
            phase + ": the circuit needs 2 to 6 moves, not 0"),
        row(
            "seven-move circuit",
            List.of(
                withPhases(
                    items(
                        BIRD_DOG,
                        BRIDGE,
                        circuit("dead-bug"),
                        circuit("clamshell"),
                        circuit("hip-hinge"),
                        circuit("side-plank"),
                        circuit("cat-cow")))),
            phase + ": the circuit needs 2 to 6 moves, not 7"),
        row(
            "unknown exercise",
            List.of(withPhases(items(WARM_UP, BIRD_DOG, circuit("moon-walk"), COOL_DOWN))),
            phase + ": unknown exercise 'moon-walk'"),
        row(
            "exercise twice in the circuit",
            List.of(withPhases(items(WARM_UP, BIRD_DOG, BRIDGE, BIRD_DOG, COOL_DOWN))),
            phase + ": exercise 'bird-dog' appears twice"),
        row(
            "exercise in the warm-up and again in the circuit",
            List.of(withPhases(items(WARM_UP, BIRD_DOG, BRIDGE, circuit("cat-cow"), COOL_DOWN))),
            phase + ": exercise 'cat-cow' appears twice"),
        row(
            "no repetitions",
            List.of(
                withPhases(
                    items(
                        WARM_UP,
                        BIRD_DOG,
                        new CircuitItem("glute-bridge", Part.CIRCUIT, 0, null),
                        COOL_DOWN))),
            phase + ": 'glute-bridge' needs 1 to 30 repetitions"),
        row(
            "31 repetitions",
            List.of(
                withPhases(
                    items(
                        WARM_UP,
                        BIRD_DOG,
                        new CircuitItem("glute-bridge", Part.CIRCUIT, 31, null),
                        COOL_DOWN))),
            phase + ": 'glute-bridge' needs 1 to 30 repetitions"),
        row(
            "4 s hold",
            List.of(
                withPhases(
                    items(
                        WARM_UP,
                        BIRD_DOG,
                        BRIDGE,
                        new CircuitItem("childs-pose", Part.COOL_DOWN, null, 4)))),
            phase + ": 'childs-pose' needs a hold of 5 to 90 seconds"),
        row(
            "91 s hold",
            List.of(
                withPhases(
                    items(
                        WARM_UP,
                        BIRD_DOG,
                        BRIDGE,
                        new CircuitItem("childs-pose", Part.COOL_DOWN, null, 91)))),
            phase + ": 'childs-pose' needs a hold of 5 to 90 seconds"),
        // the phase's words
        row(
            "no es phase text",
            List.of(withPhases(phaseText(Map.of("en", PHASE_EN)))),
            phase + ": the es text needs a name, goal, education and cues"),
        row(
            "blank en phase name",
            List.of(
                withPhases(
                    phaseText(
                        Map.of("en", new PhaseText(" ", "g", "e", List.of("c")), "es", PHASE_ES)))),
            phase + ": the en text needs a name, goal, education and cues"),
        row(
            "blank es goal",
            List.of(
                withPhases(
                    phaseText(
                        Map.of("en", PHASE_EN, "es", new PhaseText("n", "", "e", List.of("c")))))),
            phase + ": the es text needs a name, goal, education and cues"),
        row(
            "blank en education",
            List.of(
                withPhases(
                    phaseText(
                        Map.of(
                            "en", new PhaseText("n", "g", "\t", List.of("c")), "es", PHASE_ES)))),
            phase + ": the en text needs a name, goal, education and cues"),
        row(
            "one blank es cue among good ones",
            List.of(
                withPhases(
                    phaseText(
                        Map.of(
                            "en",
                            PHASE_EN,
                            "es",
                            new PhaseText("n", "g", "e", List.of("Suelta el aire.", " ")))))),
            phase + ": the es text needs a name, goal, education and cues"));
  }

  private static Arguments row(String rule, List<Program> programs, String problem) {
    return Arguments.of(rule, programs, problem);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("oneThingBroken")
  void oneBrokenRuleGivesExactlyThatProblem(String rule, List<Program> programs, String problem) {
    List<String> problems = problems(programs);
    assertEquals(1, problems.size(), rule + " should give one problem: " + problems);
    assertTrue(
        problems.get(0).contains(problem),
        rule + ": expected '" + problem + "' in " + problems.get(0));
  }

  static Stream<Arguments> limitsAccepted() {
    Map<String, ProgramText> bothTexts = Map.of("en", PROGRAM_EN, "es", PROGRAM_ES);
    return Stream.of(
        Arguments.of(
            "one session a week with a week's rest",
            program("steady-back", REFERENCE, 1, bothTexts, List.of(timing(7, 60, null)))),
        Arguments.of(
            "one rest day with five sessions a week",
            program("steady-back", REFERENCE, 5, bothTexts, List.of(timing(1, 60, null)))),
        Arguments.of(
            "a walk half as long again each phase",
            withPhases(
                timingWithId("first", 10), timingWithId("second", 15), timingWithId("third", 23))),
        Arguments.of("seven sessions a week", program("steady-back", REFERENCE, 7, bothTexts)),
        Arguments.of("single-word id", program("steady", REFERENCE, 3, bothTexts)),
        Arguments.of("id with digits", program("phase-2-back", REFERENCE, 3, bothTexts)),
        Arguments.of("two rest days", withPhases(timing(2, 60, null))),
        Arguments.of("seven rest days", withPhases(timing(7, 60, null))),
        Arguments.of("15 s between rounds", withPhases(timing(2, 15, null))),
        Arguments.of("180 s between rounds", withPhases(timing(2, 180, null))),
        Arguments.of("one-minute walk", withPhases(timing(2, 60, 1))),
        Arguments.of("120-minute walk", withPhases(timing(2, 60, 120))),
        Arguments.of("two-move circuit without warm-up", withPhases(items(BIRD_DOG, BRIDGE))),
        Arguments.of(
            "six-move circuit",
            withPhases(
                items(
                    BIRD_DOG,
                    BRIDGE,
                    circuit("dead-bug"),
                    circuit("clamshell"),
                    circuit("hip-hinge"),
                    circuit("side-plank")))),
        Arguments.of(
            "1 and 30 repetitions",
            withPhases(
                items(
                    new CircuitItem("bird-dog", Part.CIRCUIT, 1, null),
                    new CircuitItem("glute-bridge", Part.CIRCUIT, 30, null)))),
        Arguments.of(
            "5 and 90 s holds",
            withPhases(
                items(
                    new CircuitItem("side-plank", Part.CIRCUIT, null, 5),
                    new CircuitItem("childs-pose", Part.CIRCUIT, null, 90)))),
        Arguments.of(
            "two phases with their own ids", withPhases(phaseId("start"), phaseId("next-step"))),
        Arguments.of(
            "an extra language beyond the required ones",
            program(
                "steady-back",
                REFERENCE,
                3,
                Map.of(
                    "en",
                    PROGRAM_EN,
                    "es",
                    PROGRAM_ES,
                    "fr",
                    new ProgramText("Dos stable", "r", "p")))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("limitsAccepted")
  void limitsAreAccepted(String rule, Program program) {
    assertEquals(List.of(), problems(List.of(program)), rule);
  }

  @Test
  void everyProblemIsListedNotOnlyTheFirst() {
    Program broken =
        program(
            "Broken",
            "999_missing.txt",
            9,
            Map.of("en", PROGRAM_EN),
            List.of(
                new Phase(
                    "start",
                    9,
                    5,
                    0,
                    List.of(BIRD_DOG, circuit("moon-walk")),
                    Map.of("en", PHASE_EN))));
    List<String> problems = new ArrayList<>(problems(List.of(broken, program())));
    List<String> expected =
        List.of(
            "programme 'Broken': the id must be lower-case words joined by hyphens",
            "programme 'Broken': unknown reference '999_missing.txt'",
            "programme 'Broken': sessionsPerWeek must be 1 to 7",
            "programme 'Broken': the es text needs a name, summary and whoFor",
            "programme 'Broken', phase 'start': restDays must be 1 to 7 (at most one climb a day)",
            "programme 'Broken', phase 'start': roundRestSeconds must be 15 to 180",
            "programme 'Broken', phase 'start': walkMinutes must be 1 to 120",
            "programme 'Broken', phase 'start': unknown exercise 'moon-walk'",
            "programme 'Broken', phase 'start': the es text needs a name, goal, education and cues");
    assertEquals(expected, problems, "all problems of the broken programme, none of the sound one");
  }
}
