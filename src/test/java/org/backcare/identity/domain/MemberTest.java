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
    assertThrows(IllegalArgumentException.class, () -> Member.requireSubject("s".repeat(256)));
    assertEquals(255, Member.requireSubject("s".repeat(255)).length());
  }

  @Test
  void lastSeenOnlyMovesForward() {
    Member member = new Member("portal-123", Instant.parse("2026-01-02T00:00:00Z"));
    member.seenAt(Instant.parse("2026-01-01T00:00:00Z"));
    assertEquals(Instant.parse("2026-01-02T00:00:00Z"), member.lastSeenAt());
    member.seenAt(Instant.parse("2026-01-03T00:00:00Z"));
    assertEquals(Instant.parse("2026-01-03T00:00:00Z"), member.lastSeenAt());
  }
}
