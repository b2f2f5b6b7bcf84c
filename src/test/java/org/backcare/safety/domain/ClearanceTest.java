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

  /**
   * Every care card says to wait until a professional has checked the back (reference 003 for the
   * warning signs), so the member's word that the signs have gone clears no level: hazard H-04.
   */
  @Test
  void signsThatHaveGoneClearNothing() {
    for (Urgency urgency : Urgency.values()) {
      assertFalse(Clearance.SIGNS_GONE.clears(urgency), urgency.name());
    }
  }

  @Test
  void keysAreTheApisNames() {
    assertEquals(
        Optional.of(Clearance.SIGNS_GONE),
        Clearance.byKey("signs-gone"),
        "the API's signs-gone names the member's own clearance");
    assertEquals(
        Optional.of(Clearance.CHECKED_BY_PROFESSIONAL),
        Clearance.byKey("checked-by-professional"),
        "the API's checked-by-professional names the professional's check");
    assertEquals(
        Optional.empty(),
        Clearance.byKey("care-read"),
        "care-read is not a clearance: reading the card clears nothing");
  }
}
