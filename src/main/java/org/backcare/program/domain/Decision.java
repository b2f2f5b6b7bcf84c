package org.backcare.program.domain;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

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

  static final String BUNDLE = "org.backcare.platform.i18n.messages";

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

  /** Why, in plain words in {@code locale}. */
  public String reason(Locale locale) {
    return reason(reasonKey, reasonArgs, locale);
  }

  /** A stored reason, in plain words in {@code locale}. */
  public static String reason(String key, List<Integer> args, Locale locale) {
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
    return new MessageFormat(bundle.getString("progress.reason." + key), locale)
        .format(args.toArray());
  }
}
