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
    assertTrue(DatabaseFailures.unreachable(new SQLTransientConnectionException("pool empty")));
    assertTrue(
        DatabaseFailures.unreachable(
            new PersistenceException(new SQLException("connection refused", "08001"))));
    assertTrue(
        DatabaseFailures.unreachable(
            new RuntimeException(new SQLException("terminating connection", "57P01"))));
  }

  @Test
  void otherDatabaseErrorsAreNotAnOutage() {
    assertFalse(DatabaseFailures.unreachable(new SQLException("duplicate key", "23505")));
    assertFalse(DatabaseFailures.unreachable(new IllegalStateException("a bug")));
  }

  @Test
  void aLostCommitIsAnUnknownOutcomeAndARollbackIsNot() {
    assertTrue(
        DatabaseFailures.outcomeUnknown(
            new RuntimeException(new HeuristicMixedException("connection lost at commit"))));
    assertFalse(DatabaseFailures.outcomeUnknown(new RollbackException("rolled back")));
  }
}
