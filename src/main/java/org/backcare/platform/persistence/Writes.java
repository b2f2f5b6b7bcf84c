package org.backcare.platform.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import org.backcare.platform.domain.DomainException;

/**
 * The one way an adapter writes a versioned entity (one with {@code @Version}) so that a write that
 * lost a race with another request answers 409 on every server. Flushed inside the transaction, the
 * losing write fails with JPA's own {@link OptimisticLockException}; left to the commit, the server
 * wraps the failure its own way (on Payara, EclipseLink's native exception inside a rollback) and
 * it would answer 500. The failure becomes {@link #lostRace()}, which the REST edge answers as
 * {@code stale-write} and a page shows in the member's language.
 */
public final class Writes {

  /** The problem slug of a write that lost a race: the API's documented 409. */
  public static final String STALE_WRITE = "stale-write";

  private Writes() {}

  /**
   * Writes the persistence context's pending changes now.
   *
   * @throws DomainException {@link #lostRace()} if another transaction changed a row first
   */
  public static void flush(EntityManager entities) {
    try {
      entities.flush();
    } catch (PersistenceException e) {
      throw lostRace(e) ? (DomainException) lostRace().initCause(e) : e;
    }
  }

  /** The conflict of a write that lost a race: 409 {@code stale-write}, reload and try again. */
  public static DomainException lostRace() {
    return DomainException.conflict(STALE_WRITE, "changed-elsewhere");
  }

  /** Whether {@code failure} is, or is caused by, a lost optimistic-lock race. */
  public static boolean lostRace(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof OptimisticLockException) {
        return true;
      }
    }
    return false;
  }
}
