package org.backcare.privacy.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.backcare.identity.application.CurrentMember;
import org.backcare.privacy.domain.AuditAction;
import org.backcare.privacy.domain.AuditEntry;
import org.backcare.privacy.domain.FhirRecord;
import org.backcare.privacy.domain.MemberHistory;
import org.backcare.program.application.ProgrammeHistory;
import org.backcare.safety.application.SafetyReports;
import org.backcare.tenant.application.CurrentTenant;
import org.backcare.toolbox.application.Tries;

/**
 * The signed-in member's own record as FHIR R4, for a health app or a clinician they choose: their
 * programmes, sessions, tries, ratings and warning signs, under an id made up for this export
 * alone. The same right as the JSON export ({@link MemberData#export}), so the same audit action;
 * the history is read in one transaction, so the file is one consistent moment.
 */
@ApplicationScoped
public class FhirExport {

  @Inject CurrentMember currentMember;
  @Inject CurrentTenant currentTenant;
  @Inject ProgrammeHistory programmes;
  @Inject Tries tries;
  @Inject SafetyReports safety;
  @Inject AuditLog audit;

  @Inject Clock clock;

  /** The member's FHIR {@code Bundle}; audited, without the content. */
  @Transactional
  public JsonObject export() {
    currentMember.requireMemberId();
    String subject = currentMember.require().subject();
    String language = currentTenant.language(null);
    MemberHistory history =
        new MemberHistory(
            programmes.ofCurrentMember(language).stream().map(FhirExport::plan).toList(),
            tries.history(language).stream().map(FhirExport::attempt).toList(),
            MemberHistory.SignReport.once(
                safety.keptReports().stream().map(FhirExport::report).toList(),
                programmes.carePausesOfCurrentMember().stream().map(FhirExport::report).toList()));
    JsonObject bundle = FhirRecord.of(history, UUID.randomUUID(), clock.instant());
    audit.record(AuditEntry.member(subject), AuditAction.DATA_EXPORTED);
    return bundle;
  }

  private static MemberHistory.Plan plan(ProgrammeHistory.Enrolment e) {
    List<MemberHistory.Session> sessions =
        e.sessions().stream()
            .map(
                s ->
                    new MemberHistory.Session(
                        s.id(),
                        s.performedAt(),
                        s.completed(),
                        s.phase(),
                        s.step(),
                        s.rounds(),
                        s.before(),
                        s.after(),
                        s.signs(),
                        s.nextDay()
                            .map(
                                c ->
                                    new MemberHistory.NextDay(
                                        c.id(), c.answeredAt(), c.rating(), c.signs()))))
            .toList();
    return new MemberHistory.Plan(
        e.id(),
        e.programName(),
        e.status(),
        e.phase(),
        e.phases(),
        e.phaseName(),
        e.step(),
        e.rungs(),
        e.sessionsPerWeek(),
        e.sessionMinutes(),
        e.startedAt(),
        e.endedAt(),
        sessions);
  }

  private static MemberHistory.Try attempt(Tries.Tried t) {
    return new MemberHistory.Try(
        t.id(), t.moveName(), t.triedAt(), t.completed(), t.before(), t.after(), t.signs());
  }

  private static MemberHistory.SignReport report(SafetyReports.Kept r) {
    return new MemberHistory.SignReport(r.id(), r.source(), r.reportedAt(), r.signs(), false);
  }

  private static MemberHistory.SignReport report(ProgrammeHistory.CarePause p) {
    return new MemberHistory.SignReport(p.id(), p.source(), p.pausedAt(), p.signs(), true);
  }
}
