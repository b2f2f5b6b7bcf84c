package org.backcare.program.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import org.backcare.identity.application.CurrentMember;
import org.backcare.privacy.application.AuditLog;
import org.backcare.privacy.domain.AuditAction;
import org.backcare.program.domain.Enrollment;
import org.backcare.program.domain.MoveOutcomes;
import org.backcare.program.domain.ProgramCheckIn;
import org.backcare.program.domain.ProgramPause;
import org.backcare.program.domain.ProgramRecords;
import org.backcare.program.domain.ProgramSession;
import org.backcare.program.domain.RatingWeeks;
import org.backcare.program.domain.SignHistory;
import org.backcare.safety.application.SafetyReports;
import org.backcare.safety.domain.SignSource;
import org.backcare.toolbox.application.MemberToolbox;
import org.backcare.toolbox.application.Tries;

/**
 * The one-page summary a member takes to their physio or doctor: the last {@link #WEEKS} weeks of
 * ratings week by week, the programme and rung they are on, the moves that helped and the ones they
 * stopped, and the warning signs they reported and when. It is the member's alone, like the export
 * of their data: members only, each opening audited ({@code summary.viewed}, in the same
 * transaction as the reads), and nothing of it reaches the employer.
 *
 * <p>What it reads, and from where: the current programme's sessions, check-ins and pauses for care
 * (here); the toolbox's tallies, kept moves and unfinished tries through {@link Tries} and {@link
 * MemberToolbox}; reports the app sent with its own id through {@link SafetyReports}. A sign is
 * shown when one of those kept it: a "how is my back" report sent without an id while no programme
 * was active is kept nowhere, so no summary can show it.
 */
@ApplicationScoped
public class ClinicianSummary {

  /** Weeks the summary covers, the current one included. */
  public static final int WEEKS = 12;

  @Inject ProgramRecords records;
  @Inject Enrolments enrolments;
  @Inject Programs programs;
  @Inject Tries tries;
  @Inject MemberToolbox toolbox;
  @Inject SafetyReports safety;
  @Inject AuditLog audit;
  @Inject CurrentMember currentMember;
  @Inject Clock clock;

  /**
   * Where the member stands in their programme.
   *
   * @param phase the current phase, 1 first
   * @param rung the current rung of the phase's ladder, 1 first, of {@code rungs}
   * @param rounds the rounds the next session asks for
   */
  public record Programme(
      String name, String status, int phase, int phases, int rung, int rungs, int rounds) {}

  /**
   * The summary in the member's language.
   *
   * @param from the first day covered (a Monday, UTC)
   * @param to the day it was made (UTC)
   * @param programme the current programme; null without one
   * @param names each move's name in the member's language, by id
   */
  public record View(
      LocalDate from,
      LocalDate to,
      Programme programme,
      RatingWeeks weeks,
      MoveOutcomes moves,
      Map<String, String> names,
      SignHistory signs) {

    public View {
      names = Map.copyOf(names);
    }

    /** The name of move {@code id}, or its id when the catalogue no longer has it. */
    public String name(String id) {
      return names.getOrDefault(id, id);
    }
  }

  /**
   * The signed-in member's summary, audited once.
   *
   * @throws org.backcare.platform.domain.DomainException FORBIDDEN {@code members-only} for anyone
   *     who is not a member
   */
  @Transactional
  public View open(String language) {
    long memberId = currentMember.requireMemberId();
    LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
    LocalDate from = RatingWeeks.firstDay(today, WEEKS);
    Instant since = from.atStartOfDay(ZoneOffset.UTC).toInstant();
    List<RatingWeeks.Session> sessions = new ArrayList<>();
    List<SignHistory.Report> signs = new ArrayList<>();
    Optional<Enrollment> enrolment = enrolments.current();
    enrolment.ifPresent(e -> readProgramme(e, since, sessions, signs));
    List<MoveOutcomes.Stop> stops = new ArrayList<>();
    for (Tries.Unfinished t : tries.unfinishedSince(since)) {
      stops.add(new MoveOutcomes.Stop(t.exerciseId(), t.at(), t.bySign()));
      signs.add(new SignHistory.Report(t.at(), SignSource.TRY, t.signs()));
    }
    for (SafetyReports.KeptReport r : safety.keptReportsSince(since)) {
      signs.add(new SignHistory.Report(r.at(), r.source(), r.signs()));
    }
    Set<String> kept = new HashSet<>(toolbox.keptMoveIds());
    MoveOutcomes moves =
        MoveOutcomes.of(
            tries.reliefs().stream()
                .map(
                    r ->
                        new MoveOutcomes.Tally(
                            r.exerciseId(),
                            r.tries(),
                            r.reliefSum(),
                            kept.contains(r.exerciseId())))
                .toList(),
            stops);
    Map<String, String> names = new HashMap<>();
    moves.helped().forEach(m -> names.put(m.exerciseId(), moveName(m.exerciseId(), language)));
    moves.stopped().forEach(m -> names.put(m.exerciseId(), moveName(m.exerciseId(), language)));
    audit.recordByMember(currentMember.require().subject(), AuditAction.SUMMARY_VIEWED);
    return new View(
        from,
        today,
        enrolment.map(e -> programme(e, language)).orElse(null),
        RatingWeeks.of(sessions, today, WEEKS),
        moves,
        names,
        SignHistory.of(signs));
  }

  /** The programme's sessions with their next-day ratings, and the signs its records kept. */
  private void readProgramme(
      Enrollment enrolment,
      Instant since,
      List<RatingWeeks.Session> sessions,
      List<SignHistory.Report> signs) {
    List<ProgramSession> done = records.sessionsSince(enrolment.id(), since);
    Map<Long, ProgramCheckIn> checkIns = new HashMap<>();
    records
        .checkInsOf(done.stream().map(ProgramSession::id).toList())
        .forEach(c -> checkIns.put(c.sessionId(), c));
    for (ProgramSession s : done) {
      ProgramCheckIn next = checkIns.get(s.id());
      sessions.add(
          new RatingWeeks.Session(
              s.performedAt(),
              s.before(),
              s.after(),
              next == null ? null : next.rating(),
              s.completed()));
      signs.add(new SignHistory.Report(s.performedAt(), SignSource.SESSION, s.redFlags()));
      if (next != null) {
        signs.add(new SignHistory.Report(next.answeredAt(), SignSource.CHECK_IN, next.redFlags()));
      }
    }
    for (ProgramPause pause : records.pauses(enrolment.id())) {
      if (pause.cause() == ProgramPause.Cause.RED_FLAG && !pause.pausedAt().isBefore(since)) {
        // Pauses from before backcare kept where a sign came from read as a report.
        signs.add(
            new SignHistory.Report(
                pause.pausedAt(), pause.source().orElse(SignSource.REPORT), pause.redFlags()));
      }
    }
  }

  private Programme programme(Enrollment enrolment, String language) {
    var program = programs.program(enrolment.programId());
    var phase = program.phase(enrolment.rung().phase());
    return new Programme(
        program.in(language).name(),
        enrolment.status().name(),
        enrolment.rung().phase() + 1,
        program.phases().size(),
        enrolment.rung().step() + 1,
        programs.settings(phase).ladder().size(),
        programs.rounds(enrolment.rung()));
  }

  private String moveName(String id, String language) {
    try {
      return programs.move(id).in(language).name();
    } catch (NoSuchElementException e) {
      return id;
    }
  }
}
