package org.backcare.safety.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.backcare.safety.application.HealthAnswers;
import org.backcare.safety.domain.DeviceTriage;
import org.backcare.safety.domain.MemberHealth;
import org.backcare.safety.domain.RiskFactor;
import org.backcare.testing.InMemoryHealthRecords;
import org.backcare.testing.ServiceFixtures;
import org.junit.jupiter.api.Test;

/** The signs form and the risk-factor question read a member's answer as one page. */
class RiskFactorsFormTest {

  private static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");
  private static final long MEMBER = 7;

  /** Health records in memory that count how often the member's answers are read. */
  private static final class CountingRecords extends InMemoryHealthRecords {
    int reads;

    @Override
    public Optional<MemberHealth> find(long memberId, boolean lock) {
      reads++;
      return super.find(memberId, lock);
    }
  }

  private final CountingRecords records = new CountingRecords();
  private final RiskFactorsForm risks = new RiskFactorsForm();
  private final SignsForm signs = new SignsForm();

  RiskFactorsFormTest() {
    risks.currentMember = ServiceFixtures.signedIn(MEMBER);
    risks.health =
        new HealthAnswers(risks.currentMember, records, Clock.fixed(NOW, ZoneOffset.UTC));
    signs.riskFactorsForm = risks;
  }

  @Test
  void drawingThePageReadsTheStoredAnswerOnce() {
    MemberHealth answered = new MemberHealth(MEMBER, NOW);
    answered.answerRiskFactors(Set.of(RiskFactor.CANCER_HISTORY), NOW);
    records.add(answered);

    assertTrue(signs.isAsksNewPain(), "a cancer history makes new pain a sign to ask about");
    assertEquals(
        DeviceJson.of(DeviceTriage.urgencies(Set.of(RiskFactor.CANCER_HISTORY))),
        signs.getUrgencies());
    assertEquals(List.of("cancer-history"), risks.getRiskFactors());
    assertFalse(risks.isUnansweredMember());
    signs.getUrgencies();
    assertEquals(1, records.reads, "one read of the member's answers for the whole page");
  }

  @Test
  void anAnswerKeptOnThePageIsWhatTheRestOfThePageWeighs() {
    assertTrue(risks.isUnansweredMember());
    assertEquals(DeviceJson.of(DeviceTriage.urgencies(Set.of())), signs.getUrgencies());

    risks.setAsked(true);
    risks.setRiskFactors(List.of("infection-risk"));
    signs.reported();

    assertFalse(risks.isUnansweredMember(), "the answer just kept counts");
    assertEquals(Set.of(RiskFactor.INFECTION_RISK), risks.storedFactors());
    assertEquals(
        DeviceJson.of(DeviceTriage.urgencies(Set.of(RiskFactor.INFECTION_RISK))),
        signs.getUrgencies(),
        "the app's urgencies weigh the answer given on this page");
    assertTrue(signs.isAsksNewPain());
  }
}
