/**
 * Phased core-stability programmes: enrolment, the session player, check-ins and the progression
 * policy that opens the next phase only when the member's back is ready.
 *
 * <p>Persistence: the use cases keep enrolments, sessions, check-ins, pauses and calendar feeds
 * through one port, {@code domain.ProgramRecords}, whose one adapter is {@code
 * application.JpaProgramRecords} (the tenant-scoped entity manager). A member's programme writes
 * lock their current enrolment first, so they never race one another; what is changed without that
 * lock (a feed's secret) is flushed through {@code platform.persistence.Writes}, so a lost race
 * answers 409.
 */
package org.backcare.program;
