package org.backcare.program.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.backcare.platform.web.PublicAddresses;
import org.backcare.program.application.CalendarFeeds;
import org.backcare.program.application.CheckIns;
import org.backcare.program.application.Enrolments;
import org.backcare.program.application.Progress;
import org.backcare.program.application.ProgressReport;
import org.backcare.program.application.Sessions;
import org.backcare.program.domain.Decision;
import org.backcare.program.domain.Enrollment;
import org.backcare.program.domain.ProgramCheckIn;
import org.backcare.program.domain.ProgramSession;
import org.backcare.safety.application.SafetyReports;
import org.backcare.safety.domain.ReportedSigns;
import org.backcare.safety.rest.CareView;
import org.backcare.tenant.application.CurrentTenant;

/**
 * {@code /api/v1/me/sessions}, {@code /check-ins}, {@code /progress} and {@code /calendar}: what
 * the member did, how their back was the next day, and where that leaves them. An answer that
 * involves a red flag tells the client to stop and carries the employer's care route.
 */
@Path("v1/me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ProgramActivityResource {

  /**
   * A session: the client's own id (a retry with the same id is recorded once), whether every round
   * was done, ratings 0-10, red-flag keys, and when it was done if the app syncs later.
   */
  public record SessionRequest(
      @NotNull @Pattern(regexp = "[A-Za-z0-9._:-]{8,64}") String clientId,
      boolean completed,
      @NotNull @Min(0) @Max(10) Integer before,
      @Min(0) @Max(10) Integer after,
      List<String> redFlags,
      Instant performedAt) {}

  /**
   * The next-day check-in: the rating now, any red flag, when it was answered if the app syncs
   * later, and optionally the client's own id (a retry with the same id is recorded once).
   */
  public record CheckInRequest(
      @NotNull @Min(0) @Max(10) Integer rating,
      List<String> redFlags,
      Instant answeredAt,
      @Pattern(regexp = "[A-Za-z0-9._:-]{8,64}") String clientId) {}

  /**
   * What the policy decided, and the care guidance when the answer calls for it: a warning sign, or
   * a next-day rating clearly worse than before the session. {@code stop}, {@code careUrl} and
   * {@code careLabel} repeat the guidance's for older clients.
   */
  public record DecisionView(
      String outcome,
      String reason,
      int phase,
      int step,
      int rounds,
      String status,
      boolean stop,
      String careUrl,
      String careLabel,
      CareView care) {}

  /** A recorded session and its decision. */
  public record SessionAnswer(
      Long id, String clientId, Integer rounds, DecisionView decision, CareView care) {}

  /**
   * A check-in and what it changed; {@code sessionId} is null when there was no session to check in
   * on and the answer only reported warning signs, and {@code decision} is null when the member is
   * in no programme at all. {@code care} is the guidance whenever the answer calls for it, so a
   * client finds it in one place whatever else the answer holds.
   */
  public record CheckInAnswer(Long sessionId, DecisionView decision, CareView care) {}

  /** The member's private calendar feed URL. */
  public record CalendarAnswer(String url) {}

  @Inject Sessions sessions;
  @Inject CheckIns checkIns;
  @Inject ProgressReport progressReport;
  @Inject CalendarFeeds calendarFeeds;
  @Inject CurrentTenant currentTenant;
  @Inject PublicAddresses publicAddresses;
  @Context HttpServletRequest request;

  @POST
  @Path("sessions")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response session(
      @NotNull @Valid SessionRequest body, @QueryParam("locale") String locale) {
    Sessions.Recorded recorded =
        sessions.recordSession(
            new Sessions.SessionPost(
                body.clientId(),
                body.completed(),
                body.before(),
                body.after(),
                ReportedSigns.fromKeys(body.redFlags()),
                Optional.ofNullable(body.performedAt())));
    ProgramSession s = recorded.session();
    Locale language = locale(locale);
    if (s == null) {
      // A member in no programme sent a session with a sign: the sign's care, nothing recorded.
      CareView care = CareView.of(recorded.care().orElseThrow(), language);
      return Response.status(Response.Status.CREATED)
          .entity(new SessionAnswer(null, null, null, null, care))
          .build();
    }
    DecisionView decision =
        view(
            s.outcome().name(),
            s.reason(language),
            recorded.enrollment(),
            recorded.rounds(),
            recorded.care(),
            language);
    return Response.status(recorded.created() ? Response.Status.CREATED : Response.Status.OK)
        .entity(new SessionAnswer(s.id(), s.clientId(), s.rounds(), decision, null))
        .build();
  }

  @POST
  @Path("check-ins")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response checkIn(
      @NotNull @Valid CheckInRequest body, @QueryParam("locale") String locale) {
    CheckIns.Answered answered =
        checkIns.checkIn(
            body.rating(),
            ReportedSigns.fromKeys(body.redFlags()),
            Optional.ofNullable(body.answeredAt()),
            Optional.ofNullable(body.clientId()));
    Locale language = locale(locale);
    ProgramCheckIn c = answered.checkIn().orElse(null);
    CareView care = answered.care().map(g -> CareView.of(g, language)).orElse(null);
    // Signs sent after the session's check-in (or with no session) are a report of their own:
    // the answer is the pause they caused, not the earlier check-in's decision.
    boolean reportOnly = answered.care().isPresent() && (c == null || c.redFlags().isEmpty());
    DecisionView decision =
        answered
            .enrollment()
            .map(
                e ->
                    view(
                        reportOnly ? Decision.Outcome.PAUSE_FOR_CARE.name() : c.outcome().name(),
                        reportOnly ? e.reason(language) : c.reason(language),
                        e,
                        answered.rounds(),
                        answered.care(),
                        language))
            .orElse(null);
    return Response.status(answered.created() ? Response.Status.CREATED : Response.Status.OK)
        .entity(new CheckInAnswer(c == null ? null : c.sessionId(), decision, care))
        .build();
  }

  @GET
  @Path("progress")
  public Progress progress(@QueryParam("locale") String locale) {
    return progressReport
        .current(currentTenant.language(locale))
        .orElseThrow(Enrolments::notEnrolled);
  }

  @GET
  @Path("calendar")
  public CalendarAnswer calendar() {
    return new CalendarAnswer(absolute(calendarFeeds.path()));
  }

  @DELETE
  @Path("calendar")
  public CalendarAnswer replaceCalendar() {
    return new CalendarAnswer(absolute(calendarFeeds.replace()));
  }

  private String absolute(String path) {
    return publicAddresses.resolve(request, path);
  }

  private Locale locale(String requested) {
    return Locale.forLanguageTag(currentTenant.language(requested));
  }

  private DecisionView view(
      String outcome,
      String reason,
      Enrollment e,
      int rounds,
      Optional<SafetyReports.Outcome> care,
      Locale language) {
    CareView guidance = care.map(c -> CareView.of(c, language)).orElse(null);
    boolean stop = guidance != null && guidance.stop();
    return new DecisionView(
        outcome,
        reason,
        e.rung().phase(),
        e.rung().step(),
        rounds,
        e.status().name(),
        stop,
        stop ? guidance.careUrl() : null,
        stop ? guidance.careLabel() : null,
        guidance);
  }
}
