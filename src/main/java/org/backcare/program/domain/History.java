package org.backcare.program.domain;

import java.time.Instant;
import java.util.Optional;

/**
 * What the progression policy looks at for one decision: where the member stood when they did the
 * session, how many phases the programme has, the session itself, when the member's previous
 * completed session of the same enrolment was (for the rest rule), and the next-day check-in, if
 * one came.
 *
 * <p>The same history is decided twice: when the session is posted (no check-in yet), and again
 * when its check-in arrives. Deciding again from the session's own rung, rather than from wherever
 * the first decision put the member, is what lets a bad next day undo a climb.
 */
public record History(
    Rung rung,
    int phases,
    SessionResult session,
    Optional<Instant> previousSession,
    Optional<CheckIn> checkIn) {

  public History {
    if (phases < 1 || rung.phase() >= phases) {
      throw new IllegalArgumentException("the rung must lie inside the programme's phases");
    }
  }

  /** The same history with the check-in that followed the session. */
  public History withCheckIn(CheckIn answer) {
    return new History(rung, phases, session, previousSession, Optional.of(answer));
  }
}
