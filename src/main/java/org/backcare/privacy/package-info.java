/**
 * What the member controls and what the employer may see: export and deletion of a member's data
 * (every table with a member's rows, found from the database itself), retention purges after the
 * employer's retention period, participation reports in aggregate with small groups suppressed, and
 * an audit log of every report read, export and deletion. It publishes no types; the programmes a
 * report counts come from {@code program}'s {@code Programs}.
 *
 * <p>Persistence: the use cases read and remove through one port, {@code domain.PrivacyRecords},
 * whose one adapter is {@code application.JdbcPrivacyRecords}: plain SQL naming the employer in
 * every statement, over the tables the database says hold member rows ({@code MemberTables}). The
 * purge asks the toolbox to forget old tries ({@code Tries.forgetBefore}) in the same transaction.
 */
package org.backcare.privacy;
