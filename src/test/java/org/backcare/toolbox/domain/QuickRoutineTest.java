package org.backcare.toolbox.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Table-driven: each row is a toolbox (id:kind:seconds, in toolbox order), the member's ratings
 * (id:before>after, ...), the minutes asked for, and the expected routine (ids in order).
 */
class QuickRoutineTest {

  @ParameterizedTest(name = "{0} | {1} | {2} min -> {3}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        // untried moves keep toolbox order and fill the budget
        "a:stretch:60 b:strengthen:60 c:mobility:60 | - | 5 | a b c",
        // the budget cuts what does not fit
        "a:stretch:120 b:strengthen:120 c:mobility:120 | - | 5 | a b",
        // relief ranks first: c helped most, then a, untried b after them
        "a:stretch:60 b:mobility:60 c:stretch:60 | a:6>4 c:7>2 | 5 | c a b",
        // a move that did not help goes last
        "a:stretch:60 b:mobility:60 c:stretch:60 | a:3>5 | 5 | b c a",
        // equal relief: more tries first
        "a:stretch:60 b:stretch:60 | a:5>3 b:5>3 b:6>4 | 5 | b a",
        // nothing loosening among the best: the best loosening move takes the place of the last
        "a:strengthen:120 b:strengthen:120 c:stretch:100 | a:6>2 b:6>3 | 4 | c a",
        // no loosening move at all: strengthening only
        "a:strengthen:120 b:breathing:60 | - | 5 | a b",
        // nothing fits: the shortest move alone
        "a:stretch:400 b:mobility:350 | - | 5 | b",
        // one minute budget
        "a:stretch:60 b:mobility:30 | - | 1 | a",
      })
  void buildsTheRoutine(String toolbox, String ratings, int minutes, String expected) {
    List<QuickRoutine.Candidate> candidates = new ArrayList<>();
    String[] moves = toolbox.split(" ");
    for (int i = 0; i < moves.length; i++) {
      String[] parts = moves[i].split(":");
      candidates.add(
          new QuickRoutine.Candidate(
              exercise(
                  parts[0], ExerciseKind.byKey(parts[1]).orElseThrow(), Integer.parseInt(parts[2])),
              i));
    }
    List<Exercise> routine =
        QuickRoutine.build(QuickRoutine.rank(candidates, records(ratings)), minutes);
    assertEquals(
        expected,
        routine.stream().map(Exercise::id).collect(Collectors.joining(" ")),
        () -> "routine of " + minutes + " min from " + toolbox + " rated " + ratings);
  }

  static Map<String, MoveRecord> records(String ratings) {
    Map<String, List<MoveRecord.Rating>> byMove = new HashMap<>();
    if (ratings != null) {
      for (String rating : ratings.split(" ")) {
        String[] parts = rating.split("[:>]");
        byMove
            .computeIfAbsent(parts[0], k -> new ArrayList<>())
            .add(new MoveRecord.Rating(Integer.parseInt(parts[1]), Integer.parseInt(parts[2])));
      }
    }
    Map<String, MoveRecord> records = new HashMap<>();
    byMove.forEach((id, list) -> records.put(id, MoveRecord.of(id, list)));
    return records;
  }

  /** A move whose one round lasts {@code seconds} (a single hold). */
  static Exercise exercise(String id, ExerciseKind kind, int seconds) {
    return new Exercise(
        id,
        kind,
        Set.of("lower-back"),
        Set.of(Situation.MORNING),
        1,
        false,
        Set.of(),
        new Dose(null, seconds, 1, 0, false),
        Optional.of("002_a721053a9e8a8be6.txt"),
        LocalDate.of(2026, 11, 21),
        Map.of(
            "en",
            new ExerciseText(
                id, "s", List.of("a", "b", "c"), List.of(), List.of(), "stop", "alt")));
  }

  @ParameterizedTest
  @CsvSource({"8,,1,0,false,32", ",30,2,15,true,135", "10,,3,30,false,180"})
  void doseDurationCountsSidesSetsAndRests(
      Integer reps, Integer hold, int sets, int rest, boolean perSide, int seconds) {
    assertEquals(
        seconds,
        new Dose(reps, hold, sets, rest, perSide).seconds(),
        () ->
            "seconds for reps "
                + reps
                + ", hold "
                + hold
                + ", "
                + sets
                + " sets, rest "
                + rest
                + ", per side "
                + perSide);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "- | ADD_MORE ADD_LOOSENING ADD_STRENGTHENING",
        "stretch strengthen | ADD_MORE",
        "stretch mobility strengthen | BALANCED",
        "breathing mobility stretch | ADD_STRENGTHENING",
        "strengthen strengthen breathing | ADD_LOOSENING",
        "stretch strengthen mobility stretch strengthen breathing mobility stretch | TOO_MANY",
      })
  void kitAdviceNudgesTowardABalancedToolbox(String kinds, String expected) {
    List<ExerciseKind> kit =
        kinds.equals("-")
            ? List.of()
            : Arrays.stream(kinds.split(" "))
                .map(k -> ExerciseKind.byKey(k).orElseThrow())
                .toList();
    assertEquals(
        expected,
        KitAdvice.advise(kit).stream().map(Enum::name).collect(Collectors.joining(" ")),
        "advice for a toolbox of " + kinds);
  }

  @ParameterizedTest
  @CsvSource({"3,5,-2", "7,2,5", "4,4,0"})
  void reliefIsTheDropInStiffness(int before, int after, int relief) {
    assertEquals(
        relief,
        new MoveRecord.Rating(before, after).relief(),
        "stiffness " + before + " then " + after + " is a relief of " + relief);
    assertEquals(
        relief,
        MoveRecord.of(
                "x",
                IntStream.range(0, 3).mapToObj(i -> new MoveRecord.Rating(before, after)).toList())
            .averageRelief()
            .orElseThrow(),
        1e-9,
        "three equal ratings average to that one relief");
  }
}
