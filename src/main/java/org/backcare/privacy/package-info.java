/**
 * What the member controls and what the employer may see: export and deletion of a member's data,
 * retention purges, and participation reports in aggregate with a minimum group size.
 *
 * <p>Persistence: the use cases read and remove through one port, {@code domain.PrivacyRecords},
 * whose one adapter is {@code application.JdbcPrivacyRecords}: plain SQL naming the employer in
 * every statement, over the tables the database says hold member rows ({@code MemberTables}). The
 * purge asks the toolbox to forget old tries ({@code Tries.forgetBefore}) in the same transaction.
 */
package org.backcare.privacy;
