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
    } catch (SQLException e) {
      return answer.down().withData("reason", "cannot connect: " + e.getMessage()).build();
    }
    if (migration.failure().isPresent()) {
      return answer.down().withData("reason", migration.failure().get()).build();
    }
    return answer.up().withData("schemaVersion", migration.version()).build();
  }
}
