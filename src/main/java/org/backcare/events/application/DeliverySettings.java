package org.backcare.events.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.backcare.events.domain.RetrySchedule;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How the dispatcher works, from MicroProfile Config (keys and defaults in README.md). */
@ApplicationScoped
public class DeliverySettings {

  @Inject
  @ConfigProperty(name = "backcare.events.poll-seconds", defaultValue = "5")
  double pollSeconds;

  @Inject
  @ConfigProperty(name = "backcare.events.retry-base-seconds", defaultValue = "30")
  double retryBaseSeconds;

  @Inject
  @ConfigProperty(name = "backcare.events.retry-cap-minutes", defaultValue = "360")
  long retryCapMinutes;

  @Inject
  @ConfigProperty(name = "backcare.events.max-attempts", defaultValue = "12")
  int maxAttempts;

  @Inject
  @ConfigProperty(name = "backcare.events.timeout-seconds", defaultValue = "10")
  long timeoutSeconds;

  /** How often due events are looked for. */
  public Duration poll() {
    return Duration.ofMillis(Math.max(100, (long) (pollSeconds * 1000)));
  }

  /** When failed deliveries are tried again. */
  public RetrySchedule retries() {
    Duration base = Duration.ofMillis(Math.max(100, (long) (retryBaseSeconds * 1000)));
    Duration cap = Duration.ofMinutes(retryCapMinutes);
    return new RetrySchedule(base, cap.compareTo(base) < 0 ? base : cap, maxAttempts);
  }

  /** How long one delivery may take before it counts as failed. */
  public Duration timeout() {
    return Duration.ofSeconds(timeoutSeconds);
  }
}
