package org.backcare.safety.domain;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Turns what a member ticked into the signs backcare acts on, given what it knows of their history.
 * This is the one rule that lets a history change the urgency of the same answer:
 *
 * <ul>
 *   <li>New or different back pain becomes an urgent sign for a member with any {@link RiskFactor}
 *       (one derived sign per factor, so the record says why), and nothing for a member without
 *       one: new back pain alone is common and usually settles.
 *   <li>After cancer, pain down a leg or numbness, tingling or weakness in a leg becomes an
 *       emergency: NICE NG234 asks for immediate assessment of neurological symptoms in someone
 *       with cancer, because they can be the first sign of spinal cord compression.
 * </ul>
 *
 * Pure and total: the same answer and history always give the same signs.
 */
public final class Triage {

  /** Signs in the legs that, after cancer, may be spinal cord or nerve-root compression. */
  private static final Set<RedFlag> NERVE_SIGNS =
      EnumSet.of(
          RedFlag.PAIN_DOWN_LEG,
          RedFlag.NUMBNESS_TINGLING_WEAKNESS,
          RedFlag.LEG_WEAKNESS_WORSENING);

  private Triage() {}

  /**
   * The signs to act on for {@code reported}, asking for the member's {@code risks} only when they
   * reported something: a history sharpens what a member reports and adds nothing to an answer with
   * no sign and no new pain. Most tries and sessions report nothing, and they then do not read the
   * member's health answers (issue 32).
   */
  public static Set<RedFlag> signs(ReportedSigns reported, Supplier<Set<RiskFactor>> risks) {
    return reported.isEmpty() ? EnumSet.noneOf(RedFlag.class) : signs(reported, risks.get());
  }

  /** The signs to act on for {@code reported} from a member with {@code risks}. */
  public static Set<RedFlag> signs(ReportedSigns reported, Set<RiskFactor> risks) {
    Set<RedFlag> signs = EnumSet.noneOf(RedFlag.class);
    signs.addAll(reported.signs());
    if (reported.newPain()) {
      risks.forEach(r -> signs.add(r.withNewPain()));
    }
    if (risks.contains(RiskFactor.CANCER_HISTORY)
        && reported.signs().stream().anyMatch(NERVE_SIGNS::contains)) {
      signs.add(RedFlag.NERVE_SIGNS_AFTER_CANCER);
    }
    return signs;
  }
}
