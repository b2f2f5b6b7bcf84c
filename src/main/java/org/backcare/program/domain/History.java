package org.backcare.program.domain;

import java.time.Instant;
import java.util.Optional;

/**
 * What the progression policy looks at for one decision: where the member stood when they did the
 * session, how many phases the programme has, the session itself, the member's previous completed
 * session of the same enrolment (for the rest rule, and whether its next-day check-in came), when
 * the member entered the phase they are in (no phase opens sooner than a week after the last), and
 * the next-day check-in, if one came.
 *
 * <p>The same history is decided twice: when the session is posted (no check-in yet), and again
 * when its check-in arrives. Deciding again from the session's own rung, rather than from wherever
 * the first decision put the member, is what lets a bad next day undo a climb.
 *
 * @param phaseSince when the member entered the phase of {@code rung}
 */
public record History(
    Rung rung,
    int phases,
    SessionResult session,
    Optional<Previous> previous,
    Instant phaseSince,
    Optional<CheckIn> checkIn) {

  /**
   * The member's previous completed session.
   *
   * @param at when it was performed
   * @param checkedIn whether its next-day check-in was answered
   */
  public record Previous(Instant at, boolean checkedIn) {}

  public History {
    if (phases < 1 || rung.phase() >= phases) {
      throw new IllegalArgumentException("the rung must lie inside the programme's phases");
    }
  }

  /** The same history with the check-in that followed the session. */
  public History withCheckIn(CheckIn answer) {
    return new History(rung, phases, session, previous, phaseSince, Optional.of(answer));
  }
}
