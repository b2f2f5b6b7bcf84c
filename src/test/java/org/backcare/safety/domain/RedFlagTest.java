package org.backcare.safety.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.backcare.content.application.ContentFiles;
import org.backcare.platform.domain.DomainException;
import org.backcare.platform.domain.Messages;
import org.junit.jupiter.api.Test;

/**
 * The signs and their urgencies, held against the sources. The expected table is written out here
 * from the references, row by row, never read from the code: a sign moved to a lower urgency, or a
 * sign of the sources that backcare does not recognise, fails here.
 */
class RedFlagTest {

  /**
   * Each sign a member can report, its urgency, and where the sources say so. NHS = the NHS "Back
   * pain" page (urgent GP appointment or 111; 999 or A&amp;E); CARD = the cauda equina warning
   * cards (any one: the emergency department now); IFOMPT = Finucane et al. 2020; 003 = reference
   * 003 (stop and see a professional).
   */
  static final Map<String, Urgency> EXPECTED = new LinkedHashMap<>();

  static {
    // NHS 999/A&E: "loss of bladder or bowel control (peeing or pooing yourself)"
    EXPECTED.put("bladder-bowel", Urgency.EMERGENCY);
    // NHS 999/A&E: "difficulty peeing"; CARD: increasing difficulty starting, stopping or
    // controlling the flow of urine
    EXPECTED.put("hard-to-pee", Urgency.EMERGENCY);
    // CARD: leaking urine or a recent need to use pads
    EXPECTED.put("leaking-pads", Urgency.EMERGENCY);
    // CARD: not knowing when the bladder is full or empty
    EXPECTED.put("bladder-feeling", Urgency.EMERGENCY);
    // CARD: loss of sensation when passing urine
    EXPECTED.put("pee-feeling", Urgency.EMERGENCY);
    // CARD: loss of sensation when passing a bowel motion
    EXPECTED.put("bowel-feeling", Urgency.EMERGENCY);
    // CARD: change in ability to achieve an erection or ejaculate
    EXPECTED.put("sexual-function", Urgency.EMERGENCY);
    // CARD: loss of sensation in the genitals during sexual intercourse
    EXPECTED.put("sex-feeling", Urgency.EMERGENCY);
    // NHS 999/A&E: numbness or tingling around the genitals or buttocks; CARD: between the inner
    // thighs or genitals
    EXPECTED.put("groin-numbness", Urgency.EMERGENCY);
    // CARD: numbness in or around the back passage
    EXPECTED.put("back-passage-numbness", Urgency.EMERGENCY);
    // CARD: altered feeling when using toilet paper to wipe
    EXPECTED.put("wiping-feels-different", Urgency.EMERGENCY);
    // NHS 999/A&E: pain, tingling, weakness or numbness in both legs
    EXPECTED.put("both-legs", Urgency.EMERGENCY);
    // IFOMPT (spinal cord compression): gait disturbance, heavy or clumsy legs
    EXPECTED.put("walking-changed", Urgency.EMERGENCY);
    // NHS 999/A&E: chest pain
    EXPECTED.put("chest-pain", Urgency.EMERGENCY);
    // NHS 999/A&E: it started after a serious accident, such as a car accident
    EXPECTED.put("serious-accident", Urgency.EMERGENCY);
    // NHS urgent: a high temperature
    EXPECTED.put("fever", Urgency.URGENT);
    // NHS urgent: lost weight without trying
    EXPECTED.put("weight-loss", Urgency.URGENT);
    // NHS urgent: the pain does not improve after resting or is worse at night
    EXPECTED.put("night-pain", Urgency.URGENT);
    // NHS urgent: a lump or swelling in the back, or the back has changed shape
    EXPECTED.put("lump-or-shape", Urgency.URGENT);
    // NHS urgent: pain at the top of the back, between the shoulders; IFOMPT: thoracic pain
    EXPECTED.put("upper-back-pain", Urgency.URGENT);
    // NHS urgent: pain made worse when sneezing, coughing or pooing
    EXPECTED.put("worse-on-straining", Urgency.URGENT);
    // IFOMPT (fracture): trauma; NHS: only a serious accident is an emergency
    EXPECTED.put("after-fall", Urgency.URGENT);
    // IFOMPT: progressive neurological deficit; same-day assessment
    EXPECTED.put("leg-weakness-worsening", Urgency.URGENT);
    // 003: sharp pain; pain down the legs; numbness, tingling or weakness; worse after 24-48 h
    EXPECTED.put("sharp-pain", Urgency.WARNING);
    EXPECTED.put("pain-down-leg", Urgency.WARNING);
    EXPECTED.put("numbness-tingling-weakness", Urgency.WARNING);
    EXPECTED.put("worse-next-days", Urgency.WARNING);
    // NHS see a GP: the pain does not improve within a few weeks, or stops day-to-day activities
    EXPECTED.put("not-improving", Urgency.WARNING);
  }

