package org.backcare.tenant.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.backcare.tenant.application.CurrentTenant;

/** {@code /api/v1/tenant}: the employer of the signed-in member (or of the demo). */
@Path("v1/tenant")
@RequestScoped
public class TenantResource {

  @Inject CurrentTenant currentTenant;

  /** The current employer's name, modules, languages, branding and care route. */
  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public TenantView current() {
    return TenantView.of(currentTenant.require());
  }
}
