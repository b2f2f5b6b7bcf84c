/**
 * What the member controls and what the employer may see: export and deletion of a member's data
 * (every table with a member's rows, found from the database itself), retention purges after the
 * employer's retention period, participation reports in aggregate with small groups suppressed, and
 * an audit log of every report read, export and deletion. It publishes no types; the programmes a
 * report counts come from {@code program}'s {@code Programs}.
 */
package org.backcare.privacy;
