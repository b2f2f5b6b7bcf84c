/**
 * Phased core-stability programmes: the catalogue (with each employer's overlay), enrolment after a
 * safety screen, the circuit player and its sessions, next-day check-ins, the progression policy
 * that climbs, stays, steps back or pauses for care, the progress page and a private calendar feed.
 * Moves come from {@code toolbox}; warning signs, precautions and care holds from {@code safety};
 * completed sessions and phases become participation events. The one-page summary for a clinician
 * ({@code ClinicianSummary}) reads the toolbox's tries and the safety records through their
 * services, and is audited through {@code privacy}'s {@code AuditLog}.
 *
 * <p>Published for the other features: {@link Program}, one programme and its phases as the
 * catalogue describes it, because employer reports count members by programme and phase ({@code
 * Programs} hands them out).
 *
 * <p>Persistence: the use cases keep enrolments, sessions, check-ins, pauses and calendar feeds
 * through one port, {@code domain.ProgramRecords}, whose one adapter is {@code
 * application.JpaProgramRecords} (the tenant-scoped entity manager). A member's programme writes
 * lock their current enrolment first, so they never race one another; what is changed without that
 * lock (a feed's secret) is flushed through {@code platform.persistence.Writes}, so a lost race
 * answers 409.
 */
@Publishes(Program.class)
package org.backcare.program;

import org.backcare.platform.domain.Publishes;
import org.backcare.program.domain.Program;