  /** Signs backcare derives from new pain or nerve signs and a risk factor; never ticked. */
  static final Map<String, Urgency> DERIVED =
      Map.of(
          // NICE NG234: neurological symptoms in someone with cancer, assess immediately
          "nerve-signs-after-cancer", Urgency.EMERGENCY,
          // NICE NG234 and IFOMPT: new spinal pain after cancer, within 24 hours
          "new-pain-after-cancer", Urgency.URGENT,
          // IFOMPT: spinal infection risk factors with new pain
          "new-pain-infection-risk", Urgency.URGENT,
          // IFOMPT: spinal fracture risk factors with new pain
          "new-pain-fracture-risk", Urgency.URGENT);

  /**
   * Every item of the cauda equina warning card, in the card's order, and the sign that covers it.
   * The card says any one of them means the emergency department now.
   */
  static final Map<String, String> CARD =
      new LinkedHashMap<>(
          Map.ofEntries(
              Map.entry(
                  "loss of feeling or pins and needles between inner thighs or genitals",
                  "groin-numbness"),
              Map.entry(
                  "numbness in or around the back passage or buttocks", "back-passage-numbness"),
              Map.entry(
                  "altered feeling when using toilet paper to wipe", "wiping-feels-different"),
              Map.entry("increasing difficulty when trying to urinate", "hard-to-pee"),
              Map.entry(
                  "increasing difficulty trying to stop or control the flow of urine",
                  "hard-to-pee"),
              Map.entry("loss of sensation when passing urine", "pee-feeling"),
              Map.entry("leaking urine or recent need to use pads", "leaking-pads"),
              Map.entry("not knowing when the bladder is full or empty", "bladder-feeling"),
              Map.entry("inability to stop a bowel movement or leaking", "bladder-bowel"),
              Map.entry("loss of sensation when passing a bowel motion", "bowel-feeling"),
              Map.entry("change in ability to achieve an erection or ejaculate", "sexual-function"),
              Map.entry("loss of sensation in genitals during sexual intercourse", "sex-feeling")));

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
    assertEquals(Urgency.EMERGENCY, RedFlag.values()[0].urgency());
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
        RedFlag.fromKeys(List.of("fever", "bladder-bowel")));
    assertEquals(Set.of(), RedFlag.fromKeys(null));
    DomainException unknown =
        assertThrows(DomainException.class, () -> RedFlag.fromKeys(List.of("fever", "fevre")));
    assertEquals("unknown-red-flag", unknown.slug());
    assertTrue(unknown.detail().contains("fevre"), unknown.detail());
    assertThrows(
        DomainException.class,
        () -> RedFlag.fromKeys(List.of("new-pain-after-cancer")),
        "a derived sign is backcare's conclusion, not a member's answer");
  }

  @Test
  void storedSignsReadBackAndAKeyNoLongerKnownIsSkipped() {
    Set<RedFlag> signs = EnumSet.of(RedFlag.SHARP_PAIN, RedFlag.CHEST_PAIN);
    assertEquals("chest-pain,sharp-pain", RedFlag.store(signs));
    assertEquals(signs, RedFlag.readStored("chest-pain,sharp-pain"));
    assertEquals(EnumSet.of(RedFlag.FEVER), RedFlag.readStored("fever,retired-sign"));
    assertEquals(Set.of(), RedFlag.readStored(""));
    assertTrue(
        RedFlag.store(EnumSet.allOf(RedFlag.class)).length() <= 1000,
        "every sign at once fits the stored column");
  }
}
