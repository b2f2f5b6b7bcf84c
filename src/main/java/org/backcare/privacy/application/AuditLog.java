package org.backcare.privacy.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
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

  /** The current tenant's latest {@code limit} lines, newest first. */
  @Transactional
  public List<AuditEntry> latest(int limit) {
    return records.latestAudit(limit);
  }
}
