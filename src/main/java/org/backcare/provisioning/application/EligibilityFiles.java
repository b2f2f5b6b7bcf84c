package org.backcare.provisioning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.backcare.platform.domain.DomainException;
import org.backcare.privacy.application.AuditLog;
import org.backcare.privacy.domain.AuditAction;
import org.backcare.provisioning.domain.EligibilityFile;
import org.backcare.provisioning.domain.EligibilityFileException;
import org.backcare.provisioning.domain.EligibilityPlan;
import org.backcare.provisioning.domain.ProvisionedSubject;
import org.backcare.provisioning.domain.ProvisionedUser;
import org.backcare.provisioning.domain.ProvisionedUser.Source;
import org.backcare.provisioning.domain.ProvisionedUser.Transition;
import org.backcare.provisioning.domain.ProvisionedUsers;
import org.backcare.tenant.application.CurrentTenant;
import org.backcare.tenant.domain.Eligibility;
import org.backcare.tenant.domain.Tenant;

/**
 * Applies an employer's eligibility file as a whole: every change it implies, or none. A file is
 * read strictly ({@link EligibilityFile}), planned against what is provisioned now ({@link
 * EligibilityPlan}), and refused when it would deprovision more than the employer's {@code
 * eligibility.max-deprovision-percent} of the active members, unless forced: a truncated export is
 * the classic way to lock out half a company. A dry run plans and reports without changing
 * anything.
 */
@ApplicationScoped
public class EligibilityFiles {

  /** The audit actor for changes an eligibility file makes. */
  static final String ACTOR = "directory:file";

  @Inject ProvisionedUsers users;
  @Inject Leavers leavers;
  @Inject AuditLog audit;
  @Inject CurrentTenant currentTenant;

  @Inject Clock clock;

  /** What a file did or would do. */
  public record Outcome(
      boolean applied,
      int rows,
      int provisioned,
      int reactivated,
      int deprovisioned,
      int unchanged,
      int terminationsAhead,
      int activeBefore,
      int maxDeprovisionPercent) {}

  /**
   * Plans {@code body} for {@code tenant} and, unless {@code dryRun}, applies it in one
   * transaction.
   *
   * @param full whether the file lists the whole eligible population (absence means leaving)
   * @param force whether to apply a file that deprovisions more than the employer's limit
   * @throws DomainException INVALID with every problem of a malformed file; CONFLICT when the file
   *     would deprovision too many without force, or the employer provisions through SCIM
   */
  @Transactional
  public Outcome apply(Tenant tenant, byte[] body, boolean dryRun, boolean force, boolean full) {
    currentTenant.use(tenant.id());
    if (tenant.provisioning().eligibility() == Eligibility.SCIM) {
      throw new DomainException(
          DomainException.Kind.CONFLICT,
          "eligibility-by-scim",
          "This employer provisions through SCIM",
          "Its directory says who may use backcare over SCIM; an eligibility file would fight it.");
    }
    EligibilityFile file = EligibilityFile.parse(body);
    EligibilityPlan plan = plan(tenant, file, full);
    int max = tenant.provisioning().maxDeprovisionPercent();
    Outcome outcome = outcome(false, file, plan, max);
    if (!force && plan.refusedAsTruncated(max)) {
      if (!dryRun) {
        audit.recordApart(ACTOR, AuditAction.ELIGIBILITY_REFUSED);
      }
      throw new DomainException(
          DomainException.Kind.CONFLICT,
          "eligibility-file-truncated",
          "The file would deprovision too many members",
          "It would deprovision "
              + plan.deprovision().size()
              + " of "
              + plan.activeBefore()
              + " active members, more than this employer's limit of "
              + max
              + "%. If the file is complete, send it again with force=true.");
    }
    if (dryRun) {
      return outcome;
    }
    change(tenant, plan);
    audit.record(ACTOR, AuditAction.ELIGIBILITY_APPLIED);
    return outcome(true, file, plan, max);
  }

  private EligibilityPlan plan(Tenant tenant, EligibilityFile file, boolean full) {
    try {
      return EligibilityPlan.of(
          file.rows(),
          sent -> ProvisionedSubject.stored(tenant, sent),
          users.states(tenant.id()),
          LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC),
          full);
    } catch (IllegalArgumentException e) {
      throw new EligibilityFileException(java.util.List.of(e.getMessage()));
    }
  }

  private void change(Tenant tenant, EligibilityPlan plan) {
    Instant now = clock.instant();
    int grace = tenant.provisioning().graceDays();
    for (String subject : plan.provision()) {
      users.insert(
          tenant.id(), ProvisionedUser.provision(subject, Optional.empty(), Source.FILE, now));
      audit.record(ACTOR, AuditAction.MEMBER_PROVISIONED, subject);
    }
    for (String subject : plan.reactivate()) {
      ProvisionedUser user = existing(tenant, subject);
      leavers.settle(user, user.setActive(true, now, grace), ACTOR);
      store(tenant, user);
    }
    for (String subject : plan.deprovision()) {
      ProvisionedUser user = existing(tenant, subject);
      Transition transition = user.setActive(false, now, grace);
      leavers.settle(user, transition, ACTOR);
      store(tenant, user);
    }
    for (EligibilityPlan.PendingTermination ahead : plan.pendingTerminations()) {
      ProvisionedUser user = existing(tenant, ahead.subject());
      user.endOn(Optional.of(ahead.on()), now);
      store(tenant, user);
    }
  }

  private ProvisionedUser existing(Tenant tenant, String subject) {
    return users
        .bySubject(tenant.id(), subject)
        .orElseThrow(() -> new IllegalStateException("planned record is gone"));
  }

  private void store(Tenant tenant, ProvisionedUser user) {
    if (!users.update(tenant.id(), user)) {
      throw new DomainException(
          DomainException.Kind.CONFLICT,
          "stale-write",
          "Changed meanwhile",
          "The directory's records changed while the file was applied; send it again.");
    }
  }

  private static Outcome outcome(
      boolean applied, EligibilityFile file, EligibilityPlan plan, int max) {
    return new Outcome(
        applied,
        file.rows().size(),
        plan.provision().size(),
        plan.reactivate().size(),
        plan.deprovision().size(),
        plan.unchanged(),
        plan.pendingTerminations().size(),
        plan.activeBefore(),
        max);
  }
}
