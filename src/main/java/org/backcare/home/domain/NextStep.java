package org.backcare.home.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The one thing the home page asks a member to do now, most pressing first: a programme paused for
 * care comes before everything (the member needs care, not exercise), then a due check-in (it
 * decides the last session and only counts for a day), then the programme's next session; a member
 * with no programme is offered one, and where the employer has no programmes the "stiff right now"
 * routine is the next step.
 */
public final class NextStep {

  /** What to do now. */
  public enum Kind {
    CARE,
    CHECK_IN,
    SESSION,
    RESUME,
    CHOOSE_PROGRAMME,
    STIFF_NOW,
    NONE
  }

  /**
   * What the home page knows about the member's programme.
   *
   * @param status ACTIVE, PAUSED or FINISHED
   * @param pausedForCare whether an open pause needs care
   * @param checkInDue whether the next-day check-in is due now
   * @param upcoming the next planned session days
   */
  public record Programme(
      String status, boolean pausedForCare, boolean checkInDue, List<LocalDate> upcoming) {

    public Programme {
      upcoming = List.copyOf(upcoming);
    }
  }

  /** The step and, for a session, the day it is planned for (empty when none is planned). */
  public record Step(Kind kind, Optional<LocalDate> planned) {

    /** Whether the planned session is today or overdue. */
    public boolean plannedBy(LocalDate today) {
      return planned.map(day -> !day.isAfter(today)).orElse(false);
    }
  }

  private NextStep() {}

  /**
   * The next step for a member whose employer offers programmes ({@code programmes}) and the
   * toolbox ({@code toolbox}), with {@code programme} if they are enrolled.
   */
  public static Step of(boolean programmes, boolean toolbox, Optional<Programme> programme) {
    if (programmes && programme.isPresent()) {
      Programme p = programme.get();
      if (p.pausedForCare()) {
        return new Step(Kind.CARE, Optional.empty());
      }
      if (p.checkInDue()) {
        return new Step(Kind.CHECK_IN, Optional.empty());
      }
      if ("ACTIVE".equals(p.status())) {
        return new Step(Kind.SESSION, p.upcoming().stream().findFirst());
      }
      if ("PAUSED".equals(p.status())) {
        return new Step(Kind.RESUME, Optional.empty());
      }
    }
    if (programmes) {
      return new Step(Kind.CHOOSE_PROGRAMME, Optional.empty());
    }
    return new Step(toolbox ? Kind.STIFF_NOW : Kind.NONE, Optional.empty());
  }
}
