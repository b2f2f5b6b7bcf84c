package org.backcare.toolbox.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.backcare.safety.domain.ReportedSigns;
import org.backcare.safety.rest.CareView;
import org.backcare.tenant.application.CurrentTenant;
import org.backcare.toolbox.application.Tries;

/**
 * {@code /api/v1/me/tries}: a try of a move with stiffness before and after. With any red flag the
 * answer says to stop and carries the employer's care route.
 */
@Path("v1/me/tries")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TriesResource {

  /**
   * A try: the client's own id (a retry with the same id is recorded once), ratings 0-10; {@code
   * after} may be absent when the try was stopped; warning signs (and {@code new-back-pain}); and
   * when it was done if the app syncs later.
   */
  public record TryRequest(
      @NotNull @Pattern(regexp = "[A-Za-z0-9._:-]{8,64}") String clientId,
      @NotNull String exerciseId,
      @NotNull @Min(0) @Max(10) Integer before,
      @Min(0) @Max(10) Integer after,
      boolean completed,
      List<String> redFlags,
      Instant performedAt) {}

  /**
   * What the member should do next: {@code stop} with the care guidance after a warning sign.
   * {@code careUrl} and {@code careLabel} repeat the guidance's for older clients.
   */
  public record TryAnswer(
      long id, String clientId, boolean stop, String careUrl, String careLabel, CareView care) {}

  @Inject Tries tries;
  @Inject CurrentTenant currentTenant;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response record(@NotNull @Valid TryRequest body, @QueryParam("locale") String locale) {
    Tries.Outcome outcome =
        tries.record(
            body.clientId(),
            body.exerciseId(),
            body.before(),
            body.after(),
            body.completed(),
            ReportedSigns.fromKeys(body.redFlags()),
            Optional.empty(),
            Optional.ofNullable(body.performedAt()));
    CareView care =
        CareView.of(outcome.safety(), Locale.forLanguageTag(currentTenant.language(locale)));
    return Response.status(outcome.created() ? Response.Status.CREATED : Response.Status.OK)
        .entity(
            new TryAnswer(
                outcome.recorded().id(),
                outcome.recorded().clientId(),
                care.stop(),
                care.careUrl(),
                care.careLabel(),
                care))
        .build();
  }
}
