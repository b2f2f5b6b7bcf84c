package org.backcare.privacy.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.backcare.privacy.domain.AuditAction;
import org.backcare.privacy.domain.AuditEntry;
import org.backcare.privacy.domain.PrivacyRecords;

/**
 * Writes the audit log of the current tenant. Joins the caller's transaction when there is one, so
 * a deletion and its audit line commit together.
 */
@ApplicationScoped
public class AuditLog {

  @Inject PrivacyRecords records;

  @Inject Clock clock;

  /**
   * Records that {@code actor} (see {@link AuditEntry#admin}, {@link AuditEntry#member}) did it.
   */
  @Transactional
  public void record(String actor, AuditAction action) {
    records.add(new AuditEntry(actor, action, clock.instant()));
  }

  /**
   * Records that {@code actor} did it in a transaction of its own, so the line stays when the
   * caller's transaction rolls back: a refusal is worth auditing even though nothing changed.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void recordApart(String actor, AuditAction action) {
    records.add(new AuditEntry(actor, action, clock.instant()));
  }

  /**
   * Records apart (as {@link #recordApart}) that the member with {@code subject} did it, named by
   * the one-way hash of their subject: a refused arrival, which rolls back everything else.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void recordApartByMember(String subject, AuditAction action) {
    records.add(new AuditEntry(AuditEntry.member(subject), action, clock.instant()));
  }

  /**
   * Records, in the caller's transaction, that the member with {@code subject} did it, named by the
   * one-way hash of their subject: a member reading their own data from another feature's page.
   */
  @Transactional
  public void recordByMember(String subject, AuditAction action) {
    records.add(new AuditEntry(AuditEntry.member(subject), action, clock.instant()));
  }

  /**
   * Records that {@code actor} (the directory, an operator's file, the leavers' schedule) did
   * something about the member with {@code subject}, named in the log only by its one-way hash.
   */
  @Transactional
  public void record(String actor, AuditAction action, String subject) {
    records.add(new AuditEntry(actor, action, clock.instant(), AuditEntry.member(subject)));
  }

  /**
   * How many times each of {@code actions} was recorded, per tenant and action, across every
   * tenant: the operators' metrics. No member appears in it.
   */
  public Map<String, Map<String, Long>> counts(Set<AuditAction> actions) {
    return records.auditCounts(actions);
  }

  /** The current tenant's latest {@code limit} lines, newest first. */
  @Transactional
  public List<AuditEntry> latest(int limit) {
    return records.latestAudit(limit);
  }
}
