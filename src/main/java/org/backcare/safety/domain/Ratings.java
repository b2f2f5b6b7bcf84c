package org.backcare.safety.domain;

import java.util.Set;
import org.backcare.platform.domain.DomainException;

/**
 * The rule every rated activity (a try of a move, a programme session) shares: one done to the end
 * needs the rating after it, because that rating is what the member learns from; one stopped by a
 * warning sign needs none, because a sign ends it and its rating would be about the sign.
 */
public final class Ratings {

  private Ratings() {}

  /**
   * @throws DomainException INVALID ({@code validation-failed}) when a completed {@code activity}
   *     without a sign has no rating after it
   */
  public static void requireAfter(
      boolean completed, Integer after, Set<RedFlag> signs, String activity) {
    if (completed && signs.isEmpty() && after == null) {
      throw DomainException.invalid("validation-failed", activity + "-after-missing");
    }
  }
}
