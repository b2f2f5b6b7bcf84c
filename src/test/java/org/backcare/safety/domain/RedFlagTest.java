package org.backcare.safety.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.backcare.content.application.ContentFiles;
import org.backcare.platform.domain.DomainException;
import org.backcare.platform.domain.Messages;
import org.backcare.safety.SignsFromTheReferences;
import org.junit.jupiter.api.Test;

/**
 * The signs and their urgencies, held against the sources ({@link SignsFromTheReferences}, written
 * out row by row from the references, never read from the code): a sign moved to a lower urgency,
 * or a sign of the sources that backcare does not recognise, fails here.
 */
class RedFlagTest {

  private static final Map<String, Urgency> EXPECTED = SignsFromTheReferences.REPORTABLE;
  private static final Map<String, Urgency> DERIVED = SignsFromTheReferences.DERIVED;
  private static final Map<String, String> CARD = SignsFromTheReferences.CARD;

  @Test
  void everySignHasTheUrgencyItsSourceGives() {
    Map<String, Urgency> actual =
        Arrays.stream(RedFlag.values())
            .filter(RedFlag::reportable)
            .collect(Collectors.toMap(RedFlag::key, RedFlag::urgency));
    assertEquals(EXPECTED, actual, "sign -> urgency");
    Map<String, Urgency> derived =
        Arrays.stream(RedFlag.values())
            .filter(f -> !f.reportable())
            .collect(Collectors.toMap(RedFlag::key, RedFlag::urgency));
    assertEquals(DERIVED, derived, "derived sign -> urgency");
  }

  @Test
  void everyItemOfTheCaudaEquinaCardIsAnEmergencySign() {
    CARD.forEach(
        (item, key) -> {
          RedFlag sign =
              RedFlag.byKey(key).orElseThrow(() -> new AssertionError("not recognised: " + item));
          assertEquals(Urgency.EMERGENCY, sign.urgency(), item);
          assertTrue(sign.reportable(), item + ": a member can tick it");
        });
    assertEquals(12, CARD.size(), "the card has twelve items");
  }

  @Test
  void formsListTheMostUrgentFirst() {
    List<RedFlag> order = Arrays.asList(RedFlag.values());
    for (int i = 1; i < order.size(); i++) {
      assertTrue(
          order.get(i - 1).urgency().compareTo(order.get(i).urgency()) >= 0,
          order.get(i - 1) + " before " + order.get(i));
    }
    assertEquals(
        Urgency.EMERGENCY, RedFlag.values()[0].urgency(), "forms open with an emergency sign");
  }

  @Test
  void everySignNamesAReferenceAndReadsInEveryLanguage() {
    Set<String> references = ContentFiles.referenceIds();
    for (RedFlag sign : RedFlag.values()) {
      assertTrue(references.contains(sign.source()), sign + " cites " + sign.source());
      for (String locale : List.of("en", "es")) {
        String label = Messages.text("redflag." + sign.key(), Locale.forLanguageTag(locale));
        assertFalse(label.isBlank() || label.startsWith("redflag."), sign + " in " + locale);
      }
    }
  }

  @Test
  void keysParseToTheirSignsAndAnUnknownOrDerivedKeyIsRefused() {
    assertEquals(
        EnumSet.of(RedFlag.FEVER, RedFlag.BLADDER_BOWEL),
        RedFlag.fromKeys(List.of("fever", "bladder-bowel")),
        "known keys parse to their signs");
    assertEquals(Set.of(), RedFlag.fromKeys(null), "no keys parse to no signs");
    DomainException unknown =
        assertThrows(
            DomainException.class,
            () -> RedFlag.fromKeys(List.of("fever", "fevre")),
            "a misspelt key among good ones is refused, never dropped");
    assertEquals(
        "unknown-red-flag", unknown.slug(), "the misspelt key is refused as an unknown red flag");
    assertTrue(unknown.detail().contains("fevre"), unknown.detail());
    assertThrows(
        DomainException.class,
        () -> RedFlag.fromKeys(List.of("new-pain-after-cancer")),
        "a derived sign is backcare's conclusion, not a member's answer");
  }

  @Test
  void storedSignsReadBackAndAKeyNoLongerKnownIsSkipped() {
    Set<RedFlag> signs = EnumSet.of(RedFlag.SHARP_PAIN, RedFlag.CHEST_PAIN);
    assertEquals(
        "chest-pain,sharp-pain", RedFlag.store(signs), "signs are stored sorted, comma-separated");
    assertEquals(
        signs, RedFlag.readStored("chest-pain,sharp-pain"), "stored signs read back unchanged");
    assertEquals(
        EnumSet.of(RedFlag.FEVER),
        RedFlag.readStored("fever,retired-sign"),
        "a retired sign key in storage is skipped, the known ones kept");
    assertEquals(Set.of(), RedFlag.readStored(""), "an empty stored value reads as no signs");
    assertTrue(
        RedFlag.store(EnumSet.allOf(RedFlag.class)).length() <= 1000,
        "every sign at once fits the stored column");
  }
}
