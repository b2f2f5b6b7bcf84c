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
    assertTrue(reported.newPain());
    assertEquals(EnumSet.of(RedFlag.FEVER), reported.signs());
    assertFalse(reported.isEmpty());
    assertTrue(ReportedSigns.fromKeys(null).isEmpty());
    assertEquals(Set.of(), ReportedSigns.fromKeys(List.of("new-back-pain")).signs());
  }

  @Test
  void anUnknownKeyIsRefusedNotDropped() {
    DomainException refused =
        assertThrows(
            DomainException.class, () -> ReportedSigns.fromKeys(List.of("new-back-pains")));
    assertEquals("unknown-red-flag", refused.slug());
  }

  @Test
  void riskFactorsReadAndStore() {
    Set<RiskFactor> factors = RiskFactor.fromKeys(List.of("fracture-risk", "cancer-history"));
    assertEquals("cancer-history,fracture-risk", RiskFactor.store(factors));
    assertEquals(factors, RiskFactor.readStored("cancer-history,fracture-risk"));
    assertEquals(Set.of(), RiskFactor.readStored(""));
    assertEquals(
        "unknown-risk-factor",
        assertThrows(DomainException.class, () -> RiskFactor.fromKeys(List.of("diabetes"))).slug());
  }
}
