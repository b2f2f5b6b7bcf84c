package org.backcare.platform.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Whether the database answers now. Asked where silence would mislead a member: a session store in
 * the database that cannot be read looks exactly like no session, and a member shown the visitor's
 * page during a database restart believes they were signed out. Waits at most the pool's connection
 * timeout (3 s, server.xml) and then two seconds for the connection to validate.
 */
@ApplicationScoped
public class DatabaseProbe {

  @Resource(lookup = "jdbc/backcare")
  DataSource dataSource;

  /**
   * An answer is remembered this long: a browser holding an expired session cookie asks on every
   * page, and so could anyone who sends a made-up one, so an instance asks the database at most
   * once per period however many requests need the answer.
   */
  static final long REMEMBER_NANOS = 2_000_000_000L;

  private volatile long askedAt;
  private volatile boolean answer;

  /** Whether a connection can be had and validates within two seconds (asked at most every 2 s). */
  public boolean reachable() {
    long now = System.nanoTime();
    long asked = askedAt;
    if (asked != 0 && now - asked < REMEMBER_NANOS) {
      return answer;
    }
    boolean reachable = ask();
    answer = reachable;
    askedAt = System.nanoTime();
    return reachable;
  }

  /**
   * Whether the database answers now, asked by someone who has just seen it fail: a remembered
   * "unreachable" is trusted (so an outage costs one question every two seconds however many
   * requests fail), but a remembered "reachable" is not, since the failure in hand is newer news.
   * Without this, the first requests of an outage within two seconds of a good answer would be
   * reported as backcare's own failure rather than "try again shortly".
   */
  public boolean reachableAfterFailure() {
    long asked = askedAt;
    if (asked != 0 && System.nanoTime() - asked < REMEMBER_NANOS && !answer) {
      return false;
    }
    boolean reachable = ask();
    answer = reachable;
    askedAt = System.nanoTime();
    return reachable;
  }

  private boolean ask() {
    try (Connection connection = dataSource.getConnection()) {
      return connection.isValid(2);
    } catch (SQLException | RuntimeException e) {
      // Payara's pool wraps the driver's exception in an unchecked one: either way, not reachable.
      return false;
    }
  }
}
