package org.backcare.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.backcare.platform.migration.SchemaMigration;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when the database answers and the schema migrations have run. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  @Resource(lookup = "jdbc/backcare")
  DataSource dataSource;

  @Inject SchemaMigration migration;

  @Override
  public HealthCheckResponse call() {
    var answer = HealthCheckResponse.named("database");
    try (Connection connection = dataSource.getConnection()) {
      answer.withData("product", connection.getMetaData().getDatabaseProductName());
      if (!connection.isValid(2)) {
        return answer.down().withData("reason", "the connection did not validate").build();
      }
    } catch (SQLException | RuntimeException e) {
      // Some servers' connection wrappers (Payara's) throw an unchecked wrapper around the
      // driver's SQLException when a pooled connection died with the database; either way the
      // database is not ready, and the check must say so rather than fail with a 500.
      return answer.down().withData("reason", "cannot connect: " + rootMessage(e)).build();
    }
    if (migration.failure().isPresent()) {
      return answer.down().withData("reason", migration.failure().get()).build();
    }
    return answer.up().withData("schemaVersion", migration.version()).build();
  }

  private static String rootMessage(Throwable failure) {
    Throwable cause = failure;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return String.valueOf(cause.getMessage());
  }
}
