package org.backcare.tenant.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import org.backcare.tenant.application.CurrentTenant;

/**
 * Refuses a {@code locale} the employer does not offer before the resource runs: a change must not
 * be saved and then answered with a 400 about the language of its answer.
 */
@Provider
public class LocaleParameterCheck implements ContainerRequestFilter {

  @Inject CurrentTenant currentTenant;

  @Override
  public void filter(ContainerRequestContext request) {
    String locale = request.getUriInfo().getQueryParameters().getFirst("locale");
    if (locale != null && currentTenant.tenant().isPresent()) {
      currentTenant.language(locale);
    }
  }
}
