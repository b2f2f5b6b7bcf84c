/**
 * Participation events for the employer's portal: when a member completes a session, completes a
 * phase or builds a toolbox, the portal is told (for its rewards points) who, what and when, never
 * how the member's back is. Events are written to an outbox in the member's own transaction and
 * delivered at least once, signed with the employer's secret, retried with backoff; operators see
 * the deliveries that gave up.
 *
 * <p>Persistence: one port, {@code domain.EventRecords}, the outbox; its one adapter, {@code
 * application.JdbcEventRecords}, adds and reads a member's events through the tenant-scoped entity
 * manager and works the outbox across employers in plain SQL, each claim guarded by the row's
 * version (a lost claim is simply skipped, never sent twice).
 */
package org.backcare.events;
