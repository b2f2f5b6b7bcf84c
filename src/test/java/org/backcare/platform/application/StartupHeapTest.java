package org.backcare.platform.application;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Priority;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.inject.spi.ObserverMethod;
import org.junit.jupiter.api.Test;

class StartupHeapTest {

  /**
   * The collection gives back start-up's garbage only if it runs after the application's own
   * start-up observers (migrations, content validation, schedules), which keep CDI's default
   * priority: an earlier one would collect before most of that garbage exists.
   */
  @Test
  void collectsAfterTheObserversThatKeepTheDefaultPriority() throws NoSuchMethodException {
    Priority priority =
        StartupHeap.class
            .getDeclaredMethod("onStart", Startup.class)
            .getParameters()[0]
            .getAnnotation(Priority.class);
    assertNotNull(priority, "the start-up observer names its priority");
    assertTrue(priority.value() > ObserverMethod.DEFAULT_PRIORITY, "runs after the default ones");
  }
}
