package org.backcare.toolbox.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import org.backcare.safety.domain.RedFlag;
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

  /** A try: ratings 0-10; {@code after} may be absent when the try was stopped. */
  public record TryRequest(
      @NotNull String exerciseId,
      @NotNull @Min(0) @Max(10) Integer before,
      @Min(0) @Max(10) Integer after,
      boolean completed,
      List<String> redFlags) {}

  /**
   * What the member should do next: {@code stop} with the care guidance after a warning sign.
   * {@code careUrl} and {@code careLabel} repeat the guidance's for older clients.
   */
  public record TryAnswer(boolean stop, String careUrl, String careLabel, CareView care) {}

  @Inject Tries tries;
  @Inject CurrentTenant currentTenant;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response record(@NotNull @Valid TryRequest body, @QueryParam("locale") String locale) {
    Tries.Outcome outcome =
        tries.record(
            body.exerciseId(),
            body.before(),
            body.after(),
            body.completed(),
            RedFlag.fromKeys(body.redFlags()));
    CareView care =
        CareView.of(outcome.safety(), Locale.forLanguageTag(currentTenant.language(locale)));
    return Response.status(Response.Status.CREATED)
        .entity(new TryAnswer(care.stop(), care.careUrl(), care.careLabel(), care))
        .build();
  }
}
