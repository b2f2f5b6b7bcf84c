package org.backcare.provisioning.application;

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
 * Runs {@link LeaverPass} for every serving tenant whose directory manages its members, on the
 * container's scheduler: a minute after start, then every {@code backcare.leavers.interval-minutes}
 * (15 by default), so a termination date takes effect within a quarter of an hour of midnight (UTC)
 * and a leaver's data goes within a quarter of an hour of their grace period's end. Several
 * instances may run it at once: each change is a version-checked update, and erasing what is
 * already erased finds nothing.
 */
@ApplicationScoped
public class LeaverSchedule {

  private static final Logger LOG = Logger.getLogger(LeaverSchedule.class.getName());

  @Resource ManagedScheduledExecutorService scheduler;

  @Inject TenantRegistry tenants;
  @Inject LeaverPass pass;

  @Inject
  @ConfigProperty(name = "backcare.leavers.interval-minutes", defaultValue = "15")
  double intervalMinutes;

  @Inject Clock clock;
  private ScheduledFuture<?> schedule;

  void onStart(@Observes Startup startup) {
    long every = (long) (intervalMinutes * 60_000);
    schedule = scheduler.scheduleAtFixedRate(this::runAll, 60_000, every, TimeUnit.MILLISECONDS);
  }

  @PreDestroy
  void stop() {
    if (schedule != null) {
      schedule.cancel(false);
    }
  }

  /** Runs the pass for every directory-managed tenant now; one tenant's failure stops no other. */
  public void runAll() {
    for (Tenant tenant : tenants.serving()) {
      if (!tenant.provisioning().directoryManaged()) {
        continue;
      }
      try {
        pass.run(tenant, clock.instant());
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Leavers' pass of tenant " + tenant.id() + " failed", e);
      }
    }
  }
}
