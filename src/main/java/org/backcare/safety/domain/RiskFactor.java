package org.backcare.safety.domain;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.backcare.platform.domain.DomainException;

/**
 * Something in a member's history that makes new back pain more likely to be serious, from the
 * IFOMPT red-flag framework (Finucane 2020) and NICE NG234. None of them is a warning sign by
 * itself, and most people with one never have a serious cause; but new back pain with one of them
 * should be seen by a doctor the same day. A member says which apply once, in plain words; backcare
 * stores only these three answers, not the condition behind them.
 */
public enum RiskFactor {
  /** Cancer at any time: the strongest single pointer to spinal metastases. */
  CANCER_HISTORY("cancer-history", RedFlag.NEW_PAIN_AFTER_CANCER),
  /**
   * A weakened immune system, injecting drugs, or a recent infection or spinal operation or
   * injection: the framework's risk factors for spinal infection.
   */
  INFECTION_RISK("infection-risk", RedFlag.NEW_PAIN_INFECTION_RISK),
  /** Osteoporosis or steroid tablets for three months or more: risk of a spinal fracture. */
  FRACTURE_RISK("fracture-risk", RedFlag.NEW_PAIN_FRACTURE_RISK);

  private final String key;
  private final RedFlag withNewPain;

  RiskFactor(String key, RedFlag withNewPain) {
    this.key = key;
    this.withNewPain = withNewPain;
  }

  public String key() {
    return key;
  }

  /** The sign that new back pain becomes for a member with this risk factor. */
  public RedFlag withNewPain() {
    return withNewPain;
  }

  /** The risk factor with this key, if there is one. */
  public static Optional<RiskFactor> byKey(String key) {
    return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
  }

  /**
   * The risk factors a request or form names.
   *
   * @throws DomainException INVALID ({@code unknown-risk-factor}) for a key that is not one
   */
  public static Set<RiskFactor> fromKeys(Collection<String> keys) {
    Set<RiskFactor> factors = EnumSet.noneOf(RiskFactor.class);
    for (String key : keys == null ? Set.<String>of() : keys) {
      factors.add(
          byKey(key)
              .orElseThrow(
                  () ->
                      DomainException.invalid("unknown-risk-factor", "unknown-risk-factor", key)));
    }
    return factors;
  }

  /** As stored: keys, sorted, comma-separated; empty for none. */
  public static String store(Set<RiskFactor> factors) {
    return factors.stream().map(RiskFactor::key).sorted().collect(Collectors.joining(","));
  }

  /** A stored value read back; a key no longer known is skipped. */
  public static Set<RiskFactor> readStored(String stored) {
    Set<RiskFactor> factors = EnumSet.noneOf(RiskFactor.class);
    for (String key : stored == null || stored.isEmpty() ? new String[0] : stored.split(",")) {
      byKey(key).ifPresent(factors::add);
    }
    return factors;
  }
}
