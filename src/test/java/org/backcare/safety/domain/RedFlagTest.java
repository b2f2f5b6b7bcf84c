package org.backcare.safety.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.backcare.platform.domain.DomainException;
import org.junit.jupiter.api.Test;

class RedFlagTest {

  /**
   * Each sign's urgency, written out from the sources rather than read from the code: reference 003
   * for the warning signs, the NHS back-pain page for the urgent (urgent appointment or 111) and
   * emergency (999 or A&E) ones. A sign moved to a lower urgency fails here.
   */
  private static final Map<String, Urgency> EXPECTED =
      Map.ofEntries(
          Map.entry("sharp-pain", Urgency.WARNING),
          Map.entry("pain-down-leg", Urgency.WARNING),
          Map.entry("numbness-tingling-weakness", Urgency.WARNING),
          Map.entry("worse-next-days", Urgency.WARNING),
          Map.entry("fever", Urgency.URGENT),
          Map.entry("weight-loss", Urgency.URGENT),
          Map.entry("night-pain", Urgency.URGENT),
          Map.entry("after-fall", Urgency.URGENT),
          Map.entry("bladder-bowel", Urgency.EMERGENCY),
          Map.entry("groin-numbness", Urgency.EMERGENCY),
          Map.entry("both-legs", Urgency.EMERGENCY),
          Map.entry("serious-accident", Urgency.EMERGENCY),
          Map.entry("chest-pain", Urgency.EMERGENCY));

  @Test
  void everySignHasTheUrgencyItsSourceGives() {
    Map<String, Urgency> actual =
        Arrays.stream(RedFlag.values()).collect(Collectors.toMap(RedFlag::key, RedFlag::urgency));
    assertEquals(EXPECTED, actual, "sign -> urgency");
  }

  @Test
  void keysParseToTheirSignsAndAnUnknownKeyIsRefused() {
    assertEquals(
        EnumSet.of(RedFlag.FEVER, RedFlag.BLADDER_BOWEL),
        RedFlag.fromKeys(List.of("fever", "bladder-bowel")));
    assertEquals(Set.of(), RedFlag.fromKeys(null));
    DomainException unknown =
        assertThrows(DomainException.class, () -> RedFlag.fromKeys(List.of("fever", "fevre")));
    assertEquals("unknown-red-flag", unknown.slug());
    assertTrue(unknown.detail().contains("fevre"), unknown.detail());
  }

  @Test
  void storedSignsReadBackAndAKeyNoLongerKnownIsSkipped() {
    Set<RedFlag> signs = EnumSet.of(RedFlag.SHARP_PAIN, RedFlag.CHEST_PAIN);
    assertEquals("chest-pain,sharp-pain", RedFlag.store(signs));
    assertEquals(signs, RedFlag.readStored("chest-pain,sharp-pain"));
    assertEquals(EnumSet.of(RedFlag.FEVER), RedFlag.readStored("fever,retired-sign"));
    assertEquals(Set.of(), RedFlag.readStored(""));
  }
}
