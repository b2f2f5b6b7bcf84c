package org.backcare.program.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.backcare.identity.application.CurrentMember;
import org.backcare.platform.domain.DomainException;
import org.backcare.platform.domain.PostedTime;
import org.backcare.program.domain.CheckIn;
import org.backcare.program.domain.Decision;
import org.backcare.program.domain.Enrollment;
import org.backcare.program.domain.History;
import org.backcare.program.domain.Program;
import org.backcare.program.domain.ProgramCheckIn;
import org.backcare.program.domain.ProgramRecords;
import org.backcare.program.domain.ProgramSession;
import org.backcare.program.domain.ProgressionPolicy;
import org.backcare.safety.application.SafetyReports;
import org.backcare.safety.domain.RedFlag;
import org.backcare.safety.domain.ReportedSigns;
import org.backcare.safety.domain.SignSource;

/**
 * The next-day check-in: how the member's back is a day after their latest session, which decides
 * that session again. A check-in that carries a warning sign is never refused (too early, already
 * answered, no session, no programme any more): it is reported to {@link SafetyReports} like a sign
 * anywhere else, because an app that syncs late must never lose a sign. The app's own id makes a
 * check-in sent twice (a retry after a lost answer) one check-in, answered the same way.
 */
@ApplicationScoped
public class CheckIns {

  @Inject ProgramRecords records;
  @Inject Programs programs;
  @Inject CurrentMember currentMember;
  @Inject SafetyReports safety;
  @Inject Clock clock;

  /**
   * A check-in: the recorded one (empty when there was no session to check in on, only signs to
   * report), the enrolment it decided (empty when the member is in no programme and the check-in
   * only reported signs), whether this post recorded something new, and the care guidance it calls
   * for.
   */
  public record Answered(
      Optional<ProgramCheckIn> checkIn,
      Optional<Enrollment> enrollment,
      int rounds,
      boolean created,
      Optional<SafetyReports.Outcome> care) {}

  /**
   * Records the next-day check-in for the member's latest session and decides that session again
   * with it: a worse next day steps back; a next day clearly worse than before the session is the
   * warning sign "worse a day or two after" in numbers, and pauses for care like the sign ticked; a
   * warning sign pauses for care. A second check-in for the same session changes nothing unless it
   * carries a sign, which is reported like any other.
   *
   * <p>With the app's {@code clientId}, the same id again records nothing new and is answered as
   * the first post was (not created), whatever happened since: the check-in recorded with it, or
   * the signs it reported when there was no check-in to record.
   */
  @Transactional
  public Answered checkIn(
      int rating, ReportedSigns reported, Optional<Instant> answeredAt, Optional<String> clientId) {
    long member = currentMember.requireMemberId();
    Set<RedFlag> ticked = safety.triage(reported);
    if (clientId.isPresent()) {
      Optional<Answered> again = again(member, clientId.get(), ticked);
      if (again.isPresent()) {
        return again.get();
      }
    }
    Optional<Enrollment> current = records.current(member, true);
    if (current.isEmpty()) {
      if (ticked.isEmpty()) {
        throw Enrolments.notEnrolled();
      }
      return new Answered(
          Optional.empty(), Optional.empty(), 0, true, Optional.of(report(ticked, clientId)));
    }
    Enrollment enrolled = current.get();
    Optional<ProgramSession> last = records.lastSession(enrolled.id());
    if (last.isEmpty()) {
      if (ticked.isEmpty()) {
        throw DomainException.conflict("nothing-to-check-in", "nothing-to-check-in");
      }
      return answered(Optional.empty(), enrolled, true, Optional.of(report(ticked, clientId)));
    }
    ProgramSession session = last.get();
    Optional<ProgramCheckIn> existing = records.checkInFor(session.id());
    if (existing.isPresent()) {
      return ticked.isEmpty()
          ? answered(
              existing,
              enrolled,
              false,
              safety.retriedCare(existing.get().redFlags(), ticked, SignSource.CHECK_IN))
          : answered(existing, enrolled, true, Optional.of(report(ticked, clientId)));
    }
    Instant now = clock.instant();
    Instant at =
        ticked.isEmpty()
            ? PostedTime.resolve(answeredAt, now, Optional.of(session.performedAt()), "answeredAt")
            : PostedTime.clamp(answeredAt, now, Optional.of(session.performedAt()));
    if (ticked.isEmpty()
        && Duration.between(session.performedAt(), at).compareTo(ProgressionPolicy.CHECK_IN_FROM)
            < 0) {
      throw DomainException.conflict(
          "check-in-too-early",
          "check-in-too-early",
          java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
              .withZone(java.time.ZoneOffset.UTC)
              .format(session.performedAt().plus(ProgressionPolicy.CHECK_IN_FROM)));
    }
    Set<RedFlag> signs = withClearlyWorse(ticked, session, rating, at);
    CheckIn answer = new CheckIn(at, rating, signs);
    Program program = programs.program(enrolled.programId());
    History history =
        new History(
            session.rung(),
            program.phases().size(),
            session.result(),
            records.previousFor(enrolled.id(), session.performedAt()),
            enrolled.phaseSince(),
            Optional.of(answer));
    Decision again =
        ProgressionPolicy.decide(history, programs.settings(program.phase(session.rung().phase())));
    boolean changes =
        again.outcome() == Decision.Outcome.PAUSE_FOR_CARE
            || again.outcome() == Decision.Outcome.STEP_BACK;
    ProgramCheckIn recorded =
        new ProgramCheckIn(
            member,
            clientId.orElse(null),
            session.id(),
            answer,
            changes ? again.outcome() : Decision.Outcome.STAY,
            changes ? again.reasonKey() : "settled",
            changes ? again.reasonArgs() : List.of());
    records.add(recorded);
    if (changes) {
      // A pause for care also puts the member back on the rung the session was done on, so
      // resuming after care starts one rung below the load that brought the sign on, as after a
      // sign during a session.
      enrolled.apply(again, at);
    }
    if (!signs.isEmpty()) {
      return answered(Optional.of(recorded), enrolled, true, Optional.of(report(signs)));
    }
    return answered(Optional.of(recorded), enrolled, true, Optional.empty());
  }

