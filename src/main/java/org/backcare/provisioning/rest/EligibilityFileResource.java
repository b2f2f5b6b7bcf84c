package org.backcare.provisioning.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import org.backcare.identity.application.Operators;
import org.backcare.platform.domain.DomainException;
import org.backcare.provisioning.application.EligibilityFiles;
import org.backcare.tenant.application.TenantRegistry;
import org.backcare.tenant.domain.Tenant;
import org.backcare.tenant.domain.TenantId;

/**
 * {@code /api/v1/operations/tenants/<id>/eligibility-file}: an operator sends an employer's
 * eligibility file (CSV, UTF-8, the file itself as the body, up to 32 MiB) and gets back what it
 * changed, or with {@code dryRun=true} what it would change. {@code full=false} sends only
 * additions and terminations; {@code force=true} applies a file that deprovisions more than the
 * employer's limit.
 */
@Path("v1/operations/tenants/{tenant}/eligibility-file")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class EligibilityFileResource {

  @Inject Operators operators;
  @Inject TenantRegistry tenants;
  @Inject EligibilityFiles files;

  @POST
  @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
  public EligibilityFiles.Outcome apply(
      @HeaderParam("Authorization") String authorization,
      @PathParam("tenant") String tenantId,
      @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
      @QueryParam("force") @DefaultValue("false") boolean force,
      @QueryParam("full") @DefaultValue("true") boolean full,
      InputStream body)
      throws IOException {
    operators.require(authorization);
    Tenant tenant =
        (TenantId.isValid(tenantId)
                ? tenants.serving(new TenantId(tenantId))
                : java.util.Optional.<Tenant>empty())
            .orElseThrow(
                () ->
                    new DomainException(
                        DomainException.Kind.NOT_FOUND,
                        "unknown-tenant",
                        "No such employer",
                        "No serving employer has this id."));
    return files.apply(tenant, body.readAllBytes(), dryRun, force, full);
  }
}
