package org.backcare.privacy.domain;

/**
 * What the audit log records: access to aggregates and to a member's own data (their export,
 * deletion and clinician's summary), and every change the employer's directory makes to who may use
 * backcare (counted for operators by action).
 */
public enum AuditAction {
  REPORT_VIEWED("report.viewed"),
  REPORT_DOWNLOADED("report.downloaded"),
  DATA_EXPORTED("data.exported"),
  DATA_DELETED("data.deleted"),
  MEMBER_PROVISIONED("member.provisioned"),
  MEMBER_UPDATED("member.updated"),
  MEMBER_DEPROVISIONED("member.deprovisioned"),
  MEMBER_REACTIVATED("member.reactivated"),
  MEMBER_REMOVED("member.removed"),
  LEAVER_ERASED("leaver.erased"),
  ARRIVAL_REFUSED("arrival.refused"),
  ELIGIBILITY_APPLIED("eligibility.applied"),
  ELIGIBILITY_REFUSED("eligibility.refused"),
  /** A member opened the one-page summary of their own data for a clinician. */
  SUMMARY_VIEWED("summary.viewed");

  private final String wireName;

  AuditAction(String wireName) {
    this.wireName = wireName;
  }

  /** The name stored in the log. */
  public String wireName() {
    return wireName;
  }
}
