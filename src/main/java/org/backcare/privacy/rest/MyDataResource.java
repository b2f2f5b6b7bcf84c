package org.backcare.privacy.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.backcare.platform.domain.DomainException;
import org.backcare.privacy.application.FhirExport;
import org.backcare.privacy.application.MemberData;

/**
 * {@code /api/v1/me/export}, {@code /api/v1/me/export/fhir} and {@code DELETE /api/v1/me}: the
 * member's right to a copy of their data (everything, or their health record as FHIR for an app or
 * a clinician) and to its deletion. Deletion must be confirmed in the request itself, so a stray
 * call cannot erase anyone.
 */
@Path("v1/me")
@RequestScoped
public class MyDataResource {

  /** The value {@code confirm} must have for a deletion to go ahead. */
  public static final String CONFIRMATION = "delete-my-data";

  /** What a deletion removed: rows per table, so the member can see nothing was left. */
  public record Deleted(int rows, Map<String, Integer> tables) {}

  /** FHIR's JSON media type, which health apps ask for and recognise. */
  public static final String FHIR_JSON = "application/fhir+json";

  @Inject MemberData data;
  @Inject FhirExport fhir;
  @Context HttpServletRequest request;

  @GET
  @Path("export")
  @Produces(MediaType.APPLICATION_JSON)
  public Response export() {
    JsonObject export = data.export();
    return Response.ok(export)
        .header("Content-Disposition", "attachment; filename=\"backcare-my-data.json\"")
        .header("Cache-Control", "no-store")
        .build();
  }

  /**
   * The member's record as a FHIR R4 {@code Bundle}, written as text so that the media type is
   * FHIR's own rather than whatever a JSON writer registers for.
   */
  @GET
  @Path("export/fhir")
  @Produces(FHIR_JSON)
  public Response exportFhir() {
    return Response.ok(fhir.export().toString(), FHIR_JSON)
        .header("Content-Disposition", "attachment; filename=\"backcare-fhir-record.json\"")
        .header("Cache-Control", "no-store")
        .build();
  }

  @DELETE
  @Produces(MediaType.APPLICATION_JSON)
  public Deleted delete(@QueryParam("confirm") String confirm) {
    if (!CONFIRMATION.equals(confirm)) {
      throw DomainException.invalid("confirmation-required", "confirmation-required", CONFIRMATION);
    }
    Map<String, Integer> tables = data.erase();
    HttpSession session = request.getSession(false);
    if (session != null && request.getHeader("Authorization") == null) {
      session.invalidate();
    }
    return new Deleted(tables.values().stream().mapToInt(Integer::intValue).sum(), tables);
  }
}
