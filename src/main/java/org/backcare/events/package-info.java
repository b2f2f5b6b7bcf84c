/**
 * Participation events for the employer's portal: when a member completes a session, completes a
 * phase or builds a toolbox, the portal is told (for its rewards points) who, what and when, never
 * how the member's back is. Events are written to an outbox in the member's own transaction ({@code
 * ParticipationEvents}) and delivered at least once, signed with the employer's secret, retried
 * with backoff; operators see the deliveries that gave up.
 *
 * <p>Published for the other features: {@link EventType}, what a member did that the portal may
 * reward, because the features that record events name them and the employer reports count them.
 */
@Publishes(EventType.class)
package org.backcare.events;

import org.backcare.events.domain.EventType;
import org.backcare.platform.domain.Publishes;
