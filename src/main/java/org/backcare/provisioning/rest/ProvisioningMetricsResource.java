package org.backcare.provisioning.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.backcare.identity.application.Operators;
import org.backcare.privacy.application.AuditLog;
import org.backcare.privacy.domain.AuditAction;

/**
 * {@code /api/v1/operations/metrics}: provisioning counted for operators in the Prometheus text
 * format, per employer and change, with the operator token (a scrape job can send it). Counted from
 * the audit log, so every instance answers the same totals and a restart loses nothing; no member
 * appears in it. The server's own {@code /metrics} holds what one instance measures (requests, the
 * connection pool); these are facts of the shared database.
 */
@Path("v1/operations/metrics")
@RequestScoped
public class ProvisioningMetricsResource {

  /** What is counted. */
  static final Set<AuditAction> COUNTED =
      EnumSet.of(
          AuditAction.MEMBER_PROVISIONED,
          AuditAction.MEMBER_UPDATED,
          AuditAction.MEMBER_DEPROVISIONED,
          AuditAction.MEMBER_REACTIVATED,
          AuditAction.MEMBER_REMOVED,
          AuditAction.LEAVER_ERASED,
          AuditAction.ARRIVAL_REFUSED,
          AuditAction.ELIGIBILITY_APPLIED,
          AuditAction.ELIGIBILITY_REFUSED);

  @Inject Operators operators;
  @Inject AuditLog audit;

  @GET
  @Produces("text/plain; version=0.0.4; charset=utf-8")
  public String metrics(@HeaderParam("Authorization") String authorization) {
    operators.require(authorization);
    StringBuilder text =
        new StringBuilder()
            .append("# HELP backcare_provisioning_changes_total Changes by employers'")
            .append(" directories, leavers' erasures and refused arrivals, from the audit log.\n")
            .append("# TYPE backcare_provisioning_changes_total counter\n");
    for (Map.Entry<String, Map<String, Long>> tenant : audit.counts(COUNTED).entrySet()) {
      tenant
          .getValue()
          .forEach(
              (action, count) ->
                  text.append("backcare_provisioning_changes_total{tenant=\"")
                      .append(tenant.getKey())
                      .append("\",change=\"")
                      .append(action)
                      .append("\"} ")
                      .append(count)
                      .append('\n'));
    }
    return text.toString();
  }
}
