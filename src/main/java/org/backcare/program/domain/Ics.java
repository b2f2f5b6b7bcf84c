package org.backcare.program.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes an iCalendar (RFC 5545) feed. Planned sessions use floating local times (no zone), so
 * 08:00 stays 08:00 on the member's own calendar wherever they are; backcare never needs to know
 * their time zone.
 */
public final class Ics {

  /** One planned session. */
  public record Event(
      String uid,
      LocalDateTime start,
      int minutes,
      String summary,
      String description,
      String url) {}

  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

  private Ics() {}

  /** The whole feed, lines ending in CRLF and folded at 75 octets. */
  public static String calendar(String name, List<Event> events, Instant now) {
    StringBuilder out = new StringBuilder();
    line(out, "BEGIN:VCALENDAR");
    line(out, "VERSION:2.0");
    line(out, "PRODID:-//backcare//programmes//EN");
    line(out, "CALSCALE:GREGORIAN");
    line(out, "METHOD:PUBLISH");
    line(out, "X-WR-CALNAME:" + text(name));
    String stamp = LOCAL.format(now.atOffset(ZoneOffset.UTC).toLocalDateTime()) + "Z";
    for (Event event : events) {
      line(out, "BEGIN:VEVENT");
      line(out, "UID:" + text(event.uid()));
      line(out, "DTSTAMP:" + stamp);
      line(out, "DTSTART:" + LOCAL.format(event.start()));
      line(out, "DURATION:PT" + event.minutes() + "M");
      line(out, "SUMMARY:" + text(event.summary()));
      line(out, "DESCRIPTION:" + text(event.description()));
      line(out, "URL:" + event.url());
      line(out, "END:VEVENT");
    }
    line(out, "END:VCALENDAR");
    return out.toString();
  }

  /** Escapes a TEXT value: backslash, semicolon, comma and line breaks. */
  static String text(String value) {
    return value
        .replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "");
  }

  private static void line(StringBuilder out, String line) {
    byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
    int start = 0;
    boolean first = true;
    while (start < bytes.length) {
      int limit = first ? 75 : 74;
      int end = Math.min(bytes.length, start + limit);
      while (end < bytes.length && (bytes[end] & 0xC0) == 0x80) {
        end--;
      }
      if (!first) {
        out.append(' ');
      }
      out.append(new String(bytes, start, end - start, StandardCharsets.UTF_8)).append("\r\n");
      start = end;
      first = false;
    }
  }
}
