package org.backcare.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MemberTest {

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "line\nbreak", "tab\there", "nul\u0000"})
  void subjectsThatWouldCorruptLogsOrExportsAreRefused(String subject) {
    assertThrows(
        IllegalArgumentException.class,
        () -> new Member(subject, Instant.EPOCH),
        () ->
            "subject ["
                + subject
                + "] is refused: blanks and control characters would corrupt logs and exports");
  }

  @Test
  void overLongSubjectIsRefusedAndTheLimitAccepted() {
    assertThrows(
        IllegalArgumentException.class,
        () -> MemberSubject.require("s".repeat(256)),
        "a subject of 256 characters is refused: a member subject holds at most 255");
    assertEquals(
        255,
        MemberSubject.require("s".repeat(255)).length(),
        "a subject of exactly 255 characters, the limit, is accepted unchanged");
  }
}
