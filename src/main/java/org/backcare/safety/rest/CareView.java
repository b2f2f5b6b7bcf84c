package org.backcare.safety.rest;

import java.util.Locale;
import org.backcare.platform.domain.Messages;
import org.backcare.safety.application.SafetyReports;
import org.backcare.tenant.domain.CareRoute;

/**
 * The care guidance in an API answer, the same in every answer that can carry a warning sign (a
 * try, a session, a check-in, a report, the enrolment screen), so an app renders it one way.
 *
 * @param stop whether the member should stop and follow this guidance
 * @param urgency none, warning, urgent or emergency
 * @param title the heading to show, in the member's language
 * @param advice what to do, in the member's language; an emergency names emergency care first
 * @param careUrl the employer's care route, when the member should stop and the employer has one
 * @param careLabel the care route's name
 * @param programPaused whether this answer paused the member's programme for care
 */
public record CareView(
    boolean stop,
    String urgency,
    String title,
    String advice,
    String careUrl,
    String careLabel,
    boolean programPaused) {

  /** What {@code outcome} means, in {@code locale}. */
  public static CareView of(SafetyReports.Outcome outcome, Locale locale) {
    String level = outcome.advice().level();
    boolean stop = outcome.advice().stop();
    return new CareView(
        stop,
        level,
        Messages.text("care." + level + ".title", locale),
        Messages.text("care." + level + ".advice", locale),
        stop ? outcome.careRoute().map(CareRoute::url).orElse(null) : null,
        stop ? outcome.careRoute().map(CareRoute::label).orElse(null) : null,
        outcome.holds("program"));
  }
}
