package org.backcare.events.application;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.backcare.events.domain.EventRecords;
import org.backcare.events.domain.EventSignature;
import org.backcare.tenant.application.TenantRegistry;
import org.backcare.tenant.domain.EventsEndpoint;

/**
 * Sends due events from the outbox to each employer's portal, on a schedule of the container's
 * (Jakarta Concurrency), so the member's request never waits for a portal. A 2xx answer delivers an
 * event; anything else, or no answer in time, schedules a retry with backoff. The body is the event
 * id, its type, the member's portal subject and the time, nothing else.
 */
@ApplicationScoped
public class EventDispatcher {

  private static final Logger LOG = Logger.getLogger(EventDispatcher.class.getName());

  /** The header carrying the event id, for portals that de-duplicate before parsing. */
  public static final String EVENT_ID_HEADER = "Backcare-Event-Id";

  @Resource ManagedScheduledExecutorService scheduler;

  @Inject TenantRegistry tenants;
  @Inject EventRecords deliveries;
  @Inject DeliverySettings settings;

  @Inject Clock clock;
  private HttpClient client;
  private ScheduledFuture<?> schedule;

  void onStart(@Observes Startup startup) {
    client = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
    long every = settings.poll().toMillis();
    schedule =
        scheduler.scheduleWithFixedDelay(this::passSafely, every, every, TimeUnit.MILLISECONDS);
  }

  @PreDestroy
  void stop() {
    if (schedule != null) {
      schedule.cancel(false);
    }
  }

  private void passSafely() {
    try {
      deliverDue();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Event delivery pass failed; the next pass tries again", e);
    }
  }

  /** Sends every event due now; returns how many were delivered. */
  public int deliverDue() {
    Map<String, EventsEndpoint> endpoints =
        tenants.serving().stream()
            .filter(t -> t.events().isPresent())
            .collect(Collectors.toMap(t -> t.id().value(), t -> t.events().get()));
    int delivered = 0;
    List<EventRecords.Due> due;
    do {
      due = deliveries.due(endpoints.keySet(), clock.instant());
      for (EventRecords.Due event : due) {
        // Each event is leased just before its own send, for one send's time at most, so a slow
        // portal never lets the lease of a waiting event run out and another instance send it too.
        Optional<EventRecords.Due> leased =
            deliveries.lease(event, clock.instant().plus(settings.timeout()).plusSeconds(30));
        if (leased.isPresent() && send(leased.get(), endpoints.get(event.tenant()))) {
          delivered++;
        }
      }
    } while (due.size() == EventRecords.BATCH);
    return delivered;
  }

  private boolean send(EventRecords.Due event, EventsEndpoint endpoint) {
    int attempt = event.attempts() + 1;
    Optional<String> error = post(event, endpoint);
    Instant now = clock.instant();
    if (error.isEmpty()) {
      if (!deliveries.delivered(event, attempt, now)) {
        LOG.warning(() -> "Event " + event.id() + " was delivered after its lease ran out");
      }
      return true;
    }
    Optional<Instant> retry = settings.retries().nextAttempt(attempt, now);
    deliveries.failed(event, attempt, error.get(), retry);
    String outcome =
        retry.map(at -> "failed; next try at " + at).orElse("failed; given up for operators");
    LOG.log(
        retry.isPresent() ? Level.INFO : Level.WARNING,
        "Event {0} for tenant {1}, attempt {2}: {3} ({4})",
        new Object[] {event.id(), event.tenant(), attempt, outcome, error.get()});
    return false;
  }

  /** Posts the event once; empty on a 2xx answer, else what went wrong. */
  private Optional<String> post(EventRecords.Due event, EventsEndpoint endpoint) {
    String body = body(event);
    try {
      HttpRequest request =
          HttpRequest.newBuilder(endpoint.url())
              .timeout(settings.timeout())
              .header("Content-Type", "application/json")
              .header(EVENT_ID_HEADER, event.id())
              .header(
                  EventSignature.HEADER,
                  EventSignature.header(endpoint.secret(), clock.instant().getEpochSecond(), body))
              .POST(HttpRequest.BodyPublishers.ofString(body))
              .build();
      int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
      return status >= 200 && status < 300 ? Optional.empty() : Optional.of("HTTP " + status);
    } catch (IOException e) {
      return Optional.of(e.getClass().getSimpleName() + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.of("interrupted while sending");
    }
  }

  /** The event as the portal receives it. */
  static String body(EventRecords.Due event) {
    return Json.createObjectBuilder()
        .add("id", event.id())
        .add("type", event.type())
        .add("sub", event.subject())
        .add("time", event.occurredAt().toString())
        .build()
        .toString();
  }
}
