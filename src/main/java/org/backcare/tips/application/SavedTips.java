package org.backcare.tips.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.backcare.identity.application.CurrentMember;
import org.backcare.tips.domain.SavedTip;
import org.backcare.tips.domain.SavedTipRecords;

/**
 * The tips a member keeps. Keeping a tip twice is the same as keeping it once. A change to a kept
 * tip is written before the answer, so one that lost a race with another tab answers 409.
 */
@ApplicationScoped
public class SavedTips {

  @Inject SavedTipRecords records;
  @Inject CurrentMember currentMember;
  @Inject Tips tips;

  @Inject Clock clock;

  /** The member's kept tips, newest first. */
  @Transactional
  public List<SavedTip> mine() {
    return records.mine(memberId());
  }

  /** Keeps tip {@code tipId} for {@code intent}; the tip must be in the employer's catalogue. */
  @Transactional
  public SavedTip keep(String tipId, SavedTip.Intent intent) {
    tips.tip(tipId);
    Optional<SavedTip> existing = records.find(memberId(), tipId);
    if (existing.isPresent()) {
      existing.get().keepFor(intent, clock.instant());
      records.flush();
      return existing.get();
    }
    SavedTip saved = new SavedTip(memberId(), tipId, intent, clock.instant());
    records.add(saved);
    return saved;
  }

  /** Lets go of tip {@code tipId}; true if it was kept. */
  @Transactional
  public boolean forget(String tipId) {
    Optional<SavedTip> existing = records.find(memberId(), tipId);
    existing.ifPresent(
        saved -> {
          records.remove(saved);
          records.flush();
        });
    return existing.isPresent();
  }

  private long memberId() {
    return currentMember.requireMemberId();
  }
}
