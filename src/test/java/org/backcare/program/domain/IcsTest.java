package org.backcare.program.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The calendar feed as RFC 5545 wants it: CRLF lines, floating start times, escaped and folded. */
class IcsTest {

  private static final Instant NOW = Instant.parse("2026-11-21T06:30:05Z");
  private static final String URL = "http://localhost:9080/backcare/programs/session.xhtml";
  private static final String SPANISH =
      "Aprende a activar tu core profundo con suavidad al soltar el aire, sin meter la pelvis."
          + " Cuando la zona lumbar se siente rígida, es tentador estirarla; pero esa rigidez"
          + " suele ser tu cuerpo protegiendo una zona en la que ahora no confía. ¿Qué necesita"
          + " tu espalda? Estabilidad que puedas controlar: añade carga poco a poco, señal a"
          + " señal, año tras año: ñandú, pingüino, acción, corazón, lección, búho, güisqui.";

  private static Ics.Event event(String uid, LocalDateTime start, String summary, String text) {
    return new Ics.Event(uid, start, 25, summary, text, URL);
  }

  private static Ics.Event monday() {
    return event(
        "2026-11-23-7@backcare",
        LocalDateTime.of(2026, 11, 23, 8, 0),
        "backcare: Core foundations · Core control",
        "Learn to switch on your deep core.");
  }

  private static Ics.Event wednesday() {
    return event(
        "2026-11-25-7@backcare",
        LocalDateTime.of(2026, 11, 25, 18, 30, 15),
        "backcare: Core foundations · Core control",
        "Learn to switch on your deep core.");
  }

  /** The physical lines, without their CRLF. */
  private static List<String> physicalLines(String feed) {
    assertTrue(feed.endsWith("\r\n"), "the feed ends with CRLF");
    return Arrays.asList(feed.substring(0, feed.length() - 2).split("\r\n", -1));
  }

  /** The content lines after unfolding (RFC 5545 3.1: remove CRLF followed by one space). */
  private static List<String> unfolded(String feed) {
    return physicalLines(feed.replace("\r\n ", ""));
  }

  private static long count(List<String> lines, String line) {
    return lines.stream().filter(line::equals).count();
  }

  private static int octets(String line) {
    return line.getBytes(StandardCharsets.UTF_8).length;
  }

  @Test
  void everyLineEndsInCrlf() {
    String feed = Ics.calendar("backcare", List.of(monday(), wednesday()), NOW);
    assertTrue(feed.endsWith("\r\n"), "the last line ends in CRLF");
    for (int i = 0; i < feed.length(); i++) {
      if (feed.charAt(i) == '\n') {
        assertTrue(i > 0 && feed.charAt(i - 1) == '\r', "bare LF at " + i);
      }
      if (feed.charAt(i) == '\r') {
        assertTrue(i + 1 < feed.length() && feed.charAt(i + 1) == '\n', "bare CR at " + i);
      }
    }
  }

  @Test
  void oneCalendarWithOneEventPerPlannedSession() {
    List<String> lines = unfolded(Ics.calendar("backcare", List.of(monday(), wednesday()), NOW));
    assertEquals("BEGIN:VCALENDAR", lines.get(0), "the feed opens with BEGIN:VCALENDAR");
    assertEquals(
        "END:VCALENDAR", lines.get(lines.size() - 1), "the feed closes with END:VCALENDAR");
    assertEquals(1, count(lines, "BEGIN:VCALENDAR"), lines.toString());
    assertEquals(1, count(lines, "END:VCALENDAR"), lines.toString());
    assertEquals(1, count(lines, "VERSION:2.0"), lines.toString());
    assertEquals(2, count(lines, "BEGIN:VEVENT"), lines.toString());
    assertEquals(2, count(lines, "END:VEVENT"), lines.toString());
    assertEquals(1, count(lines, "UID:2026-11-23-7@backcare"), lines.toString());
    assertEquals(1, count(lines, "UID:2026-11-25-7@backcare"), lines.toString());
    assertEquals(2, count(lines, "DURATION:PT25M"), lines.toString());
    assertEquals(2, count(lines, "URL:" + URL), lines.toString());
  }

  @Test
  void noSessionsStillMakeAValidEmptyCalendar() {
    List<String> lines = unfolded(Ics.calendar("backcare", List.of(), NOW));
    assertEquals("BEGIN:VCALENDAR", lines.get(0), "an empty feed still opens with BEGIN:VCALENDAR");
    assertEquals(
        "END:VCALENDAR",
        lines.get(lines.size() - 1),
        "an empty feed still closes with END:VCALENDAR");
    assertEquals(0, count(lines, "BEGIN:VEVENT"), lines.toString());
  }

  @Test
  void startsAreFloatingLocalTimesAndTheStampIsUtc() {
    List<String> lines = unfolded(Ics.calendar("backcare", List.of(monday(), wednesday()), NOW));
    assertEquals(1, count(lines, "DTSTART:20261123T080000"), lines.toString());
    assertEquals(1, count(lines, "DTSTART:20261125T183015"), lines.toString());
    assertEquals(2, count(lines, "DTSTAMP:20261121T063005Z"), lines.toString());
    assertFalse(
        lines.stream().anyMatch(l -> l.startsWith("DTSTART") && l.endsWith("Z")),
        "a start must carry no zone: " + lines);
    assertFalse(
        lines.stream().anyMatch(l -> l.startsWith("DTSTART;TZID")),
        "a start must carry no zone: " + lines);
  }

