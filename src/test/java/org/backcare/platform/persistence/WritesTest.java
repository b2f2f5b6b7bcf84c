package org.backcare.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.RollbackException;
import java.lang.reflect.Proxy;
import java.util.Locale;
import org.backcare.platform.domain.DomainException;
import org.junit.jupiter.api.Test;

/**
 * A write that lost a race answers the one documented conflict; other failures stay as they are.
 */
class WritesTest {

  /** An entity manager whose flush fails with {@code failure} (or succeeds when null). */
  private static EntityManager flushing(RuntimeException failure, int[] flushes) {
    return (EntityManager)
        Proxy.newProxyInstance(
            EntityManager.class.getClassLoader(),
            new Class<?>[] {EntityManager.class},
            (proxy, method, args) -> {
              if (!method.getName().equals("flush")) {
                throw new UnsupportedOperationException(method.getName());
              }
              flushes[0]++;
              if (failure != null) {
                throw failure;
              }
              return null;
            });
  }

  @Test
  void aWriteThatWinsIsFlushedOnce() {
    int[] flushes = {0};
    Writes.flush(flushing(null, flushes));
    assertEquals(1, flushes[0], "the pending changes are written now, inside the transaction");
  }

  @Test
  void aLostRaceBecomesTheStaleWriteConflict() {
    OptimisticLockException lost = new OptimisticLockException("row changed");
    DomainException conflict =
        assertThrows(
            DomainException.class,
            () -> Writes.flush(flushing(lost, new int[1])),
            "a lost race is a conflict the member can act on, not a server failure");
    assertEquals(DomainException.Kind.CONFLICT, conflict.kind(), "answered 409");
    assertEquals("stale-write", conflict.slug(), "the API's documented problem type");
    assertEquals("Changed elsewhere", conflict.title(Locale.ENGLISH), "the title members read");
    assertEquals(
        "Someone changed this at the same moment; reload it and try again.",
        conflict.detail(Locale.ENGLISH),
        "the detail says what to do");
    assertSame(lost, conflict.getCause(), "the provider's failure stays in the log");
  }

  @Test
  void aLostRaceWrappedByTheProviderIsStillTheConflict() {
    RollbackException wrapped =
        new RollbackException("commit failed", new OptimisticLockException("row changed"));
    DomainException conflict =
        assertThrows(
            DomainException.class,
            () -> Writes.flush(flushing(wrapped, new int[1])),
            "a server that wraps the lock failure still answers the conflict");
    assertEquals("stale-write", conflict.slug(), "the same problem type whatever the wrapper");
  }

  @Test
  void otherFailuresAreNotTurnedIntoConflicts() {
    PersistenceException broken = new PersistenceException("constraint violated");
    PersistenceException thrown =
        assertThrows(
            PersistenceException.class,
            () -> Writes.flush(flushing(broken, new int[1])),
            "a failure that is not a lost race keeps its own meaning");
    assertSame(broken, thrown, "rethrown as it was, not hidden behind a 409");
  }

  @Test
  void lostRaceLooksThroughEveryCause() {
    assertEquals(
        true,
        Writes.lostRace(new IllegalStateException(new OptimisticLockException())),
        "found behind any wrapper");
    assertEquals(
        false, Writes.lostRace(new IllegalStateException("other")), "nothing else is a lost race");
  }
}
