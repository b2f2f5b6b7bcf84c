package org.backcare.privacy.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each report of warning signs once, whether kept with an app's id or only as a pause for care. */
class MemberHistoryTest {

  private static final Instant AT = Instant.parse("2026-11-02T07:15:30Z");

  private static MemberHistory.SignReport kept(String source, int seconds, String... signs) {
    return new MemberHistory.SignReport(1, source, AT.plusSeconds(seconds), List.of(signs), false);
  }

  private static MemberHistory.SignReport pause(String source, int seconds, String... signs) {
    return new MemberHistory.SignReport(2, source, AT.plusSeconds(seconds), List.of(signs), true);
  }

  @Test
  void aPauseCausedByAKeptReportIsThatReport() {
    assertEquals(
        List.of(kept("REPORT", 0, "fever", "night-pain")),
        MemberHistory.SignReport.once(
            List.of(kept("REPORT", 0, "fever", "night-pain")),
            List.of(pause("REPORT", 1, "night-pain", "fever"))),
        "the same source and signs a moment apart are one report");
  }

  @Test
  void aPauseWithNoKeptReportOfItsOwnIsAReport() {
    List<MemberHistory.SignReport> reports =
        MemberHistory.SignReport.once(
            List.of(kept("REPORT", 0, "fever")),
            List.of(
                pause("SELF_CHECK", 0, "fever"),
                pause("REPORT", 60, "fever"),
                pause("REPORT", -120, "sharp-pain")));
    assertEquals(
        List.of(-120L, 0L, 0L, 60L),
        reports.stream().map(r -> r.reportedAt().getEpochSecond() - AT.getEpochSecond()).toList(),
        "another source, a minute later, other signs: each its own report, oldest first");
  }
}
