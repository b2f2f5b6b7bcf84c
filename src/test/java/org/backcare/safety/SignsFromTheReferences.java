package org.backcare.safety;

import java.util.LinkedHashMap;
import java.util.Map;
import org.backcare.safety.domain.Urgency;

/**
 * The warning signs and their urgencies as the references give them, written out row by row from
 * the sources and never read from the product's code. Every test that expects an urgency takes it
 * from here (hazard log H-01, H-02), so a sign moved to a lower urgency in the code fails them all.
 */
public final class SignsFromTheReferences {

  private SignsFromTheReferences() {}

  /** The urgency a sign's source gives, by key. */
  public static Urgency urgencyOf(String key) {
    Urgency urgency = REPORTABLE.containsKey(key) ? REPORTABLE.get(key) : DERIVED.get(key);
    if (urgency == null) {
      throw new IllegalArgumentException("no sign " + key + " in the references");
    }
    return urgency;
  }

  /**
   * Each sign a member can report, its urgency, and where the sources say so. NHS = the NHS "Back
   * pain" page (urgent GP appointment or 111; 999 or A&amp;E); CARD = the cauda equina warning
   * cards (any one: the emergency department now); IFOMPT = Finucane et al. 2020; 003 = reference
   * 003 (stop and see a professional).
   */
  public static final Map<String, Urgency> REPORTABLE = new LinkedHashMap<>();

  static {
    // NHS 999/A&E: "loss of bladder or bowel control (peeing or pooing yourself)"
    REPORTABLE.put("bladder-bowel", Urgency.EMERGENCY);
    // NHS 999/A&E: "difficulty peeing"; CARD: increasing difficulty starting, stopping or
    // controlling the flow of urine
    REPORTABLE.put("hard-to-pee", Urgency.EMERGENCY);
    // CARD: leaking urine or a recent need to use pads
    REPORTABLE.put("leaking-pads", Urgency.EMERGENCY);
    // CARD: not knowing when the bladder is full or empty
    REPORTABLE.put("bladder-feeling", Urgency.EMERGENCY);
    // CARD: loss of sensation when passing urine
    REPORTABLE.put("pee-feeling", Urgency.EMERGENCY);
    // CARD: loss of sensation when passing a bowel motion
    REPORTABLE.put("bowel-feeling", Urgency.EMERGENCY);
    // CARD: change in ability to achieve an erection or ejaculate
    REPORTABLE.put("sexual-function", Urgency.EMERGENCY);
    // CARD: loss of sensation in the genitals during sexual intercourse
    REPORTABLE.put("sex-feeling", Urgency.EMERGENCY);
    // NHS 999/A&E: numbness or tingling around the genitals or buttocks; CARD: between the inner
    // thighs or genitals
    REPORTABLE.put("groin-numbness", Urgency.EMERGENCY);
    // CARD: numbness in or around the back passage
    REPORTABLE.put("back-passage-numbness", Urgency.EMERGENCY);
    // CARD: altered feeling when using toilet paper to wipe
    REPORTABLE.put("wiping-feels-different", Urgency.EMERGENCY);
    // NHS 999/A&E: pain, tingling, weakness or numbness in both legs
    REPORTABLE.put("both-legs", Urgency.EMERGENCY);
    // IFOMPT (spinal cord compression): gait disturbance, heavy or clumsy legs
    REPORTABLE.put("walking-changed", Urgency.EMERGENCY);
    // NHS 999/A&E: chest pain
    REPORTABLE.put("chest-pain", Urgency.EMERGENCY);
    // NHS 999/A&E: it started after a serious accident, such as a car accident
    REPORTABLE.put("serious-accident", Urgency.EMERGENCY);
    // NHS urgent: a high temperature
    REPORTABLE.put("fever", Urgency.URGENT);
    // NHS urgent: lost weight without trying
    REPORTABLE.put("weight-loss", Urgency.URGENT);
    // NHS urgent: the pain does not improve after resting or is worse at night
    REPORTABLE.put("night-pain", Urgency.URGENT);
    // NHS urgent: a lump or swelling in the back, or the back has changed shape
    REPORTABLE.put("lump-or-shape", Urgency.URGENT);
    // NHS urgent: pain at the top of the back, between the shoulders; IFOMPT: thoracic pain
    REPORTABLE.put("upper-back-pain", Urgency.URGENT);
    // NHS urgent: pain made worse when sneezing, coughing or pooing
    REPORTABLE.put("worse-on-straining", Urgency.URGENT);
    // IFOMPT (fracture): trauma; NHS: only a serious accident is an emergency
    REPORTABLE.put("after-fall", Urgency.URGENT);
    // IFOMPT: progressive neurological deficit; same-day assessment
    REPORTABLE.put("leg-weakness-worsening", Urgency.URGENT);
    // 003: sharp pain; pain down the legs; numbness, tingling or weakness; worse after 24-48 h
    REPORTABLE.put("sharp-pain", Urgency.WARNING);
    REPORTABLE.put("pain-down-leg", Urgency.WARNING);
    REPORTABLE.put("numbness-tingling-weakness", Urgency.WARNING);
    REPORTABLE.put("worse-next-days", Urgency.WARNING);
    // NHS see a GP: the pain does not improve within a few weeks, or stops day-to-day activities
    REPORTABLE.put("not-improving", Urgency.WARNING);
  }

  /** Signs backcare derives from new pain or nerve signs and a risk factor; never ticked. */
  public static final Map<String, Urgency> DERIVED =
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
  public static final Map<String, String> CARD =
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
}
