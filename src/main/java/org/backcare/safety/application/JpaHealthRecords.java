package org.backcare.safety.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.backcare.safety.domain.HealthRecords;
import org.backcare.safety.domain.MemberHealth;
import org.backcare.safety.domain.SignReport;
import org.backcare.tenant.application.TenantEntityManager;

/** {@link HealthRecords} in the tenant's database through the tenant-scoped entity manager. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class JpaHealthRecords implements HealthRecords {

  @Inject TenantEntityManager entities;

  @Override
  public Optional<MemberHealth> find(long memberId, boolean lock) {
    return entities
        .get()
        .createQuery("select h from MemberHealth h where h.memberId = :m", MemberHealth.class)
        .setParameter("m", memberId)
        .setLockMode(lock ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE)
        .getResultList()
        .stream()
        .findFirst();
  }

  @Override
  public void add(MemberHealth health) {
    entities.get().persist(health);
  }

  @Override
  public Optional<SignReport> reportByClientId(long memberId, String clientId) {
    return entities
        .get()
        .createQuery(
            "select r from SignReport r where r.memberId = :m and r.clientId = :c",
            SignReport.class)
        .setParameter("m", memberId)
        .setParameter("c", clientId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(SignReport report) {
    entities.get().persist(report);
  }

  @Override
  public List<SignReport> reportsSince(long memberId, Instant since) {
    return entities
        .get()
        .createQuery(
            "select r from SignReport r where r.memberId = :m and r.reportedAt >= :since"
                + " order by r.reportedAt, r.id",
            SignReport.class)
        .setParameter("m", memberId)
        .setParameter("since", since)
        .getResultList();
  }
}
