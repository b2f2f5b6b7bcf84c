package org.backcare.program.domain;

import java.util.List;
import java.util.Locale;
import org.backcare.platform.domain.Messages;

/**
 * What the progression policy decided, where the member stands now, and why. The reason is kept as
 * a message key with its arguments, not as English text, so each member reads it in their own
 * language and a stored decision can be shown again later in any language.
 *
 * @param outcome the kind of decision
 * @param next the member's rung after the decision
 * @param finished whether the member has completed the whole programme
 * @param reasonKey the key of the reason under {@code progress.reason.} in the messages bundle
 * @param reasonArgs the numbers the reason quotes
 */
public record Decision(
    Outcome outcome, Rung next, boolean finished, String reasonKey, List<Integer> reasonArgs) {

  /** The four possible decisions. */
  public enum Outcome {
    ADVANCE,
    STAY,
    STEP_BACK,
    PAUSE_FOR_CARE
  }

  public Decision {
    reasonArgs = List.copyOf(reasonArgs);
  }

  /** The decision for a session that carried a warning sign: the member stays where they were. */
  public static Decision pauseForCare(Rung rung) {
    return new Decision(Outcome.PAUSE_FOR_CARE, rung, false, "pause", List.of());
  }

  /** Why, in plain words in {@code locale}. */
  public String reason(Locale locale) {
    return reason(reasonKey, reasonArgs, locale);
  }

  /** A stored reason, in plain words in {@code locale}. */
  public static String reason(String key, List<Integer> args, Locale locale) {
    return Messages.format("progress.reason." + key, locale, args.toArray());
  }
}
