package org.backcare.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import jakarta.transaction.HeuristicMixedException;
import jakarta.transaction.RollbackException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseFailuresTest {

  @Test
  void aDatabaseThatCannotBeReachedIsTold() {
    assertTrue(
        DatabaseFailures.unreachable(new SQLTransientConnectionException("pool empty")),
        "an empty connection pool is an outage");
    assertTrue(
        DatabaseFailures.unreachable(
            new PersistenceException(new SQLException("connection refused", "08001"))),
        "a refused connection (SQLSTATE 08) is an outage, even wrapped by JPA");
    assertTrue(
        DatabaseFailures.unreachable(
            new RuntimeException(new SQLException("terminating connection", "57P01"))),
        "a database shutting down (57P01) is an outage");
  }

  @Test
  void otherDatabaseErrorsAreNotAnOutage() {
    assertFalse(
        DatabaseFailures.unreachable(new SQLException("duplicate key", "23505")),
        "a constraint violation is our error, not an outage");
    assertFalse(
        DatabaseFailures.unreachable(new IllegalStateException("a bug")),
        "a bug without a database cause is not an outage");
  }

  @Test
  void aLostCommitIsAnUnknownOutcomeAndARollbackIsNot() {
    assertTrue(
        DatabaseFailures.outcomeUnknown(
            new RuntimeException(new HeuristicMixedException("connection lost at commit"))),
        "a connection lost at commit leaves the outcome unknown");
    assertFalse(
        DatabaseFailures.outcomeUnknown(new RollbackException("rolled back")),
        "a rollback is a known outcome: nothing was saved");
  }
}
