package org.backcare.tenant.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Employer settings that would make progression unsafe are refused or cannot shorten rest. */
class ProgressionSettingsTest {

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "the default | 3,4,5 | ",
        "a longer gentle ladder | 2,3,4,6 | ",
        "two rungs half again | 3,5 | ",
        "from one round | 1,2,3 | ",
        "a single rung | 5 | at least two rungs",
        "a leap | 1,10 | rise gradually, but 10 follows 1 (at most 2)",
        "a leap at the top | 3,4,7 | rise gradually, but 7 follows 4 (at most 6)",
        "falling | 4,3 | must rise",
      })
  void aLadderRisesGradually(String rule, String ladder, String problem) {
    Optional<String> found =
        ProgressionSettings.ladderProblem(
            Arrays.stream(ladder.split(",")).map(Integer::valueOf).toList());
    if (problem == null) {
      assertEquals(Optional.empty(), found, rule);
    } else {
      assertTrue(found.orElse("").contains(problem), rule + ": " + found);
    }
  }

  @Test
  void anEmployerCanLengthenRestButNeverShortenIt() {
    ProgressionSettings shorter = new ProgressionSettings(List.of(3, 4, 5), 4, 1);
    assertEquals(2, shorter.restDaysOr(2), "a phase's two days stay two");
    ProgressionSettings longer = new ProgressionSettings(List.of(3, 4, 5), 4, 3);
    assertEquals(3, longer.restDaysOr(2), "rest-days 3 lengthens a phase's two days to three");
    assertEquals(
        2,
        ProgressionSettings.DEFAULTS.restDaysOr(2),
        "without rest-days, each phase keeps its own rest");
  }
}
