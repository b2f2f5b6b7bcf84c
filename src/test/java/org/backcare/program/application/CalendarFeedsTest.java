package org.backcare.program.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The member's private calendar feed over in-memory programme records. */
class CalendarFeedsTest {

  private final ProgramServices app = new ProgramServices();

  private static String token(String path) {
    return path.substring(path.lastIndexOf('/') + 1, path.length() - ".ics".length());
  }

  @Test
  void theFeedIsMadeOnFirstUseAndKeptAfter() {
    String first = app.calendarFeeds.path();

    assertTrue(first.startsWith("/calendar/example/"), "under the employer's id: " + first);
    assertEquals(first, app.calendarFeeds.path(), "asking again gives the same address");
    assertEquals(1, app.records.feeds.size(), "one feed per member");
  }

  @Test
  void replacingTheSecretRetiresTheOldAddressAtOnce() {
    String old = app.calendarFeeds.path();

    String replaced = app.calendarFeeds.replace();

    assertNotEquals(old, replaced, "a new secret");
    assertEquals(1, app.records.flushes, "written now, so a lost race with another tab is a 409");
    assertTrue(app.calendarFeeds.feed(token(old), "https://x.test").isEmpty(), "old one is gone");
    assertTrue(
        app.calendarFeeds
            .feed(token(replaced), "https://x.test")
            .orElseThrow()
            .contains("VCALENDAR"),
        "the new one serves the calendar");
  }
}
