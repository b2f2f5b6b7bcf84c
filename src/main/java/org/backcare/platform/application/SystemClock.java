package org.backcare.platform.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The one clock services read the time from, so a rule that depends on time (rest days, the
 * next-day window, retention) is tested by handing the service a fixed clock instead of waiting.
 */
@ApplicationScoped
public class SystemClock {

  @Produces
  Clock clock() {
    return new Microseconds();
  }

  /**
   * The system's UTC clock in whole microseconds, what PostgreSQL keeps: a time answered when
   * something is created is then the same as the one read back later. ({@code Clock.tick} with a
   * sub-millisecond tick divides by zero in {@code millis()}.)
   */
  static final class Microseconds extends Clock {

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return zone.equals(ZoneOffset.UTC) ? this : Clock.system(zone);
    }

    @Override
    public Instant instant() {
      return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
  }
}
