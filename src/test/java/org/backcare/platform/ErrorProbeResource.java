package org.backcare.platform;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Added only to {@link ErrorHandlingIT}'s copy of the WAR: endpoints that fail on purpose, so the
 * error handling that every real resource relies on can be proven.
 */
@Path("v1/test-probe")
public class ErrorProbeResource {

  /** A body with rules, like the real resources' request records. */
  public record Rating(@NotBlank String exercise, @Min(0) @Max(10) int stiffness) {}

  @GET
  @Path("explode")
  public String explode() {
    throw new IllegalStateException("secret internal detail that must not leak");
  }

  @POST
  @Path("ratings")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Rating rate(@Valid Rating rating) {
    return rating;
  }
}
