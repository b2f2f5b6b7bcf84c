package org.backcare.safety.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.backcare.identity.application.CurrentMember;
import org.backcare.safety.application.SafetyReports;
import org.backcare.safety.domain.ReportedSigns;
import org.backcare.safety.domain.SignSource;
import org.backcare.tenant.application.CurrentTenant;

/**
 * {@code /api/v1/me/back-reports}: "how is my back", always open to a member, in a programme or
 * not, between sessions or long after one. A warning sign pauses an active programme for care and
 * the answer carries the guidance for its urgency with the employer's care route.
 */
@Path("v1/me/back-reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class BackReportsResource {

  /** The warning signs the member has now (and {@code new-back-pain}); at least one. */
  public record BackReport(@NotNull @NotEmpty List<String> signs) {}

  /** The guidance for the signs reported. */
  public record ReportAnswer(CareView care) {}

  @Inject SafetyReports safety;
  @Inject CurrentMember currentMember;
  @Inject CurrentTenant currentTenant;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response report(@NotNull @Valid BackReport body, @QueryParam("locale") String locale) {
    currentMember.requireMemberId();
    SafetyReports.Outcome outcome =
        safety.report(safety.triage(ReportedSigns.fromKeys(body.signs())), SignSource.REPORT);
    return Response.status(Response.Status.CREATED)
        .entity(
            new ReportAnswer(
                CareView.of(outcome, Locale.forLanguageTag(currentTenant.language(locale)))))
        .build();
  }
}
