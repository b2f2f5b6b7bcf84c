package org.backcare.program.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.backcare.program.domain.CircuitItem.Part;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A session's length, worked out by hand in each row: a repetition takes 4 s, a hold its seconds, a
 * move done on each side twice that, every move 10 s to change over; warm-up and cool-down once,
 * the circuit every round, the round rest between rounds, rounded up to whole minutes.
 */
class SessionPlanTest {

  private static CircuitItem reps(String exercise, Part part, int reps) {
    return new CircuitItem(exercise, part, reps, null);
  }

  private static CircuitItem hold(String exercise, Part part, int seconds) {
    return new CircuitItem(exercise, part, null, seconds);
  }

  private static Phase phase(int roundRestSeconds, Integer walkMinutes, CircuitItem... items) {
    return new Phase("start", 1, roundRestSeconds, walkMinutes, List.of(items), Map.of());
  }

  static Stream<Arguments> sessions() {
    Phase warmCircuitCool =
        phase(
            60,
            null,
            reps("cat-cow", Part.WARM_UP, 5), // 5 x 4 + 10 = 30 s, once
            reps("bird-dog", Part.CIRCUIT, 10), // 10 x 4 + 10 = 50 s a round
            hold("glute-bridge", Part.CIRCUIT, 20), // 20 + 10 = 30 s a round
            hold("childs-pose", Part.COOL_DOWN, 30)); // 30 + 10 = 40 s, once
    Phase sixtySecondCircuit =
        phase(
            60,
            null,
            reps("bird-dog", Part.CIRCUIT, 5), // 5 x 4 + 10 = 30 s
            reps("dead-bug", Part.CIRCUIT, 5)); // 5 x 4 + 10 = 30 s
    return Stream.of(
        Arguments.of(
            "warm-up and cool-down once, circuit three times, two rests: 30 + 3 x 80 + 40 + 2 x"
                + " 60 = 430 s",
            warmCircuitCool,
            3,
            Set.of(),
            8),
        Arguments.of(
            "the same with a walk: the walk is not part of the session",
            phase(
                60,
                30,
                reps("cat-cow", Part.WARM_UP, 5),
                reps("bird-dog", Part.CIRCUIT, 10),
                hold("glute-bridge", Part.CIRCUIT, 20),
                hold("childs-pose", Part.COOL_DOWN, 30)),
            3,
            Set.of(),
            8),
        Arguments.of(
            "one round has no rest: 30 + 80 + 40 = 150 s", warmCircuitCool, 1, Set.of(), 3),
        Arguments.of("exactly 60 s is one minute", sixtySecondCircuit, 1, Set.of(), 1),
        Arguments.of(
            "two rounds and one rest: 2 x 60 + 60 = 180 s", sixtySecondCircuit, 2, Set.of(), 3),
        Arguments.of(
            "five rounds and four rests: 5 x 60 + 4 x 60 = 540 s",
            sixtySecondCircuit,
            5,
            Set.of(),
            9),
        Arguments.of(
            "one second over a minute rounds up: 30 + (21 + 10) = 61 s",
            phase(60, null, reps("bird-dog", Part.CIRCUIT, 5), hold("plank", Part.CIRCUIT, 21)),
            1,
            Set.of(),
            2),
        Arguments.of(
            "a hold on each side doubles the hold, not the change-over: 2 x 60 + 10 + 50 = 180 s",
            phase(
                60, null, hold("side-plank", Part.CIRCUIT, 60), reps("bird-dog", Part.CIRCUIT, 10)),
            1,
            Set.of("side-plank"),
            3),
        Arguments.of(
            "repetitions on each side double too: 2 x 15 x 4 + 10 + 50 = 180 s",
            phase(60, null, reps("bird-dog", Part.CIRCUIT, 15), reps("dead-bug", Part.CIRCUIT, 10)),
            1,
            Set.of("bird-dog"),
            3),
        Arguments.of(
            "a warm-up on each side is doubled once, not per round: (2 x 30 + 10) + 2 x 60 + 60 ="
                + " 250 s",
            phase(
                60,
                null,
                hold("hip-flexor-stretch", Part.WARM_UP, 30),
                reps("bird-dog", Part.CIRCUIT, 5),
                reps("dead-bug", Part.CIRCUIT, 5)),
            2,
            Set.of("hip-flexor-stretch"),
            5),
        Arguments.of(
            "long round rest: 3 x 60 + 2 x 180 = 540 s",
            phase(180, null, reps("bird-dog", Part.CIRCUIT, 5), reps("dead-bug", Part.CIRCUIT, 5)),
            3,
            Set.of(),
            9));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sessions")
  void minutes(String sum, Phase phase, int rounds, Set<String> perSide, int minutes) {
    assertEquals(minutes, SessionPlan.minutes(phase, rounds, perSide::contains), sum);
  }
}
