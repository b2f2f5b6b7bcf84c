package org.backcare.privacy.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;
import org.backcare.privacy.domain.PrivacyRecords;
import org.backcare.tenant.application.CurrentTenant;
import org.backcare.tenant.domain.Tenant;
import org.backcare.toolbox.application.Tries;

/**
 * Removes member activity older than the employer's {@code retention-days}: tries, programme
 * sessions and check-ins, ended pauses and enrolments, and sent participation events. A member not
 * seen for that long is removed entirely, toolbox and all: they have left or stopped using
 * backcare, and nothing of theirs should outlive the promise. What an active member set up (their
 * toolbox, saved tips, current enrolment, calendar feed) is kept while they use it. Old tries are
 * the toolbox's to forget ({@link Tries#forgetBefore}), as only the toolbox knows which of them its
 * tallies counted.
 *
 * <p>Each tenant is purged in one transaction, run for that tenant (the scheduler has no request of
 * its own); the counts are logged per table.
 */
@ApplicationScoped
public class RetentionPurge {

  private static final Logger LOG = Logger.getLogger(RetentionPurge.class.getName());

  @Inject PrivacyRecords records;
  @Inject Tries tries;
  @Inject CurrentTenant currentTenant;

  /**
   * Purges {@code tenant} as of {@code now}.
   *
   * @return rows removed per table (members after their tables), zeros included
   */
  @ActivateRequestContext
  @Transactional
  public Map<String, Integer> purge(Tenant tenant, Instant now) {
    Instant cutoff = now.minus(Duration.ofDays(tenant.retentionDays()));
    String id = tenant.id().value();
    currentTenant.use(tenant.id());
    Map<String, Integer> removed =
        new LinkedHashMap<>(records.removeMembersNotSeenSince(id, cutoff));
    tries.forgetBefore(tenant.id(), cutoff).forEach((t, n) -> removed.merge(t, n, Integer::sum));
    records.removeActivityBefore(id, cutoff).forEach((t, n) -> removed.merge(t, n, Integer::sum));
    int total = removed.values().stream().mapToInt(Integer::intValue).sum();
    LOG.info(
        () ->
            "Retention purge of tenant "
                + id
                + " (older than "
                + tenant.retentionDays()
                + " days, before "
                + cutoff
                + "): removed "
                + total
                + " rows "
                + removed);
    return removed;
  }
}
