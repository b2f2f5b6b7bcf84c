package org.backcare.privacy.application;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.backcare.tenant.application.TenantRegistry;
import org.backcare.tenant.domain.Tenant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the retention purge of every serving tenant on the container's scheduler (Jakarta
 * Concurrency): first a few minutes after start, then every {@code
 * backcare.retention.interval-hours}. Several instances may run it at once; deleting what is
 * already deleted is harmless. One tenant's failure is logged and does not stop the others.
 */
@ApplicationScoped
public class RetentionSchedule {

  private static final Logger LOG = Logger.getLogger(RetentionSchedule.class.getName());

  @Resource ManagedScheduledExecutorService scheduler;

  @Inject TenantRegistry tenants;
  @Inject RetentionPurge purge;

  @Inject
  @ConfigProperty(name = "backcare.retention.interval-hours", defaultValue = "24")
  double intervalHours;

  @Inject
  @ConfigProperty(name = "backcare.retention.first-run-minutes", defaultValue = "5")
  double firstRunMinutes;

  @Inject Clock clock;
  private ScheduledFuture<?> schedule;

  void onStart(@Observes Startup startup) {
    long every = (long) (intervalHours * 3_600_000);
    schedule =
        scheduler.scheduleAtFixedRate(
            this::purgeAll, (long) (firstRunMinutes * 60_000), every, TimeUnit.MILLISECONDS);
  }

  @PreDestroy
  void stop() {
    if (schedule != null) {
      schedule.cancel(false);
    }
  }

  /** Purges every serving tenant now. */
  public void purgeAll() {
    for (Tenant tenant : tenants.serving()) {
      try {
        purge.purge(tenant, clock.instant());
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Retention purge of tenant " + tenant.id() + " failed", e);
      }
    }
  }
}
