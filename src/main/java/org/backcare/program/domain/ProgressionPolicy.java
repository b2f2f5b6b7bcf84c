package org.backcare.program.domain;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.backcare.tenant.domain.ProgressionSettings;

/**
 * Decides how a member moves through a phased programme, as a pure function of their latest
 * session, its next-day check-in and the employer's settings. The rules, in order:
 *
 * <ol>
 *   <li>any red flag, at the session or at the check-in, pauses the programme for care;
 *   <li>a check-in 24 to 48 hours after the session that is worse than the session's start steps
 *       back a rung (to the previous phase's top rung from a phase's first rung);
 *   <li>a session cut short, rated after above the threshold, or rated worse after than before
 *       stays on the rung;
 *   <li>otherwise the member climbs a rung; the next phase opens only after its top rung.
 * </ol>
 *
 * Every decision carries its reason in words, because members follow rules they understand.
 */
public final class ProgressionPolicy {

  /** The window in which a check-in counts as "the next day". */
  public static final Duration CHECK_IN_FROM = Duration.ofHours(24);

  public static final Duration CHECK_IN_UNTIL = Duration.ofHours(48);

  private ProgressionPolicy() {}

  /**
   * The decision for a member on {@code rung} of a programme with {@code phases} phases.
   *
   * @param checkIn the check-in that followed {@code session}, if any
   */
  public static Decision decide(
      Rung rung,
      int phases,
      SessionResult session,
      Optional<CheckIn> checkIn,
      ProgressionSettings settings) {
    List<Integer> ladder = settings.ladder();
    if (!session.redFlags().isEmpty() || checkIn.map(c -> !c.redFlags().isEmpty()).orElse(false)) {
      return new Decision(
          Decision.Outcome.PAUSE_FOR_CARE,
          rung,
          false,
          "You reported a warning sign, so the programme is paused. Please read the care guidance"
              + " and get checked before you carry on.");
    }
    Optional<CheckIn> nextDay = checkIn.filter(c -> inWindow(session, c));
    if (nextDay.isPresent() && nextDay.get().rating() > session.before()) {
      return stepBack(rung, ladder, nextDay.get().rating(), session.before());
    }
    if (!session.completed() || session.after() == null) {
      return stay(rung, "The session was cut short, so you repeat this step next time.");
    }
    if (session.after() > settings.threshold()) {
      return stay(
          rung,
          "You rated "
              + session.after()
              + " after the session, above "
              + settings.threshold()
              + ", so you repeat this step until it feels easier.");
    }
    if (session.after() > session.before()) {
      return stay(rung, "You felt worse after the session than before, so you repeat this step.");
    }
    return advance(rung, phases, ladder);
  }

  private static boolean inWindow(SessionResult session, CheckIn checkIn) {
    Duration after = Duration.between(session.at(), checkIn.at());
    return after.compareTo(CHECK_IN_FROM) >= 0 && after.compareTo(CHECK_IN_UNTIL) <= 0;
  }

  private static Decision stepBack(Rung rung, List<Integer> ladder, int now, int before) {
    String why =
        "The day after, you rated " + now + ", worse than the " + before + " you started with";
    if (rung.step() > 0) {
      return new Decision(
          Decision.Outcome.STEP_BACK,
          new Rung(rung.phase(), rung.step() - 1),
          false,
          why + ", so you go back to " + ladder.get(rung.step() - 1) + " rounds.");
    }
    if (rung.phase() > 0) {
      return new Decision(
          Decision.Outcome.STEP_BACK,
          new Rung(rung.phase() - 1, ladder.size() - 1),
          false,
          why + ", so you go back to the top step of the previous phase.");
    }
    return stay(rung, why + "; you are at the first step already, so you repeat it gently.");
  }

  private static Decision stay(Rung rung, String reason) {
    return new Decision(Decision.Outcome.STAY, rung, false, reason);
  }

  private static Decision advance(Rung rung, int phases, List<Integer> ladder) {
    if (rung.step() < ladder.size() - 1) {
      return new Decision(
          Decision.Outcome.ADVANCE,
          new Rung(rung.phase(), rung.step() + 1),
          false,
          "Your back handled it well, so next time you do "
              + ladder.get(rung.step() + 1)
              + " rounds.");
    }
    if (rung.phase() < phases - 1) {
      return new Decision(
          Decision.Outcome.ADVANCE,
          new Rung(rung.phase() + 1, 0),
          false,
          "You finished the top step of this phase with your back ready, so the next phase opens.");
    }
    return new Decision(
        Decision.Outcome.ADVANCE,
        rung,
        true,
        "You finished the last phase: the programme is complete. Keep the habit going.");
  }
}
