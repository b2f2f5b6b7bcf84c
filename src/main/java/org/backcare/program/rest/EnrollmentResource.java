package org.backcare.program.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
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
import org.backcare.platform.domain.DomainException;
import org.backcare.program.application.MemberPrograms;
import org.backcare.program.domain.Enrollment;
import org.backcare.tenant.application.CurrentTenant;

/**
 * {@code /api/v1/me/enrollment}: the member's programme. Enrolling answers the safety screen;
 * switching needs {@code replace}; resuming, restarting, switching or leaving after a pause for
 * care needs {@code careRead}, the member's word that they read the care guidance.
 */
@Path("v1/me/enrollment")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class EnrollmentResource {

  /** Enrolment: the programme, the safety screen's answers and the planned hour of day. */
  public record EnrolRequest(
      @NotBlank String programId,
      @NotNull List<String> screen,
      @Min(0) @Max(23) Integer sessionHour,
      boolean replace,
      boolean careRead) {}

  /** A confirmation that the member read the care guidance. */
  public record CareRead(boolean careRead) {}

  @Inject MemberPrograms memberPrograms;
  @Inject CurrentTenant currentTenant;

  @GET
  public EnrollmentView current(@QueryParam("locale") String locale) {
    return EnrollmentView.of(require(), currentTenant.language(locale));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response enrol(@NotNull @Valid EnrolRequest body, @QueryParam("locale") String locale) {
    Enrollment before = memberPrograms.current().orElse(null);
    Enrollment enrolled =
        memberPrograms.enrol(
            body.programId(),
            RedFlagKeys.parse(body.screen()),
            body.sessionHour() == null ? 8 : body.sessionHour(),
            body.replace(),
            body.careRead());
    boolean created = before == null || !before.id().equals(enrolled.id());
    return Response.status(created ? Response.Status.CREATED : Response.Status.OK)
        .entity(EnrollmentView.of(enrolled, currentTenant.language(locale)))
        .build();
  }

  @DELETE
  public Response leave(@QueryParam("careRead") boolean careRead) {
    memberPrograms.leave(careRead);
    return Response.noContent().build();
  }

  @POST
  @Path("pause")
  public EnrollmentView pause(@QueryParam("locale") String locale) {
    return EnrollmentView.of(memberPrograms.pause(), currentTenant.language(locale));
  }

  @POST
  @Path("resume")
  @Consumes(MediaType.APPLICATION_JSON)
  public EnrollmentView resume(CareRead body, @QueryParam("locale") String locale) {
    return EnrollmentView.of(
        memberPrograms.resume(body != null && body.careRead()), currentTenant.language(locale));
  }

  @POST
  @Path("restart")
  @Consumes(MediaType.APPLICATION_JSON)
  public EnrollmentView restart(CareRead body, @QueryParam("locale") String locale) {
    return EnrollmentView.of(
        memberPrograms.restart(body != null && body.careRead()), currentTenant.language(locale));
  }

  private Enrollment require() {
    return memberPrograms
        .current()
        .orElseThrow(
            () ->
                new DomainException(
                    DomainException.Kind.NOT_FOUND,
                    "not-enrolled",
                    "Not in a programme",
                    "You are not following a programme. Choose one to start."));
  }
}
