package org.backcare.safety.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClearanceTest {

  @Test
  void aProfessionalsCheckClearsEveryUrgency() {
    for (Urgency urgency : Urgency.values()) {
      assertTrue(Clearance.CHECKED_BY_PROFESSIONAL.clears(urgency), urgency.name());
    }
  }

  @Test
  void signsThatHaveGoneClearAWarningOnly() {
    assertTrue(Clearance.SIGNS_GONE.clears(Urgency.WARNING));
    assertFalse(Clearance.SIGNS_GONE.clears(Urgency.URGENT));
    assertFalse(Clearance.SIGNS_GONE.clears(Urgency.EMERGENCY));
  }

  @Test
  void keysAreTheApisNames() {
    assertEquals(Optional.of(Clearance.SIGNS_GONE), Clearance.byKey("signs-gone"));
    assertEquals(
        Optional.of(Clearance.CHECKED_BY_PROFESSIONAL), Clearance.byKey("checked-by-professional"));
    assertEquals(Optional.empty(), Clearance.byKey("care-read"));
  }
}
