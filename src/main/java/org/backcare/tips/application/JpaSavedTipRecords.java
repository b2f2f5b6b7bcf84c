package org.backcare.tips.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.backcare.platform.persistence.Writes;
import org.backcare.tenant.application.TenantEntityManager;
import org.backcare.tips.domain.SavedTip;
import org.backcare.tips.domain.SavedTipRecords;

/** {@link SavedTipRecords} in the tenant's database through the tenant-scoped entity manager. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class JpaSavedTipRecords implements SavedTipRecords {

  @Inject TenantEntityManager entities;

  @Override
  public List<SavedTip> mine(long memberId) {
    return entities
        .get()
        .createQuery(
            "select s from SavedTip s where s.memberId = :member order by s.savedAt desc, s.id desc",
            SavedTip.class)
        .setParameter("member", memberId)
        .getResultList();
  }

  @Override
  public Optional<SavedTip> find(long memberId, String tipId) {
    return entities
        .get()
        .createQuery(
            "select s from SavedTip s where s.memberId = :member and s.tipId = :tip",
            SavedTip.class)
        .setParameter("member", memberId)
        .setParameter("tip", tipId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(SavedTip saved) {
    entities.get().persist(saved);
  }

  @Override
  public void remove(SavedTip saved) {
    entities.get().remove(saved);
  }

  @Override
  public void flush() {
    Writes.flush(entities.get());
  }
}
