package org.backcare.privacy.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where the privacy feature reads and removes member data and keeps its audit log: every table the
 * database says holds member rows, counted in aggregate for reports, exported or erased for one
 * member, purged for an employer. The employer is named in every call, as exports, purges and
 * reports work across tables rather than through one entity. The one adapter ({@code
 * JdbcPrivacyRecords}) holds the SQL; removals run in the caller's transaction.
 */
public interface PrivacyRecords {

  /** The table of members themselves, reported last among removals. */
  String MEMBERS = "members";

  /** Keeps an audit line in the caller's transaction. */
  void add(AuditEntry entry);

  /**
   * How many audit lines of each of {@code actions} every tenant has: tenant id to action's wire
   * name to count, tenants and actions without lines left out.
   */
  Map<String, Map<String, Long>> auditCounts(Set<AuditAction> actions);

  /** The employer's latest {@code limit} audit lines, newest first. */
  List<AuditEntry> latestAudit(int limit);

  /**
   * Every row stored about member {@code memberId}: their row in {@link #MEMBERS} first, then each
   * member table's rows, by table, columns by name (storage columns left out, times as instants).
   */
  Map<String, List<Map<String, Object>>> rowsOf(String tenant, long memberId);

  /**
   * Deletes every row of the member in every member table, then the member.
   *
   * @return rows deleted per table, {@link #MEMBERS} last
   */
  Map<String, Integer> erase(String tenant, long memberId);

  /**
   * Deletes the members not seen since {@code cutoff}, with their rows in every member table.
   *
   * @return rows deleted per table, {@link #MEMBERS} last
   */
  Map<String, Integer> removeMembersNotSeenSince(String tenant, Instant cutoff);

  /**
   * Deletes programme activity and sent participation events older than {@code cutoff} (what an
   * active member set up stays; tries are the toolbox's to forget).
   *
   * @return rows deleted per table
   */
  Map<String, Integer> removeActivityBefore(String tenant, Instant cutoff);

  /** How many members the employer has. */
  long members(String tenant);

  /** How many of the employer's members were seen at {@code since} or later. */
  long membersSeenSince(String tenant, Instant since);

  /** How many of the employer's members keep at least {@code moves} moves in their toolbox. */
  long toolboxesOfAtLeast(String tenant, int moves);

  /** Members now in a programme, by programme id and phase index (0-based). */
  record PhaseMembers(String programId, int phaseIndex, long members) {}

  /** The employer's current enrolments, counted by programme and phase. */
  List<PhaseMembers> membersByPhase(String tenant);

  /**
   * Completed programme sessions and their members in each of {@code weeks} weeks (UTC), the first
   * starting {@code firstMonday}, oldest first.
   */
  List<ParticipationFigures.WeekCount> sessionsByWeek(
      String tenant, LocalDate firstMonday, int weeks);
}
