package org.backcare.program.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.backcare.program.domain.ProgressSummary;

/**
 * Everything the progress page and {@code /api/v1/me/progress} show, in the member's language.
 *
 * @param status ACTIVE, PAUSED or FINISHED
 * @param phase the current phase (0 first)
 * @param step the current rung of the phase's ladder (0 first)
 * @param rounds the rounds the next session asks for
 * @param reason why the member stands where they do
 * @param phases the ladder: each phase with its state
 * @param points each session's ratings, for the chart and its table
 * @param checkInDue the session waiting for its next-day check-in, if one is due now
 * @param pause the open pause, if paused
 * @param upcoming the next planned session days
 * @param minutes how long the next session takes, walk excluded
 */
public record Progress(
    String programId,
    String programName,
    String status,
    int phase,
    int step,
    int rounds,
    List<Integer> ladder,
    String reason,
    List<PhaseState> phases,
    List<Point> points,
    ProgressSummary summary,
    Long checkInDue,
    PauseState pause,
    List<LocalDate> upcoming,
    int minutes) {

  /** A phase on the ladder: done, current or still locked. */
  public record PhaseState(String id, String name, String state) {}

  /**
   * One session's ratings: before, after (absent when cut short) and the next day's (absent without
   * a check-in).
   */
  public record Point(
      Instant at, int before, Integer after, Integer nextDay, boolean completed, String outcome) {}

  /**
   * Why and since when the programme is paused, as one over its open pauses.
   *
   * @param cause RED_FLAG when any open pause is for care, else MEMBER
   * @param needsCare whether exercising again needs a clearance
   * @param redFlags the keys of every sign the open pauses hold
   * @param urgency the most urgent of those signs (warning, urgent, emergency); null without one
   * @param clearances what the member may say to exercise again: {@code signs-gone} (warning signs
   *     only) and {@code checked-by-professional}
   */
  public record PauseState(
      String cause,
      Instant since,
      boolean needsCare,
      List<String> redFlags,
      String urgency,
      List<String> clearances) {}
}
