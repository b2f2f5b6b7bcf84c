/**
 * What the member controls and what the employer may see: export and deletion of a member's data
 * (every table with a member's rows, found from the database itself), retention purges after the
 * employer's retention period, participation reports in aggregate with small groups suppressed, and
 * an audit log of every report read, export, deletion, clinician's summary opened and provisioning
 * change. The member's health record also goes out as FHIR R4 ({@code domain.FhirRecord}) for the
 * apps and clinicians they choose, built from the history programmes, toolbox and safety hand out
 * through their services. It publishes {@code AuditAction}, the names other features record in the
 * audit log; the programmes a report counts come from {@code program}'s {@code Programs}.
 *
 * <p>Persistence: the use cases read and remove through one port, {@code domain.PrivacyRecords},
 * whose one adapter is {@code application.JdbcPrivacyRecords}: plain SQL naming the employer in
 * every statement, over the tables the database says hold member rows ({@code MemberTables}). The
 * purge asks the toolbox to forget old tries ({@code Tries.forgetBefore}) in the same transaction.
 */
@Publishes(AuditAction.class)
package org.backcare.privacy;

import org.backcare.platform.domain.Publishes;
import org.backcare.privacy.domain.AuditAction;
