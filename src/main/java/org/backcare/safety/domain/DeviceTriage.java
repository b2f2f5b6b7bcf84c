package org.backcare.safety.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The triage a member's device does while it is offline, computed here from {@link Triage} and
 * {@link CareAdvice} so the rule stays in one place: for each combination of risk factors, the
 * urgency each single answer (a sign, or new back pain) has on its own. The device shows the care
 * card of the most urgent answer ticked, which is exactly what the server decides because {@link
 * Triage} treats answers one by one (its result for several answers is the union of its results for
 * each) and {@link CareAdvice} takes the most urgent sign; {@code DeviceTriageTest} checks both for
 * every pair of answers under every combination of risk factors.
 *
 * <p>Every combination, not only the member's own, because the self-check asks the risk-factor
 * question beside the signs: a member who ticks "I have had cancer" offline gets that answer's
 * urgencies at once.
 */
public final class DeviceTriage {

  private DeviceTriage() {}

  /** Every key a member can tick: each reportable sign, then {@value ReportedSigns#NEW_PAIN}. */
  public static List<String> answers() {
    List<String> keys = new ArrayList<>();
    for (RedFlag flag : RedFlag.values()) {
      if (flag.reportable()) {
        keys.add(flag.key());
      }
    }
    keys.add(ReportedSigns.NEW_PAIN);
    return keys;
  }

  /**
   * The urgency key of each answer that is a sign for a member with {@code risks}; an answer that
   * is no sign for them (new back pain without a risk factor) is absent.
   */
  public static Map<String, String> urgencies(Set<RiskFactor> risks) {
    Map<String, String> urgencies = new LinkedHashMap<>();
    for (String answer : answers()) {
      CareAdvice advice =
          CareAdvice.of(Triage.signs(ReportedSigns.fromKeys(List.of(answer)), risks));
      advice.urgency().ifPresent(u -> urgencies.put(answer, u.key()));
    }
    return urgencies;
  }

  /**
   * {@link #urgencies} for every combination of risk factors, keyed by {@link RiskFactor#store}
   * (the sorted keys joined by commas; empty for none), as the device looks them up.
   */
  public static Map<String, Map<String, String>> everyRiskSet() {
    Map<String, Map<String, String>> table = new LinkedHashMap<>();
    for (Set<RiskFactor> risks : combinations()) {
      table.put(RiskFactor.store(risks), urgencies(risks));
    }
    return table;
  }

  /** Every subset of the risk factors, the empty one first. */
  static List<Set<RiskFactor>> combinations() {
    RiskFactor[] all = RiskFactor.values();
    List<Set<RiskFactor>> sets = new ArrayList<>();
    for (int mask = 0; mask < 1 << all.length; mask++) {
      Set<RiskFactor> set = EnumSet.noneOf(RiskFactor.class);
      for (int i = 0; i < all.length; i++) {
        if ((mask & 1 << i) != 0) {
          set.add(all[i]);
        }
      }
      sets.add(set);
    }
    return sets.stream()
        .sorted(java.util.Comparator.comparingInt(Set::size))
        .collect(Collectors.toList());
  }
}
