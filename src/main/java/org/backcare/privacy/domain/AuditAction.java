package org.backcare.privacy.domain;

/** What the audit log records: access to aggregates and to a member's own data. */
public enum AuditAction {
  REPORT_VIEWED("report.viewed"),
  REPORT_DOWNLOADED("report.downloaded"),
  DATA_EXPORTED("data.exported"),
  DATA_DELETED("data.deleted");

  private final String wireName;

  AuditAction(String wireName) {
    this.wireName = wireName;
  }

  /** The name stored in the log. */
  public String wireName() {
    return wireName;
  }
}
