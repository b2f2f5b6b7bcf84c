package org.backcare.toolbox.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a tenant's toolbox records live: the moves members keep, their tries and the running
 * tallies of the tries that count. The use cases read and add through this port, so the rules read
 * as rules and every toolbox query sits in one adapter ({@code JpaToolboxRecords}); service tests
 * keep the records in memory. Every method runs in the caller's transaction.
 */
public interface ToolboxRecords {

  /** The member's moves in their order. */
  List<ToolboxEntry> entries(long memberId);

  void add(ToolboxEntry entry);

  void remove(ToolboxEntry entry);

  /** The member's try sent with {@code clientId}, if one was recorded before. */
  Optional<ExerciseTry> tryByClientId(long memberId, String clientId);

  void add(ExerciseTry attempt);

  /** The member's tries made since {@code since}, oldest first. */
  List<ExerciseTry> triesSince(long memberId, Instant since);

  /** Every try the member has made (and the retention period kept), oldest first. */
  default List<ExerciseTry> tries(long memberId) {
    return triesSince(memberId, Instant.EPOCH);
  }

  /** The member's running tallies, one per move they have a counted try of. */
  List<MoveTally> tallies(long memberId);

  /**
   * Counts one more try with {@code rating} into the member's tally of move {@code exerciseId}
   * ({@link MoveTally#add}), starting the tally if this is the move's first counted try. The caller
   * holds the member, so no other count of theirs races this one.
   */
  void count(long memberId, String exerciseId, MoveRecord.Rating rating);

  /**
   * Writes pending changes now, inside the transaction.
   *
   * @throws org.backcare.platform.domain.DomainException the {@code stale-write} conflict (409) if
   *     another request changed a versioned row first
   */
  void flush();

  /**
   * Forgets the tries of employer {@code tenant} made before {@code cutoff}: the ones that count
   * (see {@link ExerciseTry#counts()}) are taken out of their moves' tallies first, a tally left
   * with no tries goes, then the tries go. For the retention purge, outside any member's request.
   *
   * @return rows removed per table
   */
  Map<String, Integer> forgetTriesBefore(String tenant, Instant cutoff);
}
