package org.backcare.events.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.backcare.events.domain.EventRecords;

/**
 * The outbox as operators see it, across every employer: the deliveries that gave up, and queueing
 * one again once the portal is fixed.
 */
@ApplicationScoped
public class EventDeliveries {

  @Inject EventRecords records;

  @Inject Clock clock;

  /** The deliveries that gave up, newest first, at most {@code limit}. */
  public List<EventRecords.Delivery> failedDeliveries(int limit) {
    return records.failedDeliveries(limit);
  }

  /**
   * Puts a given-up event back in the queue, due now with a fresh set of attempts.
   *
   * @return false if there is no given-up event {@code id}
   */
  public boolean retry(String id) {
    return records.retry(id, clock.instant());
  }
}
