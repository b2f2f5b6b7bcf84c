package org.backcare.tenant.domain;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * The keys that bound what backcare keeps and tells about members: {@code report.min-group-size},
 * {@code retention-days}, the participation events ({@code events.url}, {@code events.secret}) and
 * {@code session.idle-minutes}. They belong together because each one limits how far a member's
 * activity travels: into a report, into the database over time, to the portal, or left open on a
 * shared screen. README's section on privacy explains them to employers.
 */
final class PrivacySettings {

  private PrivacySettings() {}

  /** {@code report.min-group-size}: the smallest group a report may describe, 10 by default. */
  static int reportMinGroupSize(TenantFile file) {
    return file.integer("report.min-group-size", 10, 5, 10_000);
  }

  /** {@code retention-days}: how long member activity is kept, 730 days by default. */
  static int retentionDays(TenantFile file) {
    return file.integer("retention-days", 730, 30, 3650);
  }

  /**
   * The portal's events endpoint. The URL must be https (plain http only to loopback, for local
   * testing), and the secret is required with it: unsigned events would let anyone award points.
   */
  static Optional<EventsEndpoint> events(TenantFile file) {
    Optional<String> url = file.optional("events.url");
    file.requiredWith("events.url", "events.secret");
    if (url.isEmpty()) {
      return Optional.empty();
    }
    file.requiredWith("events.secret", "events.url");
    Optional<String> secret = file.secret("events.secret", EventsEndpoint.MIN_SECRET_LENGTH);
    Optional<URI> endpoint = file.secureUrl("events.url", url.get());
    return endpoint.flatMap(u -> secret.map(s -> new EventsEndpoint(u, s)));
  }

  /** {@code session.idle-minutes}: how long a member's session may sit idle, 30 by default. */
  static Duration sessionIdle(TenantFile file) {
    return Duration.ofMinutes(file.integer("session.idle-minutes", 30, 5, 480));
  }
}
