package org.backcare.privacy.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.backcare.identity.application.CurrentMember;
import org.backcare.identity.domain.Role;
import org.backcare.identity.domain.SignedInMember;
import org.backcare.platform.domain.DomainException;
import org.backcare.privacy.domain.AuditAction;
import org.backcare.privacy.domain.AuditEntry;
import org.backcare.privacy.domain.MinimumGroup;
import org.backcare.privacy.domain.ParticipationReport;
import org.backcare.program.application.Programs;
import org.backcare.program.domain.Program;
import org.backcare.tenant.application.CurrentTenant;
import org.backcare.tenant.domain.Module;
import org.backcare.tenant.domain.Tenant;

/**
 * The participation report of the caller's employer, for benefits admins only. The tenant comes
 * from the caller's token, never from a parameter, so an admin can only ever see their own
 * employer. Every read is written to the audit log.
 */
@ApplicationScoped
public class EmployerReports {

  @Inject CurrentMember currentMember;
  @Inject CurrentTenant currentTenant;
  @Inject ParticipationCounts counts;
  @Inject Programs programs;
  @Inject AuditLog audit;

  @Inject Clock clock;

  /**
   * The report, recorded in the audit log as {@code how}.
   *
   * @throws DomainException FORBIDDEN ({@code admin-only}) for a caller without the benefits-admin
   *     role; NOT_FOUND when the employer has not switched reports on
   */
  public ParticipationReport participation(AuditAction how, String locale) {
    SignedInMember caller = currentMember.require();
    if (!caller.has(Role.BENEFITS_ADMIN)) {
      throw DomainException.of(DomainException.Kind.FORBIDDEN, "admin-only", "admin-only");
    }
    Tenant tenant = currentTenant.require();
    if (!tenant.offers(Module.REPORTS)) {
      throw DomainException.notFound("not-found", "reports-off");
    }
    List<Program> offered =
        tenant.offers(Module.PROGRAMS) ? programs.catalogue().programs() : List.of();
    ParticipationReport report =
        ParticipationReport.of(
            counts.count(tenant.id(), clock.instant(), offered, locale),
            new MinimumGroup(tenant.reportMinGroupSize()),
            clock.instant());
    audit.record(AuditEntry.admin(caller.subject()), how);
    return report;
  }

  /** The language of names in API reports: the employer's first. */
  public String defaultLocale() {
    return currentTenant.require().defaultLocale();
  }
}
