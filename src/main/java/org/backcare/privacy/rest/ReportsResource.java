package org.backcare.privacy.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.backcare.privacy.application.EmployerReports;
import org.backcare.privacy.domain.AuditAction;
import org.backcare.privacy.domain.ParticipationReport;

/**
 * {@code /api/v1/reports/participation}: the employer's participation in aggregate, for callers
 * with the benefits-admin role, as JSON or as CSV. Suppressed figures say so and carry no value.
 */
@Path("v1/reports")
@RequestScoped
public class ReportsResource {

  @Inject EmployerReports reports;

  @GET
  @Path("participation")
  @Produces(MediaType.APPLICATION_JSON)
  public Response participation() {
    ParticipationReport report =
        reports.participation(AuditAction.REPORT_VIEWED, reports.defaultLocale());
    return Response.ok(ReportView.of(report)).header("Cache-Control", "no-store").build();
  }

  @GET
  @Path("participation.csv")
  @Produces("text/csv")
  public Response csv() {
    ParticipationReport report =
        reports.participation(AuditAction.REPORT_DOWNLOADED, reports.defaultLocale());
    return Response.ok(ReportCsv.of(report), "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"participation.csv\"")
        .header("Cache-Control", "no-store")
        .build();
  }
}
