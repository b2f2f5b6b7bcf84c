package org.backcare.safety.domain;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.backcare.platform.domain.DomainException;

/**
 * Signs that back pain needs a professional rather than more exercise, each with the urgency its
 * source gives and the source itself (an id of {@code content/references.json}). They are declared
 * most urgent first, and forms list them in this order, so a member in trouble reads the emergency
 * signs before anything else.
 *
 * <ul>
 *   <li>Emergency: the NHS back-pain page's "call 999 or go to A&amp;E" list and every early sign
 *       of cauda equina syndrome on the warning cards NHS trusts hand out, which say any one of
 *       them means the emergency department now; new difficulty walking with heavy or clumsy legs,
 *       a sign of spinal cord compression in the IFOMPT red-flag framework.
 *   <li>Urgent: the NHS page's "urgent GP appointment or 111" list; leg weakness that is severe or
 *       getting worse (the framework's progressive neurological deficit); and the signs {@link
 *       RiskFactor}s derive from new back pain, which a member never ticks themselves.
 *   <li>Warning: reference 003's signs to stop and see a professional, and the NHS page's "see a
 *       GP" for pain that does not improve.
 * </ul>
 *
 * The wording members see lives in the message bundles under {@code redflag.<key>}, written as the
 * warning cards write: plain, concrete, no jargon. This is the only place a sign is named by its
 * key: requests, forms and stored rows all go through {@link #fromKeys} and {@link #readStored}.
 */
public enum RedFlag {
  BLADDER_BOWEL("bladder-bowel", Urgency.EMERGENCY, Topic.BLADDER_BOWEL_SEX, "nhs-back-pain"),
  HARD_TO_PEE("hard-to-pee", Urgency.EMERGENCY, Topic.BLADDER_BOWEL_SEX, "ces-warning-card"),
  LEAKING_PADS("leaking-pads", Urgency.EMERGENCY, Topic.BLADDER_BOWEL_SEX, "ces-warning-card"),
  BLADDER_FEELING(
      "bladder-feeling", Urgency.EMERGENCY, Topic.BLADDER_BOWEL_SEX, "ces-warning-card"),
  PEE_FEELING("pee-feeling", Urgency.EMERGENCY, Topic.BLADDER_BOWEL_SEX, "ces-warning-card"),
  BOWEL_FEELING("bowel-feeling", Urgency.EMERGENCY, Topic.BLADDER_BOWEL_SEX, "ces-warning-card"),
  SEXUAL_FUNCTION(
      "sexual-function", Urgency.EMERGENCY, Topic.BLADDER_BOWEL_SEX, "ces-warning-card"),
  SEX_FEELING("sex-feeling", Urgency.EMERGENCY, Topic.BLADDER_BOWEL_SEX, "ces-warning-card"),
  GROIN_NUMBNESS("groin-numbness", Urgency.EMERGENCY, Topic.NUMBNESS, "nhs-back-pain"),
  BACK_PASSAGE_NUMBNESS(
      "back-passage-numbness", Urgency.EMERGENCY, Topic.NUMBNESS, "ces-warning-card"),
  WIPING_FEELS_DIFFERENT(
      "wiping-feels-different", Urgency.EMERGENCY, Topic.NUMBNESS, "ces-warning-card"),
  BOTH_LEGS("both-legs", Urgency.EMERGENCY, Topic.LEGS, "nhs-back-pain"),
  WALKING_CHANGED("walking-changed", Urgency.EMERGENCY, Topic.LEGS, "ifompt-red-flags"),
  CHEST_PAIN("chest-pain", Urgency.EMERGENCY, Topic.OTHER, "nhs-back-pain"),
  SERIOUS_ACCIDENT("serious-accident", Urgency.EMERGENCY, Topic.OTHER, "nhs-back-pain"),
  /** Derived: cancer history with nerve signs in the legs (NICE NG234: assess immediately). */
  NERVE_SIGNS_AFTER_CANCER(
      "nerve-signs-after-cancer", Urgency.EMERGENCY, Topic.DERIVED, "nice-ng234"),

