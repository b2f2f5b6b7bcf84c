/**
 * Participation events for the employer's portal: when a member completes a session, completes a
 * phase or builds a toolbox, the portal is told (for its rewards points) who, what and when, never
 * how the member's back is. Events are written to an outbox in the member's own transaction and
 * delivered at least once, signed with the employer's secret, retried with backoff; operators see
 * the deliveries that gave up.
 */
package org.backcare.events;
