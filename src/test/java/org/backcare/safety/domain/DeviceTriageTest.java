package org.backcare.safety.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.backcare.safety.SignsFromTheReferences;
import org.junit.jupiter.api.Test;

/**
 * The table an offline device triages from: each answer's urgency as the references give it, and
 * the device's rule (the most urgent single answer) giving the server's decision for any two
 * answers under any risk factors, so a sign reported offline shows the card the server would show.
 */
class DeviceTriageTest {

  @Test
  void everyReportableSignHasTheUrgencyTheReferencesGiveWithoutRiskFactors() {
    Map<String, String> urgencies = DeviceTriage.urgencies(Set.of());
    SignsFromTheReferences.REPORTABLE.forEach(
        (sign, urgency) -> assertEquals(urgency.key(), urgencies.get(sign), sign));
    // New back pain alone is no sign: nothing to show, and nothing the device could miss.
    assertFalse(urgencies.containsKey(ReportedSigns.NEW_PAIN));
    assertEquals(SignsFromTheReferences.REPORTABLE.size(), urgencies.size());
  }

  @Test
  void riskFactorsRaiseNewPainAndNerveSignsAsTheReferencesSay() {
    Map<String, Map<String, String>> table = DeviceTriage.everyRiskSet();
    assertEquals(8, table.size());
    // NICE NG234 and IFOMPT: new pain after cancer, with an infection or a fracture risk, is
    // urgent.
    assertEquals("urgent", table.get("infection-risk").get(ReportedSigns.NEW_PAIN));
    assertEquals("urgent", table.get("fracture-risk").get(ReportedSigns.NEW_PAIN));
    assertEquals("urgent", table.get("cancer-history").get(ReportedSigns.NEW_PAIN));
    // NICE NG234: leg nerve signs after cancer, immediate assessment.
    for (String leg :
        List.of("pain-down-leg", "numbness-tingling-weakness", "leg-weakness-worsening")) {
      assertEquals("emergency", table.get("cancer-history").get(leg), leg);
      assertEquals(
          SignsFromTheReferences.REPORTABLE.get(leg).key(),
          table.get("fracture-risk").get(leg),
          leg);
    }
  }

  @Test
  void theMostUrgentSingleAnswerIsTheServersDecisionForAnyTwoAnswersUnderAnyRisks() {
    List<String> answers = DeviceTriage.answers();
    for (Set<RiskFactor> risks : DeviceTriage.combinations()) {
      Map<String, String> single = DeviceTriage.urgencies(risks);
      for (String a : answers) {
        for (String b : answers) {
          Optional<Urgency> server =
              CareAdvice.of(Triage.signs(ReportedSigns.fromKeys(List.of(a, b)), risks)).urgency();
          Optional<String> device =
              Stream.of(single.get(a), single.get(b))
                  .filter(java.util.Objects::nonNull)
                  .map(k -> Urgency.valueOf(k.toUpperCase(java.util.Locale.ROOT)))
                  .max(Comparator.naturalOrder())
                  .map(Urgency::key);
          assertEquals(server.map(Urgency::key), device, risks + " " + a + " + " + b);
        }
      }
    }
  }
}
