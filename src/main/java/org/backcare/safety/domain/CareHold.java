package org.backcare.safety.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Something a member is doing that must stop when they report a warning sign, such as a phased
 * programme. Features that guide exercise implement it; the safety service calls every
 * implementation for every sign, wherever it was reported, so no entry point can forget one.
 */
public interface CareHold {

  /** What a hold stopped, for the answer the member sees. */
  record Held(String what) {}

  /**
   * Stops the member's activity for care and records why, in the caller's transaction.
   *
   * @param memberId the member who reported the signs
   * @param signs at least one sign
   * @param source where the member reported them
   * @param at when
   * @return what was held, or empty when the member had nothing of this kind going on
   */
  Optional<Held> hold(long memberId, Set<RedFlag> signs, SignSource source, Instant at);

  /**
   * Whether the member is held for care by this kind of activity now, waiting for a professional's
   * check: loaded exercise elsewhere (a loaded move in the toolbox) waits too.
   */
  boolean holds(long memberId);
}
