package org.backcare.program.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.backcare.safety.domain.RedFlag;
import org.backcare.safety.domain.SignSource;
import org.junit.jupiter.api.Test;

/** Warning signs reported: newest first, one line per place and UTC day, most urgent sign first. */
class SignHistoryTest {

  private static SignHistory.Report report(String at, SignSource source, RedFlag... signs) {
    return new SignHistory.Report(Instant.parse(at), source, Set.of(signs));
  }

  @Test
  void newestFirstWithTheMostUrgentSignFirstInEachLine() {
    SignHistory history =
        SignHistory.of(
            List.of(
                report("2026-11-02T10:00:00Z", SignSource.TRY, RedFlag.SHARP_PAIN),
                report(
                    "2026-11-20T10:00:00Z",
                    SignSource.REPORT,
                    RedFlag.PAIN_DOWN_LEG,
                    RedFlag.FEVER),
                report("2026-11-10T10:00:00Z", SignSource.CHECK_IN, RedFlag.WORSE_NEXT_DAYS)));
    assertEquals(
        List.of(SignSource.REPORT, SignSource.CHECK_IN, SignSource.TRY),
        history.reports().stream().map(SignHistory.Report::source).toList(),
        "newest first");
    assertEquals(
        List.of(RedFlag.FEVER, RedFlag.PAIN_DOWN_LEG),
        history.reports().get(0).ordered(),
        "an urgent sign before a warning one");
  }

  @Test
  void oneReportKeptTwiceOnTheSameDayFromTheSamePlaceIsOneLine() {
    SignHistory history =
        SignHistory.of(
            List.of(
                report("2026-11-20T10:00:05Z", SignSource.TRY, RedFlag.SHARP_PAIN),
                report("2026-11-20T10:00:00Z", SignSource.TRY, RedFlag.SHARP_PAIN),
                report("2026-11-20T18:00:00Z", SignSource.TRY, RedFlag.PAIN_DOWN_LEG),
                report("2026-11-20T10:00:00Z", SignSource.SESSION, RedFlag.SHARP_PAIN),
                report("2026-11-21T10:00:00Z", SignSource.TRY, RedFlag.SHARP_PAIN),
                report("2026-11-22T10:00:00Z", SignSource.SESSION)));
    assertEquals(3, history.reports().size(), "same place and day merge; no-sign rows go");
    SignHistory.Report merged = history.reports().get(2);
    assertEquals(Instant.parse("2026-11-20T10:00:00Z"), merged.at(), "the earliest time");
    assertEquals(Set.of(RedFlag.SHARP_PAIN, RedFlag.PAIN_DOWN_LEG), merged.signs());
  }

  @Test
  void aPrintedPageHoldsTheLatestLinesAndSaysHowManyOlderOnesAreLeftOff() {
    List<SignHistory.Report> many = new ArrayList<>();
    for (int day = 1; day <= SignHistory.SHOWN + 3; day++) {
      many.add(
          report(
              String.format("2026-11-%02dT10:00:00Z", day), SignSource.REPORT, RedFlag.SHARP_PAIN));
    }
    SignHistory history = SignHistory.of(many);
    assertEquals(SignHistory.SHOWN, history.shown().size());
    assertEquals(3, history.more());
    assertEquals(
        Instant.parse(String.format("2026-11-%02dT10:00:00Z", SignHistory.SHOWN + 3)),
        history.shown().get(0).at());
  }

  @Test
  void anEmergencyWeeksAgoStaysOnThePageWhenLaterMilderReportsFillIt() {
    List<SignHistory.Report> many = new ArrayList<>();
    many.add(report("2026-10-01T10:00:00Z", SignSource.SELF_CHECK, RedFlag.BOTH_LEGS));
    many.add(report("2026-10-02T10:00:00Z", SignSource.REPORT, RedFlag.FEVER));
    for (int day = 1; day <= SignHistory.SHOWN + 3; day++) {
      many.add(
          report(
              String.format("2026-11-%02dT10:00:00Z", day), SignSource.REPORT, RedFlag.SHARP_PAIN));
    }
    SignHistory history = SignHistory.of(many);
    List<SignHistory.Report> shown = history.shown();
    assertEquals(SignHistory.SHOWN, shown.size(), "a page's worth");
    assertEquals(5, history.more(), "the oldest of the mild reports are left off, and counted");
    assertEquals(
        List.of(RedFlag.FEVER, RedFlag.BOTH_LEGS),
        shown.subList(shown.size() - 2, shown.size()).stream()
            .map(r -> r.ordered().get(0))
            .toList(),
        "the emergency and the urgent sign stay, in date order at the end: " + shown);
    for (int i = 1; i < shown.size(); i++) {
      assertTrue(!shown.get(i).at().isAfter(shown.get(i - 1).at()), "newest first: " + shown);
    }
  }
}