  FEVER("fever", Urgency.URGENT, Topic.OTHER, "nhs-back-pain"),
  WEIGHT_LOSS("weight-loss", Urgency.URGENT, Topic.OTHER, "nhs-back-pain"),
  NIGHT_PAIN("night-pain", Urgency.URGENT, Topic.OTHER, "nhs-back-pain"),
  LUMP_OR_SHAPE("lump-or-shape", Urgency.URGENT, Topic.OTHER, "nhs-back-pain"),
  UPPER_BACK_PAIN("upper-back-pain", Urgency.URGENT, Topic.OTHER, "nhs-back-pain"),
  WORSE_ON_STRAINING("worse-on-straining", Urgency.URGENT, Topic.OTHER, "nhs-back-pain"),
  AFTER_FALL("after-fall", Urgency.URGENT, Topic.OTHER, "ifompt-red-flags"),
  LEG_WEAKNESS_WORSENING("leg-weakness-worsening", Urgency.URGENT, Topic.OTHER, "ifompt-red-flags"),
  /** Derived: new back pain after cancer (NICE NG234, the framework's strongest red flag). */
  NEW_PAIN_AFTER_CANCER("new-pain-after-cancer", Urgency.URGENT, Topic.DERIVED, "nice-ng234"),
  /** Derived: new back pain with a risk of spinal infection (the framework). */
  NEW_PAIN_INFECTION_RISK(
      "new-pain-infection-risk", Urgency.URGENT, Topic.DERIVED, "ifompt-red-flags"),
  /** Derived: new back pain with a risk of spinal fracture (the framework). */
  NEW_PAIN_FRACTURE_RISK(
      "new-pain-fracture-risk", Urgency.URGENT, Topic.DERIVED, "ifompt-red-flags"),

  SHARP_PAIN("sharp-pain", Urgency.WARNING, Topic.OTHER, "003_e0a336dbb5c2346e.txt"),
  PAIN_DOWN_LEG("pain-down-leg", Urgency.WARNING, Topic.OTHER, "003_e0a336dbb5c2346e.txt"),
  NUMBNESS_TINGLING_WEAKNESS(
      "numbness-tingling-weakness", Urgency.WARNING, Topic.OTHER, "003_e0a336dbb5c2346e.txt"),
  WORSE_NEXT_DAYS("worse-next-days", Urgency.WARNING, Topic.OTHER, "003_e0a336dbb5c2346e.txt"),
  NOT_IMPROVING("not-improving", Urgency.WARNING, Topic.OTHER, "nhs-back-pain");

  /**
   * How forms group the emergency signs under plain headings, so twelve checkboxes are read as four
   * short lists. Signs that are never ticked (derived from risk factors) are {@link #DERIVED}.
   */
  public enum Topic {
    BLADDER_BOWEL_SEX,
    NUMBNESS,
    LEGS,
    OTHER,
    DERIVED;

    /** The lower-case name used in message keys ({@code signs.topic.legs}). */
    public String key() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
  }

  private final String key;
  private final Urgency urgency;
  private final Topic topic;
  private final String source;

  RedFlag(String key, Urgency urgency, Topic topic, String source) {
    this.key = key;
    this.urgency = urgency;
    this.topic = topic;
    this.source = source;
  }

  public String key() {
    return key;
  }

  public Urgency urgency() {
    return urgency;
  }

  public Topic topic() {
    return topic;
  }

  /** The reference the sign and its urgency come from: an id of {@code references.json}. */
  public String source() {
    return source;
  }

  /** Whether a member ticks this sign; the others are derived from new pain and risk factors. */
  public boolean reportable() {
    return topic != Topic.DERIVED;
  }

  /** The sign with this key, if there is one. */
  public static Optional<RedFlag> byKey(String key) {
    return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
  }

  /**
   * The signs a request or form names.
   *
   * @throws DomainException INVALID ({@code unknown-red-flag}) for a key that is not a sign a
   *     member can report, so a client with a typo learns it instead of having a sign silently
   *     dropped
   */
  public static Set<RedFlag> fromKeys(Collection<String> keys) {
    Set<RedFlag> flags = EnumSet.noneOf(RedFlag.class);
    for (String key : keys == null ? Set.<String>of() : keys) {
      flags.add(
          byKey(key)
              .filter(RedFlag::reportable)
              .orElseThrow(
                  () -> DomainException.invalid("unknown-red-flag", "unknown-red-flag", key)));
    }
    return flags;
  }

  /** The signs as stored with a row: their keys, sorted, comma-separated. */
  public static String store(Set<RedFlag> flags) {
    return flags.stream().map(RedFlag::key).sorted().collect(Collectors.joining(","));
  }

  /** The signs of a stored row; a key no longer known is skipped rather than failing the read. */
  public static Set<RedFlag> readStored(String stored) {
    Set<RedFlag> flags = EnumSet.noneOf(RedFlag.class);
    for (String key : stored == null ? new String[0] : stored.split(",")) {
      byKey(key).ifPresent(flags::add);
    }
    return flags;
  }

  /** The signs a member can tick, of one urgency, in the order forms list them. */
  public static List<RedFlag> reportable(Urgency urgency) {
    return Arrays.stream(values()).filter(f -> f.urgency == urgency && f.reportable()).toList();
  }
}
