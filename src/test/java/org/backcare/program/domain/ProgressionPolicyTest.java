package org.backcare.program.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.backcare.safety.domain.RedFlag;
import org.backcare.tenant.domain.ProgressionSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every rule and edge of the progression policy, one row each: the member's rung (phase.step), the
 * session (completed, before, after, red flag), the check-in (hours after, rating, red flag; "-"
 * for none), the settings (threshold, ladder), and the expected outcome and next rung.
 */
class ProgressionPolicyTest {

  private static final Instant SESSION = Instant.parse("2026-11-20T08:00:00Z");

  /** For the rows below, the member entered their phase long ago: the phase week has passed. */
  private static final Instant LONG_IN_PHASE = SESSION.minus(Duration.ofDays(30));

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        // climbing
        "climb a rung | 0.0 | true | 5 | 3 | - | - | - | - | 4 | 3,4,5 | ADVANCE | 0.1 | false | - | 1",
        "after equal to the threshold still climbs | 0.1 | true | 6 | 4 | - | - | - | - | 4 | 3,4,5 | ADVANCE | 0.2 | false | - | 1",
        "after equal to before still climbs | 0.0 | true | 3 | 3 | - | - | - | - | 4 | 3,4,5 | ADVANCE | 0.1 | false | - | 1",
        "top rung opens the next phase | 0.2 | true | 4 | 2 | - | - | - | - | 4 | 3,4,5 | ADVANCE | 1.0 | false | - | 1",
        "top rung of the last phase finishes | 2.2 | true | 2 | 1 | - | - | - | - | 4 | 3,4,5 | ADVANCE | 2.2 | true | - | 1",
        "missing check-in: the session decides | 1.1 | true | 4 | 2 | - | - | - | - | 4 | 3,4,5 | ADVANCE | 1.2 | false | - | 1",
        // staying
        "over the threshold stays | 0.1 | true | 6 | 5 | - | - | - | - | 4 | 3,4,5 | STAY | 0.1 | false | - | 1",
        "worse after than before stays | 0.1 | true | 2 | 3 | - | - | - | - | 4 | 3,4,5 | STAY | 0.1 | false | - | 1",
        "cut short stays | 0.1 | false | 3 | 2 | - | - | - | - | 4 | 3,4,5 | STAY | 0.1 | false | - | 1",
        "cut short without an after rating stays | 0.1 | false | 3 | - | - | - | - | - | 4 | 3,4,5 | STAY | 0.1 | false | - | 1",
        // stepping back on the next-day check-in
        "worse next day steps back | 0.2 | true | 3 | 2 | - | 30 | 5 | - | 4 | 3,4,5 | STEP_BACK | 0.1 | false | - | 1",
        "worse at 24 h exactly steps back | 0.1 | true | 3 | 2 | - | 24 | 4 | - | 4 | 3,4,5 | STEP_BACK | 0.0 | false | - | 1",
        "worse at 48 h exactly steps back | 0.1 | true | 3 | 2 | - | 48 | 4 | - | 4 | 3,4,5 | STEP_BACK | 0.0 | false | - | 1",
        "check-in too early is not the next day | 0.1 | true | 3 | 2 | - | 12 | 6 | - | 4 | 3,4,5 | ADVANCE | 0.2 | false | - | 1",
        "check-in too late is not the next day | 0.1 | true | 3 | 2 | - | 60 | 6 | - | 4 | 3,4,5 | ADVANCE | 0.2 | false | - | 1",
        "same as the start next day is fine | 0.1 | true | 3 | 2 | - | 30 | 3 | - | 4 | 3,4,5 | ADVANCE | 0.2 | false | - | 1",
        "first rung of a phase steps back into the previous phase | 1.0 | true | 3 | 2 | - | 30 | 6 | - | 4 | 3,4,5 | STEP_BACK | 0.2 | false | - | 1",
        "first rung of the first phase undoes the climb | 0.0 | true | 3 | 2 | - | 30 | 6 | - | 4 | 3,4,5 | STEP_BACK | 0.0 | false | - | 1",
        // pausing for care
        "red flag at the session pauses | 1.1 | true | 3 | 2 | PAIN_DOWN_LEG | - | - | - | 4 | 3,4,5 | PAUSE_FOR_CARE | 1.1 | false | - | 1",
        "red flag at the check-in pauses | 1.1 | true | 3 | 2 | - | 30 | 2 | NUMBNESS_TINGLING_WEAKNESS | 4 | 3,4,5 | PAUSE_FOR_CARE | 1.1 | false | - | 1",
        "red flag beats everything else | 0.2 | true | 2 | 1 | BLADDER_BOWEL | 30 | 8 | - | 4 | 3,4,5 | PAUSE_FOR_CARE | 0.2 | false | - | 1",
        "red flag in a late check-in still pauses | 0.0 | true | 3 | 2 | - | 90 | 2 | SHARP_PAIN | 4 | 3,4,5 | PAUSE_FOR_CARE | 0.0 | false | - | 1",
        // resting between sessions
        "too soon after the previous session stays | 0.1 | true | 3 | 2 | - | - | - | - | 4 | 3,4,5 | STAY | 0.1 | false | 10 | 1",
        "a day later climbs | 0.1 | true | 3 | 2 | - | - | - | - | 4 | 3,4,5 | ADVANCE | 0.2 | false | 24 | 1",
        "a little earlier in the day still counts as rested | 0.1 | true | 3 | 2 | - | - | - | - | 4 | 3,4,5 | ADVANCE | 0.2 | false | 21 | 1",
        "two rest days need two days | 0.1 | true | 3 | 2 | - | - | - | - | 4 | 3,4,5 | STAY | 0.1 | false | 30 | 2",
        "rest 0 still climbs at most once a day | 0.1 | true | 3 | 2 | - | - | - | - | 4 | 3,4,5 | STAY | 0.1 | false | 2 | 0",
        "rest 0 climbs again the next day | 0.1 | true | 3 | 2 | - | - | - | - | 4 | 3,4,5 | ADVANCE | 0.2 | false | 22 | 0",
        "red flag pauses even when too soon | 0.1 | true | 3 | 2 | SHARP_PAIN | - | - | - | 4 | 3,4,5 | PAUSE_FOR_CARE | 0.1 | false | 2 | 1",
        // tenant overrides
        "stricter threshold stays | 0.0 | true | 5 | 4 | - | - | - | - | 3 | 3,4,5 | STAY | 0.0 | false | - | 1",
        "longer ladder climbs within the phase | 0.2 | true | 4 | 2 | - | - | - | - | 4 | 2,3,4,6 | ADVANCE | 0.3 | false | - | 1",
        "two-rung ladder opens the next phase sooner | 0.1 | true | 4 | 2 | - | - | - | - | 4 | 3,5 | ADVANCE | 1.0 | false | - | 1",
      })
  void decides(
      String rule,
      String rung,
      boolean completed,
      int before,
      Integer after,
      String sessionFlag,
      Integer checkInHours,
      Integer checkInRating,
      String checkInFlag,
      int threshold,
      String ladder,
      Decision.Outcome outcome,
      String next,
      boolean finished,
      Integer previousHours,
      int restDays) {
    SessionResult session =
        new SessionResult(SESSION, completed, before, after, flags(sessionFlag));
    Optional<CheckIn> checkIn =
        checkInHours == null
            ? Optional.empty()
            : Optional.of(
                new CheckIn(
                    SESSION.plus(Duration.ofHours(checkInHours)),
                    checkInRating,
                    flags(checkInFlag)));
    List<Integer> rungs = java.util.Arrays.stream(ladder.split(",")).map(Integer::valueOf).toList();
    Optional<History.Previous> previous =
        previousHours == null
            ? Optional.empty()
            : Optional.of(
                new History.Previous(SESSION.minus(Duration.ofHours(previousHours)), true));
    Decision decision =
        ProgressionPolicy.decide(
            new History(rung(rung), 3, session, previous, LONG_IN_PHASE, checkIn),
            new ProgressionSettings(rungs, threshold, restDays));
    String reason = decision.reason(Locale.ENGLISH);
    assertEquals(outcome, decision.outcome(), rule + ": " + reason);
    assertEquals(rung(next), decision.next(), rule);
    assertEquals(finished, decision.finished(), rule);
    assertFalse(reason.isBlank(), "every decision is explained");
    assertFalse(
        decision.reason(Locale.forLanguageTag("es")).equals(reason), "explained in Spanish too");
    if (outcome == Decision.Outcome.PAUSE_FOR_CARE) {
      assertTrue(reason.contains("care"), reason);
    }
    for (Integer number : decision.reasonArgs()) {
      assertTrue(reason.contains(String.valueOf(number)), reason + " quotes " + number);
    }
  }

  private static Rung rung(String text) {
    String[] parts = text.split("\\.");
    return new Rung(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
  }

  private static Set<RedFlag> flags(String flag) {
    return flag == null ? Set.of() : EnumSet.of(RedFlag.valueOf(flag));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // rule | before the session | next day | clearly worse
        "two points worse is clearly worse | 3 | 5 | true",
        "a lot worse is clearly worse | 1 | 9 | true",
        "one point worse steps back without the care guidance | 3 | 4 | false",
        "the same is not worse | 3 | 3 | false",
        "better is not worse | 5 | 2 | false",
      })
  void aNextDayClearlyWorseThanTheStartCallsForCare(
      String rule, int before, int nextDay, boolean clearlyWorse) {
    SessionResult session = new SessionResult(SESSION, true, before, before, Set.of());
    CheckIn checkIn = new CheckIn(SESSION.plus(Duration.ofHours(30)), nextDay, Set.of());
    assertEquals(clearlyWorse, ProgressionPolicy.clearlyWorse(session, checkIn), rule);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        // rule | rung | days in the phase | previous session hours ago | its check-in came |
        // outcome | next | reason
        "a top rung after 7 days opens the next phase | 0.2 | 7 | 48 | true | ADVANCE | 1.0 | next-phase",
        "a top rung after 6 days waits for the week | 0.2 | 6 | 48 | true | STAY | 0.2 | phase-week",
        "a top rung on day 4 of every-other-day training waits | 1.2 | 4 | 48 | true | STAY | 1.2 | phase-week",
        "the week allows the same three hours as the rest rule | 0.2 | 7 | 45 | true | ADVANCE | 1.0 | next-phase",
        "a climb within a phase does not wait for the week | 0.1 | 2 | 48 | true | ADVANCE | 0.2 | climb",
        "no check-in after the previous session: no climb | 0.1 | 10 | 48 | false | STAY | 0.1 | no-check-in",
        "no check-in blocks the next phase too | 0.2 | 10 | 48 | false | STAY | 0.2 | no-check-in",
        "the first session needs no earlier check-in | 0.0 | 0 | - | false | ADVANCE | 0.1 | climb",
      })
  void aPhaseLastsAWeekAndAClimbWaitsForTheLastCheckIn(
      String rule,
      String rung,
      int daysInPhase,
      Integer previousHours,
      boolean checkedIn,
      Decision.Outcome outcome,
      String next,
      String reason) {
    SessionResult session = new SessionResult(SESSION, true, 3, 2, Set.of());
    Optional<History.Previous> previous =
        previousHours == null
            ? Optional.empty()
            : Optional.of(
                new History.Previous(SESSION.minus(Duration.ofHours(previousHours)), checkedIn));
    Instant phaseSince =
        SESSION
            .minus(Duration.ofDays(daysInPhase))
            .plus(Duration.ofHours(daysInPhase == 7 ? 2 : 0));
    Decision decision =
        ProgressionPolicy.decide(
            new History(rung(rung), 3, session, previous, phaseSince, Optional.empty()),
            new ProgressionSettings(List.of(3, 4, 5), 4, 2));
    assertEquals(outcome, decision.outcome(), rule + ": " + decision.reason(Locale.ENGLISH));
    assertEquals(rung(next), decision.next(), rule);
    assertEquals(reason, decision.reasonKey(), rule);
    for (Integer number : decision.reasonArgs()) {
      assertTrue(
          decision.reason(Locale.ENGLISH).contains(String.valueOf(number)), rule + ": " + number);
    }
  }

  /**
   * A member who trains every day it lets them and answers every check-in well never opens a new
   * phase in less than a week: four weeks of daily sessions reach the third phase at the earliest
   * on day 14, and the loaded phase of a three-phase programme is never open in the first week.
   */
  @Test
  void aDailyMemberClimbsNoMoreThanAPhaseAWeek() {
    Rung rung = Rung.START;
    Instant phaseSince = SESSION;
    Optional<History.Previous> previous = Optional.empty();
    ProgressionSettings settings = new ProgressionSettings(List.of(3, 4, 5), 4, 1);
    for (int day = 0; day < 28; day++) {
      Instant at = SESSION.plus(Duration.ofDays(day));
      Decision decision =
          ProgressionPolicy.decide(
              new History(
                  rung,
                  3,
                  new SessionResult(at, true, 3, 1, Set.of()),
                  previous,
                  phaseSince,
                  Optional.empty()),
              settings);
      if (decision.next().phase() != rung.phase()) {
        phaseSince = at;
      }
      rung = decision.next();
      previous = Optional.of(new History.Previous(at, true));
      long days = Duration.between(SESSION, at).toDays();
      assertTrue(
          rung.phase() <= days / 7,
          "day " + days + ": phase " + rung.phase() + " is more than one a week");
    }
    assertEquals(2, rung.phase(), "a good member does reach the last phase in four weeks");
  }
}
