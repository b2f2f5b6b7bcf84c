package org.backcare.program.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.backcare.platform.domain.DomainException;
import org.backcare.platform.problem.Problem;
import org.backcare.program.application.Enrolments;
import org.backcare.safety.domain.Clearance;
import org.backcare.safety.domain.Precautions;
import org.backcare.safety.domain.ReportedSigns;
import org.backcare.safety.domain.RiskFactor;
import org.backcare.safety.rest.CareView;
import org.backcare.tenant.application.CurrentTenant;

/**
 * {@code /api/v1/me/enrollment}: the member's programme. Enrolling answers the precautions question
 * and the safety screen; switching needs {@code replace}; resuming, restarting or switching after a
 * pause for care needs a {@code clearance} that covers its signs.
 */
@Path("v1/me/enrollment")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class EnrollmentResource {

  /**
   * Enrolment: the programme, the precautions answer ({@code none}, {@code cleared} or {@code
   * not-checked}; left out, the answer the member gave before), the safety screen's signs, the
   * planned hour of day, consent to switch, the clearance when a programme is paused for care, and
   * the risk factors that apply, when the app asks (kept as the member's answer before the screen
   * is weighed; left out, the answer given before).
   */
  public record EnrolRequest(
      @NotBlank String programId,
      @Pattern(regexp = "none|cleared|not-checked") String precautions,
      @NotNull List<String> screen,
      @Min(0) @Max(23) Integer sessionHour,
      boolean replace,
      @Pattern(regexp = "signs-gone|checked-by-professional") String clearance,
      List<String> riskFactors) {}

  /** What the member says before exercising again after a pause for care. */
  public record Clearing(
      @Pattern(regexp = "signs-gone|checked-by-professional") String clearance) {}

  /** The 409 answer when the safety screen found a sign: a problem that carries the guidance. */
  public record CareFirstProblem(
      String type, String title, int status, String detail, CareView care) {}

  @Inject Enrolments enrolments;
  @Inject CurrentTenant currentTenant;

  @GET
  public EnrollmentView current(@QueryParam("locale") String locale) {
    return EnrollmentView.of(
        enrolments.current().orElseThrow(Enrolments::notEnrolled), currentTenant.language(locale));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response enrol(@NotNull @Valid EnrolRequest body, @QueryParam("locale") String locale) {
    Enrolments.Enrolment answer =
        enrolments.enrol(
            new Enrolments.Request(
                body.programId(),
                ReportedSigns.fromKeys(body.screen()),
                Optional.ofNullable(body.precautions()).flatMap(Precautions::byKey),
                Optional.ofNullable(body.sessionHour()),
                body.replace(),
                clearance(body.clearance()),
                Optional.ofNullable(body.riskFactors()).map(RiskFactor::fromKeys)));
    String language = currentTenant.language(locale);
    if (answer instanceof Enrolments.CareFirst careFirst) {
      Problem problem =
          Problem.of(
              "care-first",
              "Please get checked first",
              409,
              "You reported a warning sign, so a programme is not the right start. Follow the care"
                  + " guidance; nothing has been started.");
      return Response.status(409)
          .type(Problem.MEDIA_TYPE)
          .entity(
              new CareFirstProblem(
                  problem.type(),
                  problem.title(),
                  problem.status(),
                  problem.detail(),
                  CareView.of(careFirst.care(), Locale.forLanguageTag(language))))
          .build();
    }
    Enrolments.Enrolled enrolled = (Enrolments.Enrolled) answer;
    return Response.status(enrolled.created() ? Response.Status.CREATED : Response.Status.OK)
        .entity(EnrollmentView.of(enrolled.enrollment(), language))
        .build();
  }

  @DELETE
  public Response leave() {
    enrolments.leave();
    return Response.noContent().build();
  }

  @POST
  @Path("pause")
  public EnrollmentView pause(@QueryParam("locale") String locale) {
    return EnrollmentView.of(enrolments.pause(), currentTenant.language(locale));
  }

  @POST
  @Path("resume")
  @Consumes(MediaType.APPLICATION_JSON)
  public EnrollmentView resume(@Valid Clearing body, @QueryParam("locale") String locale) {
    return EnrollmentView.of(
        enrolments.resume(clearance(body == null ? null : body.clearance())),
        currentTenant.language(locale));
  }

  @POST
  @Path("restart")
  @Consumes(MediaType.APPLICATION_JSON)
  public EnrollmentView restart(@Valid Clearing body, @QueryParam("locale") String locale) {
    return EnrollmentView.of(
        enrolments.restart(clearance(body == null ? null : body.clearance())),
        currentTenant.language(locale));
  }

  private static Optional<Clearance> clearance(String key) {
    if (key == null) {
      return Optional.empty();
    }
    return Optional.of(
        Clearance.byKey(key)
            .orElseThrow(() -> DomainException.invalid("validation-failed", "clearance-unknown")));
  }
}
