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

  /** Whether a connection can be had and validates within two seconds. */
  public boolean reachable() {
    try (Connection connection = dataSource.getConnection()) {
      return connection.isValid(2);
    } catch (SQLException | RuntimeException e) {
      // Payara's pool wraps the driver's exception in an unchecked one: either way, not reachable.
      return false;
    }
  }
}