  @Test
  void commasSemicolonsBackslashesAndLineBreaksAreEscaped() {
    Ics.Event event =
        event(
            "a@backcare",
            LocalDateTime.of(2026, 11, 23, 8, 0),
            "Hips, back; and a \\ slash",
            "First line\nsecond line\r\nthird; fourth, fifth\rend");
    List<String> lines = unfolded(Ics.calendar("backcare, mine", List.of(event), NOW));
    assertEquals(1, count(lines, "X-WR-CALNAME:backcare\\, mine"), lines.toString());
    assertEquals(1, count(lines, "SUMMARY:Hips\\, back\\; and a \\\\ slash"), lines.toString());
    assertEquals(
        1,
        count(lines, "DESCRIPTION:First line\\nsecond line\\nthird\\; fourth\\, fifthend"),
        lines.toString());
  }

  @Test
  void aLongSpanishDescriptionIsFoldedAtSeventyFiveOctetsAndUnfoldsUnchanged() {
    Ics.Event event = event("a@backcare", LocalDateTime.of(2026, 11, 23, 8, 0), "Sesión", SPANISH);
    String feed = Ics.calendar("backcare", List.of(event), NOW);
    List<String> physical = physicalLines(feed);
    for (String line : physical) {
      assertTrue(octets(line) <= 75, octets(line) + " octets: " + line);
    }
    assertFalse(feed.contains("\uFFFD"), "a fold split a UTF-8 character");
    long continuations = physical.stream().filter(l -> l.startsWith(" ")).count();
    int descriptionOctets = octets("DESCRIPTION:" + SPANISH);
    assertTrue(
        continuations >= (descriptionOctets - 75 + 73) / 74,
        continuations + " continuation lines for " + descriptionOctets + " octets");
    String folded =
        physical.stream().filter(l -> l.startsWith("DESCRIPTION:")).findFirst().orElseThrow();
    assertTrue(octets(folded) >= 72, "the first line is filled up to the limit: " + folded);
    List<String> lines = unfolded(feed);
    assertEquals(
        1,
        count(lines, "DESCRIPTION:" + SPANISH.replace(",", "\\,").replace(";", "\\;")),
        "unfolding restores the text: " + lines);
  }

  @Test
  void aTwoOctetCharacterAcrossTheLimitMovesWholeToTheNextLine() {
    String text = "a".repeat(62) + "ñu";
    Ics.Event event = event("a@backcare", LocalDateTime.of(2026, 11, 23, 8, 0), "s", text);
    List<String> physical = physicalLines(Ics.calendar("backcare", List.of(event), NOW));
    int at = physical.indexOf("DESCRIPTION:" + "a".repeat(62));
    assertTrue(at >= 0, "the fold comes before the ñ at octets 75-76: " + physical);
    assertEquals(" ñu", physical.get(at + 1), "the ñ moves whole to the continuation line");
  }

  @Test
  void aFourOctetCharacterAcrossTheLimitMovesWholeToTheNextLine() {
    String summary = "a".repeat(65) + "\uD83D\uDE42!";
    Ics.Event event = event("a@backcare", LocalDateTime.of(2026, 11, 23, 8, 0), summary, "d");
    List<String> physical = physicalLines(Ics.calendar("backcare", List.of(event), NOW));
    int at = physical.indexOf("SUMMARY:" + "a".repeat(65));
    assertTrue(at >= 0, "the fold comes before the emoji at octets 74-77: " + physical);
    assertEquals(
        " \uD83D\uDE42!", physical.get(at + 1), "the emoji moves whole to the continuation line");
  }

  @Test
  void seventyFiveOctetsFitOnOneLineAndTheSeventySixthFolds() {
    String fits = "a".repeat(67);
    String over = "b".repeat(64);
    Ics.Event event = event("a@backcare", LocalDateTime.of(2026, 11, 23, 8, 0), fits, over);
    List<String> physical = physicalLines(Ics.calendar("backcare", List.of(event), NOW));
    assertTrue(physical.contains("SUMMARY:" + fits), "75 octets stay whole: " + physical);
    int at = physical.indexOf("DESCRIPTION:" + "b".repeat(63));
    assertTrue(at >= 0, "76 octets fold after 75: " + physical);
    assertEquals(" b", physical.get(at + 1), "the 76th octet goes to the continuation line");
  }

  @Test
  void continuationLinesCarryAtMostSeventyFourOctetsAfterTheirSpace() {
    String text = "c".repeat(63 + 74 + 5);
    Ics.Event event = event("a@backcare", LocalDateTime.of(2026, 11, 23, 8, 0), "s", text);
    List<String> physical = physicalLines(Ics.calendar("backcare", List.of(event), NOW));
    int at = physical.indexOf("DESCRIPTION:" + "c".repeat(63));
    assertTrue(at >= 0, physical.toString());
    assertEquals(
        " " + "c".repeat(74),
        physical.get(at + 1),
        "the first continuation line carries 74 octets after its space");
    assertEquals(
        " " + "c".repeat(5), physical.get(at + 2), "the rest goes to a second continuation line");
  }
}
