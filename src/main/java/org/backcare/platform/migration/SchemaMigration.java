package org.backcare.platform.migration;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema up to date when the application starts, before any request is served.
 * Flyway owns the schema (one SQL set for H2 in PostgreSQL mode and for PostgreSQL); EclipseLink
 * only maps. Several instances starting together are safe: Flyway takes a database lock.
 *
 * <p>{@code db/migration/flyway.location} and {@code db/callback/flyway.location} (Flyway's default
 * callback folder, searched whatever is configured) are empty marker files: Liberty's class loader,
 * like WebSphere's, only lets Flyway find a classpath folder that contains a file.
 *
 * <p>Baselining at version 0 lets Flyway start in a schema that already holds tables that are not
 * ours, such as the HTTP session table Liberty creates when sessions are kept in the database
 * ({@code deploy/liberty/production.xml}); every migration from V1 still runs.
 *
 * <p>A failed migration does not stop the server: it is logged and the readiness check reports it,
 * so an orchestrator keeps the instance out of service and an operator can see why.
 */
@ApplicationScoped
public class SchemaMigration {

  private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

  @Resource(lookup = "jdbc/backcare")
  private DataSource dataSource;

  private volatile Optional<String> failure = Optional.of("migrations have not run yet");
  private volatile String version = "";

  void onStart(@Observes Startup startup) {
    migrate();
  }

  /** Runs pending migrations; safe to call again. */
  public synchronized void migrate() {
    try {
      MigrateResult result =
          Flyway.configure(SchemaMigration.class.getClassLoader())
              .dataSource(dataSource)
              .locations("classpath:db/migration")
              .failOnMissingLocations(true)
              .baselineOnMigrate(true)
              .baselineVersion("0")
              .load()
              .migrate();
      version = result.targetSchemaVersion == null ? "" : result.targetSchemaVersion;
      if (version.isEmpty() && result.initialSchemaVersion != null) {
        version = result.initialSchemaVersion;
      }
      failure = Optional.empty();
      LOG.info(
          () ->
              "Database schema at version "
                  + version
                  + " ("
                  + result.migrationsExecuted
                  + " migration(s) applied now)");
    } catch (RuntimeException e) {
      failure = Optional.of(e.getClass().getSimpleName() + ": " + e.getMessage());
      LOG.log(Level.SEVERE, "Database migration failed; the readiness check reports DOWN", e);
    }
  }

  /** Why the schema is not ready, if it is not. */
  public Optional<String> failure() {
    return failure;
  }

  /** The schema version reached by the last successful migration. */
  public String version() {
    return version;
  }
}
