package org.backcare.program.domain;

/**
 * What the progression policy decided, where the member stands now, and why, in words the member
 * reads.
 *
 * @param outcome the kind of decision
 * @param next the member's rung after the decision
 * @param finished whether the member has completed the whole programme
 * @param reason why, in plain words
 */
public record Decision(Outcome outcome, Rung next, boolean finished, String reason) {

  /** The four possible decisions. */
  public enum Outcome {
    ADVANCE,
    STAY,
    STEP_BACK,
    PAUSE_FOR_CARE
  }
}
