package org.backcare.program.domain;

import java.util.List;
import java.util.Map;

/**
 * One phase of a programme: a session of warm-up moves done once, a circuit repeated for as many
 * rounds as the member's rung says, and cool-down moves done once.
 *
 * @param restDays the least rest between two sessions of this phase, in days of 24 hours: with 1,
 *     the next session may come the next day
 * @param roundRestSeconds the rest between two rounds of the circuit
 * @param walkMinutes the walk this phase suggests per session, if any
 */
public record Phase(
    String id,
    int restDays,
    int roundRestSeconds,
    Integer walkMinutes,
    List<CircuitItem> items,
    Map<String, PhaseText> text) {

  public Phase {
    items = List.copyOf(items);
    text = Map.copyOf(text);
  }

  /** The text in {@code locale}, or English when that language is missing. */
  public PhaseText in(String locale) {
    return text.getOrDefault(locale, text.get("en"));
  }

  /** The items of one part, in order. */
  public List<CircuitItem> part(CircuitItem.Part part) {
    return items.stream().filter(i -> i.part() == part).toList();
  }
}
