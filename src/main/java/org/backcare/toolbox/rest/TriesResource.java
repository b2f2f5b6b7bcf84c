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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.backcare.platform.domain.DomainException;
import org.backcare.safety.domain.RedFlag;
import org.backcare.safety.domain.SelfCheck;
import org.backcare.tenant.application.CurrentTenant;
import org.backcare.tenant.domain.Tenant;
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

  /** What the member should do next. */
  public record TryAnswer(boolean stop, String safety, String careUrl, String careLabel) {}

  @Inject Tries tries;
  @Inject CurrentTenant currentTenant;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response record(@NotNull @Valid TryRequest body) {
    Set<RedFlag> flags = EnumSet.noneOf(RedFlag.class);
    for (String key : body.redFlags() == null ? List.<String>of() : body.redFlags()) {
      flags.add(
          Arrays.stream(RedFlag.values())
              .filter(f -> f.key().equals(key))
              .findFirst()
              .orElseThrow(
                  () ->
                      new DomainException(
                          DomainException.Kind.INVALID,
                          "unknown-red-flag",
                          "Unknown red flag",
                          "'" + key + "' is not a red flag")));
    }
    if (flags.isEmpty() && body.completed() && body.after() == null) {
      throw new DomainException(
          DomainException.Kind.INVALID,
          "validation-failed",
          "Missing rating",
          "A completed try needs the stiffness rating after it.");
    }
    Tries.Outcome outcome =
        tries.record(body.exerciseId(), body.before(), body.after(), body.completed(), flags);
    Tenant tenant = currentTenant.require();
    boolean stop = outcome.safety() != SelfCheck.NO_RED_FLAG;
    return Response.status(Response.Status.CREATED)
        .entity(
            new TryAnswer(
                stop,
                outcome.safety().name(),
                stop ? tenant.careRoute().map(c -> c.url()).orElse(null) : null,
                stop ? tenant.careRoute().map(c -> c.label()).orElse(null) : null))
        .build();
  }
}
