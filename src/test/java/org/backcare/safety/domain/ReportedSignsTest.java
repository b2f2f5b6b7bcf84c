package org.backcare.safety.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.backcare.platform.domain.DomainException;
import org.junit.jupiter.api.Test;

class ReportedSignsTest {

  @Test
  void newPainIsReadApartFromTheSigns() {
    ReportedSigns reported = ReportedSigns.fromKeys(List.of("new-back-pain", "fever"));
    assertTrue(reported.newPain(), "new back pain is read as new pain, not as a red flag");
    assertEquals(
        EnumSet.of(RedFlag.FEVER), reported.signs(), "fever stays the one red flag reported");
    assertFalse(reported.isEmpty(), "new pain with a fever is not an empty report");
    assertTrue(ReportedSigns.fromKeys(null).isEmpty(), "no keys at all is an empty report");
    assertEquals(
        Set.of(),
        ReportedSigns.fromKeys(List.of("new-back-pain")).signs(),
        "new back pain alone carries no red flag");
  }

  @Test
  void anUnknownKeyIsRefusedNotDropped() {
    DomainException refused =
        assertThrows(
            DomainException.class,
            () -> ReportedSigns.fromKeys(List.of("new-back-pains")),
            "a misspelt sign key is refused, never silently dropped");
    assertEquals(
        "unknown-red-flag", refused.slug(), "the misspelt sign is refused as an unknown red flag");
  }

  @Test
  void riskFactorsReadAndStore() {
    Set<RiskFactor> factors = RiskFactor.fromKeys(List.of("fracture-risk", "cancer-history"));
    assertEquals(
        "cancer-history,fracture-risk",
        RiskFactor.store(factors),
        "risk factors are stored sorted, comma-separated");
    assertEquals(
        factors,
        RiskFactor.readStored("cancer-history,fracture-risk"),
        "stored risk factors read back as the member gave them");
    assertEquals(
        Set.of(), RiskFactor.readStored(""), "an empty stored value reads as no risk factors");
    assertEquals(
        "unknown-risk-factor",
        assertThrows(
                DomainException.class,
                () -> RiskFactor.fromKeys(List.of("diabetes")),
                "a risk factor backcare does not know is refused, not dropped")
            .slug(),
        "an unknown risk factor is refused as such");
  }
}