  /**
   * The signs of a check-in: those ticked, and "worse a day or two after" when the rating is
   * clearly worse than before the session, ticked or not, because that is what the number says and
   * reference 003 makes it a reason to stop and get checked. A check-in later than the next day
   * counts too: pain still clearly worse days later is no better a sign.
   */
  private static Set<RedFlag> withClearlyWorse(
      Set<RedFlag> ticked, ProgramSession session, int rating, Instant at) {
    if (!ProgressionPolicy.clearlyWorse(session.result(), new CheckIn(at, rating, Set.of()))) {
      return ticked;
    }
    Set<RedFlag> signs = EnumSet.of(RedFlag.WORSE_NEXT_DAYS);
    signs.addAll(ticked);
    return signs;
  }

  /**
   * The answer to a post sent again with {@code clientId}, if the id was seen: the signs it
   * reported alone, or the check-in it recorded. {@link SafetyReports#retry} locks the member
   * first, so two posts of one id at once record once; the programme is locked after the member, as
   * after a try.
   */
  private Optional<Answered> again(long member, String clientId, Set<RedFlag> ticked) {
    Optional<SafetyReports.Outcome> reported = safety.retry(clientId, ticked, SignSource.CHECK_IN);
    Optional<Enrollment> current = records.current(member, true);
    int rounds = current.map(e -> programs.rounds(e.rung())).orElse(0);
    if (reported.isPresent()) {
      return Optional.of(new Answered(Optional.empty(), current, rounds, false, reported));
    }
    return records
        .checkInByClientId(member, clientId)
        .map(
            first ->
                new Answered(
                    Optional.of(first),
                    current,
                    rounds,
                    false,
                    safety.retriedCare(first.redFlags(), ticked, SignSource.CHECK_IN)));
  }

  private Answered answered(
      Optional<ProgramCheckIn> checkIn,
      Enrollment enrolled,
      boolean created,
      Optional<SafetyReports.Outcome> care) {
    return new Answered(
        checkIn, Optional.of(enrolled), programs.rounds(enrolled.rung()), created, care);
  }

  /**
   * The latest session of the current enrolment that still waits for its check-in, if any: from the
   * next day until the member's next session, because the next session cannot climb without it and
   * a member who trains every other day visits on training days.
   */
  @Transactional
  public Optional<ProgramSession> awaitingCheckIn() {
    return records
        .current(currentMember.requireMemberId(), false)
        .flatMap(e -> awaitingCheckIn(records.lastSession(e.id()), records::checkInFor));
  }

  /**
   * The same, for a caller that has just read the current enrolment's latest session and the
   * check-ins of its recent sessions in its own transaction (the progress report), so neither is
   * read twice for one answer.
   *
   * @param checkInOf the check-in of a session, by the session's id
   */
  public Optional<ProgramSession> awaitingCheckIn(
      Optional<ProgramSession> latest, Function<Long, Optional<ProgramCheckIn>> checkInOf) {
    return latest
        .filter(s -> s.redFlags().isEmpty())
        .filter(s -> checkInOf.apply(s.id()).isEmpty())
        .filter(
            s ->
                Duration.between(s.performedAt(), clock.instant())
                        .compareTo(ProgressionPolicy.CHECK_IN_FROM)
                    >= 0);
  }

  private SafetyReports.Outcome report(Set<RedFlag> signs) {
    return safety.report(signs, SignSource.CHECK_IN);
  }

  /** Reports signs with no check-in to record them in, keeping the app's id if it sent one. */
  private SafetyReports.Outcome report(Set<RedFlag> signs, Optional<String> clientId) {
    return safety.report(signs, SignSource.CHECK_IN, clientId).outcome();
  }
}
