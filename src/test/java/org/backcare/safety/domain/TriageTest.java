package org.backcare.safety.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a member's history does to the urgency of what they tick. The expected urgencies come from
 * the sources: new spinal pain with a history of cancer is seen within a day, and with nerve
 * symptoms at once (NICE NG234); new pain with infection or fracture risk factors is a red flag for
 * spinal infection or fracture (IFOMPT framework, Finucane 2020); new back pain alone is common and
 * settles (NHS back pain).
 */
class TriageTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        // case | ticked | new pain | risk factors | urgency
        "new pain alone is not a sign | - | true | - | -",
        "new pain after cancer is urgent | - | true | cancer-history | URGENT",
        "new pain with infection risk is urgent | - | true | infection-risk | URGENT",
        "new pain with fracture risk is urgent | - | true | fracture-risk | URGENT",
        "a history of cancer alone, no new pain, is nothing | - | false | cancer-history | -",
        "after cancer, numbness in one leg is an emergency | numbness-tingling-weakness | false | cancer-history | EMERGENCY",
        "after cancer, pain down a leg is an emergency | pain-down-leg | false | cancer-history | EMERGENCY",
        "after cancer, a weakening leg is an emergency | leg-weakness-worsening | false | cancer-history | EMERGENCY",
        "without cancer, numbness in one leg stays a warning | numbness-tingling-weakness | true | fracture-risk | URGENT",
        "without a risk factor, numbness in one leg is a warning | numbness-tingling-weakness | true | - | WARNING",
        "after cancer, sharp pain stays a warning | sharp-pain | false | cancer-history | WARNING",
        "an emergency sign stays an emergency whatever the history | bladder-feeling | false | - | EMERGENCY",
      })
  void historyChangesTheUrgencyOfNewPainOnly(
      String rule, String ticked, boolean newPain, String risks, String urgency) {
    Set<RedFlag> signs =
        ticked == null ? Set.of() : EnumSet.of(RedFlag.byKey(ticked).orElseThrow());
    Set<RiskFactor> factors =
        risks == null
            ? Set.of()
            : Arrays.stream(risks.split(","))
                .map(k -> RiskFactor.byKey(k).orElseThrow())
                .collect(Collectors.toSet());
    Set<RedFlag> acted = Triage.signs(new ReportedSigns(signs, newPain), factors);
    assertEquals(
        Optional.ofNullable(urgency).map(Urgency::valueOf),
        CareAdvice.of(acted).urgency(),
        rule + ": " + acted);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "each risk factor says why | cancer-history,infection-risk | new-pain-after-cancer,new-pain-infection-risk",
        "the ticked sign is kept beside what it became | cancer-history | nerve-signs-after-cancer,pain-down-leg",
      })
  void theRecordSaysWhy(String rule, String risks, String expected) {
    Set<RiskFactor> factors =
        Arrays.stream(risks.split(","))
            .map(k -> RiskFactor.byKey(k).orElseThrow())
            .collect(Collectors.toSet());
    ReportedSigns reported =
        expected.contains("pain-down-leg")
            ? ReportedSigns.of(RedFlag.PAIN_DOWN_LEG)
            : new ReportedSigns(Set.of(), true);
    assertEquals(expected, RedFlag.store(Triage.signs(reported, factors)), rule);
  }

  /**
   * A history only sharpens what a member reports: with nothing ticked and no new pain there is no
   * sign under any history, so the member's answers need not be read at all (hazard H-01, C-01.2).
   */
  @Test
  void nothingReportedIsNoSignUnderAnyHistoryAndTheHistoryIsNotRead() {
    for (int mask = 0; mask < 1 << RiskFactor.values().length; mask++) {
      Set<RiskFactor> history = EnumSet.noneOf(RiskFactor.class);
      for (RiskFactor factor : RiskFactor.values()) {
        if ((mask & 1 << factor.ordinal()) != 0) {
          history.add(factor);
        }
      }
      assertEquals(Set.of(), Triage.signs(ReportedSigns.NONE, history), history.toString());
    }
    assertEquals(
        Set.of(),
        Triage.signs(
            ReportedSigns.NONE,
            () -> {
              throw new AssertionError("the history was read for an answer with nothing in it");
            }));
    java.util.concurrent.atomic.AtomicBoolean read =
        new java.util.concurrent.atomic.AtomicBoolean();
    assertEquals(
        Set.of(RedFlag.NEW_PAIN_AFTER_CANCER),
        Triage.signs(
            new ReportedSigns(Set.of(), true),
            () -> {
              read.set(true);
              return EnumSet.of(RiskFactor.CANCER_HISTORY);
            }),
        "new pain is something reported: the history is read and counts");
    assertEquals(true, read.get());
  }
}
