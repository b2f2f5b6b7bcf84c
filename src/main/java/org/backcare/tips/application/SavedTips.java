package org.backcare.tips.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.backcare.identity.application.CurrentMember;
import org.backcare.tenant.application.TenantEntityManager;
import org.backcare.tips.domain.SavedTip;

/** The tips a member keeps. Keeping a tip twice is the same as keeping it once. */
@ApplicationScoped
public class SavedTips {

  @Inject TenantEntityManager entities;
  @Inject CurrentMember currentMember;
  @Inject Tips tips;

  @Inject Clock clock;

  /** The member's kept tips, newest first. */
  @Transactional
  public List<SavedTip> mine() {
    return entities
        .get()
        .createQuery(
            "select s from SavedTip s where s.memberId = :member order by s.savedAt desc, s.id desc",
            SavedTip.class)
        .setParameter("member", memberId())
        .getResultList();
  }

  /** Keeps tip {@code tipId} for {@code intent}; the tip must be in the employer's catalogue. */
  @Transactional
  public SavedTip keep(String tipId, SavedTip.Intent intent) {
    tips.tip(tipId);
    Optional<SavedTip> existing = find(tipId);
    if (existing.isPresent()) {
      existing.get().keepFor(intent, clock.instant());
      return existing.get();
    }
    SavedTip saved = new SavedTip(memberId(), tipId, intent, clock.instant());
    entities.get().persist(saved);
    return saved;
  }

  /** Lets go of tip {@code tipId}; true if it was kept. */
  @Transactional
  public boolean forget(String tipId) {
    Optional<SavedTip> existing = find(tipId);
    existing.ifPresent(entities.get()::remove);
    return existing.isPresent();
  }

  private Optional<SavedTip> find(String tipId) {
    return entities
        .get()
        .createQuery(
            "select s from SavedTip s where s.memberId = :member and s.tipId = :tip",
            SavedTip.class)
        .setParameter("member", memberId())
        .setParameter("tip", tipId)
        .getResultStream()
        .findFirst();
  }

  private long memberId() {
    return currentMember.requireMemberId();
  }
}
