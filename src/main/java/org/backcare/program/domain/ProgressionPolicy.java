package org.backcare.program.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.backcare.tenant.domain.ProgressionSettings;

/**
 * Decides how a member moves through a phased programme, as a pure function of their history and
 * the employer's settings. The rules, in order:
 *
 * <ol>
 *   <li>any red flag, at the session or at the check-in, pauses the programme for care;
 *   <li>a check-in 24 to 48 hours after the session that is worse than the session's start steps
 *       back a rung (to the previous phase's top rung from a phase's first rung);
 *   <li>a session started before the least rest since the previous one stays on the rung, because
 *       the back adapts during rest, not during the session; the least rest is never under a day,
 *       so no member climbs more than one rung a day whatever a phase or an employer sets;
 *   <li>a session after one whose next-day check-in never came stays on the rung: how the back
 *       answered the last load is what earns the next, and a skipped check-in is recorded as the
 *       reason, never taken as a good day;
 *   <li>a session cut short, rated after above the threshold, or rated worse after than before
 *       stays on the rung;
 *   <li>otherwise the member climbs a rung; the next phase opens only after its top rung, and no
 *       sooner than {@link #MIN_PHASE} after the member entered the phase they are in, so nobody
 *       reaches a loaded phase in days by training every day.
 * </ol>
 *
 * Every decision carries its reason, because members follow rules they understand.
 */
public final class ProgressionPolicy {

  /** The window in which a check-in counts as "the next day". */
  public static final Duration CHECK_IN_FROM = Duration.ofHours(24);

  public static final Duration CHECK_IN_UNTIL = Duration.ofHours(48);

  /**
   * How much earlier in the day a member may train and still have rested a full day: a session at
   * 07:00 after one at 09:00 the day before has had its rest day.
   */
  public static final Duration REST_GRACE = Duration.ofHours(3);

  /** The least rest any phase or employer can ask for, in days: at most one climb a day. */
  public static final int MIN_REST_DAYS = 1;

  /**
   * The least time in a phase before the next opens: a week. The programmes' method repeats each
   * phase at rising volume before the next; gradual loading over weeks, not days, is what lets a
   * back adapt (references 003 and 004).
   */
  public static final Duration MIN_PHASE = Duration.ofDays(7);

  /**
   * How many points worse than before the session a next-day rating must be to count as clearly
   * worse: two points on a 0-10 scale is the smallest change people with back pain generally notice
   * as real, and pain clearly worse a day later is the sign to rest and get advice.
   */
  public static final int CLEARLY_WORSE = 2;

  private ProgressionPolicy() {}

  /**
   * The decision for {@code history} under {@code settings}; {@code settings} must carry the rest
   * days that apply (the employer's override, or the phase's own).
   */
  public static Decision decide(History history, ProgressionSettings settings) {
    Rung rung = history.rung();
    SessionResult session = history.session();
    Optional<CheckIn> checkIn = history.checkIn();
    List<Integer> ladder = settings.ladder();
    if (!session.redFlags().isEmpty() || checkIn.map(c -> !c.redFlags().isEmpty()).orElse(false)) {
      return new Decision(Decision.Outcome.PAUSE_FOR_CARE, rung, false, "pause", List.of());
    }
    Optional<CheckIn> nextDay = checkIn.filter(c -> inNextDayWindow(session, c));
    if (nextDay.isPresent() && nextDay.get().rating() > session.before()) {
      return stepBack(rung, ladder, nextDay.get().rating(), session.before());
    }
    int restDays = Math.max(MIN_REST_DAYS, settings.restDaysOr(MIN_REST_DAYS));
    if (tooSoon(history, restDays)) {
      return stay(rung, "too-soon", restDays);
    }
    if (history.previous().map(p -> !p.checkedIn()).orElse(false)) {
      return stay(rung, "no-check-in");
    }
    if (!session.completed() || session.after() == null) {
      return stay(rung, "cut-short");
    }
    if (session.after() > settings.threshold()) {
      return stay(rung, "over-threshold", session.after(), settings.threshold());
    }
    if (session.after() > session.before()) {
      return stay(rung, "worse-after", session.before(), session.after());
    }
    return advance(rung, history.phases(), ladder, history.phaseSince(), session.at());
  }

  /** Whether {@code checkIn} came in the next-day window after {@code session}. */
  public static boolean inNextDayWindow(SessionResult session, CheckIn checkIn) {
    Duration after = Duration.between(session.at(), checkIn.at());
    return after.compareTo(CHECK_IN_FROM) >= 0 && after.compareTo(CHECK_IN_UNTIL) <= 0;
  }

  /**
   * Whether a check-in's rating is clearly worse than the session's start: in the next-day window,
   * the warning sign "worse a day or two after" (see {@code CheckIns}).
   */
  public static boolean clearlyWorse(SessionResult session, CheckIn nextDay) {
    return nextDay.rating() - session.before() >= CLEARLY_WORSE;
  }

  private static boolean tooSoon(History history, int restDays) {
    if (history.previous().isEmpty()) {
      return false;
    }
    Duration since = Duration.between(history.previous().get().at(), history.session().at());
    return since.compareTo(Duration.ofDays(restDays).minus(REST_GRACE)) < 0;
  }

  private static Decision stepBack(Rung rung, List<Integer> ladder, int now, int before) {
    if (rung.step() > 0) {
      return new Decision(
          Decision.Outcome.STEP_BACK,
          new Rung(rung.phase(), rung.step() - 1),
          false,
          "step-back",
          List.of(now, before, ladder.get(rung.step() - 1)));
    }
    if (rung.phase() > 0) {
      return new Decision(
          Decision.Outcome.STEP_BACK,
          new Rung(rung.phase() - 1, ladder.size() - 1),
          false,
          "step-back-phase",
          List.of(now, before));
    }
    // On the very first rung there is nothing below, but a climb the session earned is undone:
    // the member goes back to the rung the session was done on.
    return new Decision(
        Decision.Outcome.STEP_BACK, rung, false, "worse-next-day-first", List.of(now, before));
  }

  private static Decision stay(Rung rung, String key, Integer... args) {
    return new Decision(Decision.Outcome.STAY, rung, false, key, List.of(args));
  }

  private static Decision advance(
      Rung rung, int phases, List<Integer> ladder, Instant phaseSince, Instant at) {
    if (rung.step() < ladder.size() - 1) {
      return new Decision(
          Decision.Outcome.ADVANCE,
          new Rung(rung.phase(), rung.step() + 1),
          false,
          "climb",
          List.of(ladder.get(rung.step() + 1)));
    }
    if (rung.phase() < phases - 1) {
      Duration inPhase = Duration.between(phaseSince, at);
      if (inPhase.compareTo(MIN_PHASE.minus(REST_GRACE)) < 0) {
        long daysLeft = Math.max(1, MIN_PHASE.minus(inPhase).plusHours(23).toDays());
        return stay(rung, "phase-week", (int) daysLeft);
      }
      return new Decision(
          Decision.Outcome.ADVANCE, new Rung(rung.phase() + 1, 0), false, "next-phase", List.of());
    }
    return new Decision(Decision.Outcome.ADVANCE, rung, true, "finished", List.of());
  }
}
