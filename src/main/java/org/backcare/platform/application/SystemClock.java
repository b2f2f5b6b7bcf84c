package org.backcare.platform.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * The one clock services read the time from, so a rule that depends on time (rest days, the
 * next-day window, retention) is tested by handing the service a fixed clock instead of waiting.
 */
@ApplicationScoped
public class SystemClock {

  @Produces
  Clock clock() {
    return Clock.systemUTC();
  }
}
