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
    assertThrows(IllegalArgumentException.class, () -> new Member(subject, Instant.EPOCH));
  }

  @Test
  void overLongSubjectIsRefusedAndTheLimitAccepted() {
    assertThrows(IllegalArgumentException.class, () -> MemberSubject.require("s".repeat(256)));
    assertEquals(255, MemberSubject.require("s".repeat(255)).length());
  }
}
