package org.backcare.platform.persistence;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells failures of the database itself from faults in backcare: a database that cannot be reached
 * (being restarted, a pool with no connection to give within its timeout) is a 503 the client can
 * retry, and a commit whose outcome was lost with the connection must never be reported as "nothing
 * changed".
 */
public final class DatabaseFailures {

  private DatabaseFailures() {}

  /** Whether {@code failure} comes from a database that cannot be reached now. */
  public static boolean unreachable(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLTransientConnectionException
          || cause instanceof SQLNonTransientConnectionException) {
        return true;
      }
      if (cause instanceof SQLException sql && sql.getSQLState() != null) {
        String state = sql.getSQLState();
        // 08: connection exception; 57P01-57P03: the server is shutting down or starting up.
        if (state.startsWith("08") || state.startsWith("57P")) {
          return true;
        }
      }
      if (cause.getClass().getName().endsWith("ConnectionWaitTimeoutException")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code failure} came from the database at all (a driver's {@link SQLException}
   * somewhere in its causes), whatever its code: such a failure while the database is away is the
   * database's, which only asking the database can tell (see {@code DatabaseProbe}).
   */
  public static boolean fromDatabase(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException) {
        return true;
      }
    }
    return false;
  }

  /** Whether the transaction's outcome is unknown: the commit may or may not have happened. */
  public static boolean outcomeUnknown(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      String name = cause.getClass().getName();
      if (name.equals("jakarta.transaction.HeuristicMixedException")
          || name.equals("jakarta.transaction.HeuristicRollbackException")
          || name.equals("jakarta.transaction.SystemException")) {
        return true;
      }
    }
    return false;
  }
}
