package org.backcare.tips.domain;

import java.util.List;
import java.util.Optional;

/**
 * Where members' kept tips live. The use case reads and keeps through this port; its one adapter
 * ({@code JpaSavedTipRecords}) holds the queries. Every method runs in the caller's transaction.
 */
public interface SavedTipRecords {

  /** The member's kept tips, newest first. */
  List<SavedTip> mine(long memberId);

  /** The member's keeping of tip {@code tipId}, if they keep it. */
  Optional<SavedTip> find(long memberId, String tipId);

  void add(SavedTip saved);

  void remove(SavedTip saved);

  /**
   * Writes pending changes now, inside the transaction.
   *
   * @throws org.backcare.platform.domain.DomainException the {@code stale-write} conflict (409) if
   *     another request changed the kept tip first
   */
  void flush();
}
