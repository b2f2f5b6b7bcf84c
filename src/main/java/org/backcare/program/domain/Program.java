package org.backcare.program.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A phased programme: phases done in order, each repeated at rising volume until the member's back
 * is ready for the next.
 *
 * @param sessionsPerWeek how many sessions a week the programme plans (the calendar feed's pace)
 * @param reference the reference article its method comes from
 */
public record Program(
    String id,
    String reference,
    LocalDate reviewed,
    int sessionsPerWeek,
    Map<String, ProgramText> text,
    List<Phase> phases) {

  public Program {
    text = Map.copyOf(text);
    phases = List.copyOf(phases);
  }

  /** The text in {@code locale}, or English when that language is missing. */
  public ProgramText in(String locale) {
    return text.getOrDefault(locale, text.get("en"));
  }

  /** Phase {@code index} (0 first). */
  public Phase phase(int index) {
    return phases.get(index);
  }
}
