package org.backcare.safety.domain;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.backcare.platform.domain.DomainException;

/**
 * Signs that back pain needs a professional rather than more exercise, each with its urgency. The
 * warning signs come from reference 003 (sharp pain, pain down a leg, numbness, tingling or
 * weakness, pain worse 24-48 hours later); the urgent and emergency signs are the NHS's lists for
 * back pain (an urgent appointment today; 999 or A&amp;E now), which NICE NG59 asks clinicians to
 * rule out. The wording members see lives in the message bundles under {@code redflag.<key>}.
 *
 * <p>This is the only place a sign is named by its key: requests, forms and stored rows all go
 * through {@link #fromKeys} and {@link #readStored}.
 */
public enum RedFlag {
  SHARP_PAIN("sharp-pain", Urgency.WARNING),
  PAIN_DOWN_LEG("pain-down-leg", Urgency.WARNING),
  NUMBNESS_TINGLING_WEAKNESS("numbness-tingling-weakness", Urgency.WARNING),
  WORSE_NEXT_DAYS("worse-next-days", Urgency.WARNING),
  FEVER("fever", Urgency.URGENT),
  WEIGHT_LOSS("weight-loss", Urgency.URGENT),
  NIGHT_PAIN("night-pain", Urgency.URGENT),
  AFTER_FALL("after-fall", Urgency.URGENT),
  BLADDER_BOWEL("bladder-bowel", Urgency.EMERGENCY),
  GROIN_NUMBNESS("groin-numbness", Urgency.EMERGENCY),
  BOTH_LEGS("both-legs", Urgency.EMERGENCY),
  SERIOUS_ACCIDENT("serious-accident", Urgency.EMERGENCY),
  CHEST_PAIN("chest-pain", Urgency.EMERGENCY);

  private final String key;
  private final Urgency urgency;

  RedFlag(String key, Urgency urgency) {
    this.key = key;
    this.urgency = urgency;
  }

  public String key() {
    return key;
  }

  public Urgency urgency() {
    return urgency;
  }

  /** The sign with this key, if there is one. */
  public static Optional<RedFlag> byKey(String key) {
    return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
  }

  /**
   * The signs a request or form names.
   *
   * @throws DomainException INVALID ({@code unknown-red-flag}) for a key that is not a sign, so a
   *     client with a typo learns it instead of having a sign silently dropped
   */
  public static Set<RedFlag> fromKeys(Collection<String> keys) {
    Set<RedFlag> flags = EnumSet.noneOf(RedFlag.class);
    for (String key : keys == null ? Set.<String>of() : keys) {
      flags.add(
          byKey(key)
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

  /** The signs of one urgency, in their order. */
  public static Set<RedFlag> of(Urgency urgency) {
    Set<RedFlag> flags = EnumSet.noneOf(RedFlag.class);
    Arrays.stream(values()).filter(f -> f.urgency == urgency).forEach(flags::add);
    return flags;
  }
}
