package org.backcare.program.rest;

import java.time.Instant;
import java.util.Locale;
import org.backcare.program.domain.Enrollment;

/** The member's enrolment as the API shows it. */
public record EnrollmentView(
    String programId,
    String status,
    int phase,
    int step,
    String reason,
    int sessionHour,
    Instant startedAt,
    int version) {

  public static EnrollmentView of(Enrollment e, String language) {
    return new EnrollmentView(
        e.programId(),
        e.status().name(),
        e.rung().phase(),
        e.rung().step(),
        e.reason(Locale.forLanguageTag(language)),
        e.sessionHour(),
        e.startedAt(),
        e.version());
  }
}
