package org.backcare.safety.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.backcare.identity.application.CurrentMember;
import org.backcare.safety.application.SafetyReports;
import org.backcare.safety.domain.ReportedSigns;
import org.backcare.safety.domain.SignSource;
import org.backcare.tenant.application.CurrentTenant;

/**
 * {@code /api/v1/me/back-reports}: "how is my back", always open to a member, in a programme or
 * not, between sessions or long after one. A warning sign pauses an active programme for care and
 * the answer carries the guidance for its urgency with the employer's care route. A report sent
 * again with the same client id reports nothing new and is answered 200 with the same guidance.
 */
@Path("v1/me/back-reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class BackReportsResource {

  /**
   * The warning signs the member has now (and {@code new-back-pain}), at least one; and optionally
   * the client's own id, so a report sent again after a lost answer is reported once.
   */
  public record BackReport(
      @NotNull @NotEmpty List<String> signs,
      @Pattern(regexp = "[A-Za-z0-9._:-]{8,64}") String clientId) {}

  /** The guidance for the signs reported. */
  public record ReportAnswer(CareView care) {}

  @Inject SafetyReports safety;
  @Inject CurrentMember currentMember;
  @Inject CurrentTenant currentTenant;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response report(@NotNull @Valid BackReport body, @QueryParam("locale") String locale) {
    currentMember.requireMemberId();
    SafetyReports.Reported reported =
        safety.report(
            safety.triage(ReportedSigns.fromKeys(body.signs())),
            SignSource.REPORT,
            Optional.ofNullable(body.clientId()));
    return Response.status(reported.created() ? Response.Status.CREATED : Response.Status.OK)
        .entity(
            new ReportAnswer(
                CareView.of(
                    reported.outcome(), Locale.forLanguageTag(currentTenant.language(locale)))))
        .build();
  }
}
