/**
 * Participation events for the employer's portal: when a member completes a session, completes a
 * phase or builds a toolbox, the portal is told (for its rewards points) who, what and when, never
 * how the member's back is. Events are written to an outbox in the member's own transaction ({@code
 * ParticipationEvents}) and delivered at least once, signed with the employer's secret, retried
 * with backoff; operators see the deliveries that gave up.
 *
 * <p>Published for the other features: {@link EventType}, what a member did that the portal may
 * reward, because the features that record events name them and the employer reports count them.
 *
 * <p>Persistence: one port, {@code domain.EventRecords}, the outbox; its one adapter, {@code
 * application.JdbcEventRecords}, adds and reads a member's events through the tenant-scoped entity
 * manager and works the outbox across employers in plain SQL, each claim guarded by the row's
 * version (a lost claim is simply skipped, never sent twice).
 */
@Publishes(EventType.class)
package org.backcare.events;

import org.backcare.events.domain.EventType;
import org.backcare.platform.domain.Publishes;
