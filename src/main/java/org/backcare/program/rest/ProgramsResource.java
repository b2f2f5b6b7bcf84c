package org.backcare.program.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.backcare.platform.rest.CacheableJson;
import org.backcare.program.application.Programs;
import org.backcare.tenant.application.CurrentTenant;

/** {@code /api/v1/programs}: the employer's programmes, their phases and sessions. */
@Path("v1/programs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ProgramsResource {

  @Inject Programs programs;
  @Inject CurrentTenant currentTenant;
  @Context Request request;

  @GET
  public Response all(@QueryParam("locale") String locale) {
    String language = currentTenant.language(locale);
    return CacheableJson.of(
        request,
        programs.catalogue().programs().stream()
            .map(p -> ProgramView.of(p, language, programs))
            .toList());
  }

  @GET
  @Path("{id}")
  public Response one(@PathParam("id") String id, @QueryParam("locale") String locale) {
    return CacheableJson.of(
        request, ProgramView.of(programs.program(id), currentTenant.language(locale), programs));
  }
}
