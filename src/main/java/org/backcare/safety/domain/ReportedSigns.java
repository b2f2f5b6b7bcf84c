package org.backcare.safety.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What a member ticked: warning signs, and whether their back pain is new or different from usual.
 * New pain is not a sign by itself (most new back pain settles with activity and time), so it is
 * kept apart until {@link Triage} weighs it against the member's {@link RiskFactor}s.
 *
 * @param signs the signs ticked, each one a member can report
 * @param newPain whether the member said this back pain is new, or different from their usual
 */
public record ReportedSigns(Set<RedFlag> signs, boolean newPain) {

  /** The key a request or form uses for new or different back pain. */
  public static final String NEW_PAIN = "new-back-pain";

  /** Nothing ticked. */
  public static final ReportedSigns NONE = new ReportedSigns(Set.of(), false);

  public ReportedSigns {
    signs = signs.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(signs));
  }

  /** Signs only. */
  public static ReportedSigns of(RedFlag... signs) {
    return new ReportedSigns(signs.length == 0 ? Set.of() : EnumSet.of(signs[0], signs), false);
  }

  /**
   * What a request or form names: sign keys and {@value #NEW_PAIN}.
   *
   * @throws org.backcare.platform.domain.DomainException INVALID ({@code unknown-red-flag}) for any
   *     other key, or for a sign only backcare derives
   */
  public static ReportedSigns fromKeys(Collection<String> keys) {
    List<String> signKeys = new ArrayList<>();
    boolean newPain = false;
    for (String key : keys == null ? List.<String>of() : keys) {
      if (NEW_PAIN.equals(key)) {
        newPain = true;
      } else {
        signKeys.add(key);
      }
    }
    return new ReportedSigns(RedFlag.fromKeys(signKeys), newPain);
  }

  /** Whether nothing was ticked. */
  public boolean isEmpty() {
    return signs.isEmpty() && !newPain;
  }
}
