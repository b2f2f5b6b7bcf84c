package org.backcare.safety.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SelfCheckTest {

  @Test
  void noYesMeansNoRedFlag() {
    assertEquals(SelfCheck.NO_RED_FLAG, SelfCheck.assess(Set.of()));
  }

  @Test
  void anyWarningSignSendsTheMemberToAProfessional() {
    for (RedFlag flag : RedFlag.values()) {
      if (flag.urgency() == RedFlag.Urgency.WARNING) {
        assertEquals(SelfCheck.SEE_A_PROFESSIONAL, SelfCheck.assess(Set.of(flag)), flag.key());
      }
    }
  }

  @Test
  void anyEmergencySignMeansUrgentCareEvenWithWarningsToo() {
    for (RedFlag flag : RedFlag.values()) {
      if (flag.urgency() == RedFlag.Urgency.EMERGENCY) {
        assertEquals(SelfCheck.URGENT_CARE_NOW, SelfCheck.assess(Set.of(flag)), flag.key());
        assertEquals(
            SelfCheck.URGENT_CARE_NOW,
            SelfCheck.assess(EnumSet.of(flag, RedFlag.SHARP_PAIN, RedFlag.PAIN_DOWN_LEG)));
      }
    }
  }
}
