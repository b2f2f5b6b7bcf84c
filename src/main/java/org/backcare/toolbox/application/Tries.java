package org.backcare.toolbox.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.backcare.identity.application.MemberDirectory;
import org.backcare.platform.domain.PostedTime;
import org.backcare.safety.application.HealthAnswers;
import org.backcare.safety.application.SafetyReports;
import org.backcare.safety.domain.Precautions;
import org.backcare.safety.domain.Ratings;
import org.backcare.safety.domain.RedFlag;
import org.backcare.safety.domain.ReportedSigns;
import org.backcare.safety.domain.SignSource;
import org.backcare.tenant.domain.TenantId;
import org.backcare.toolbox.domain.Exercise;
import org.backcare.toolbox.domain.ExerciseTry;
import org.backcare.toolbox.domain.MoveRecord;
import org.backcare.toolbox.domain.MoveTally;
import org.backcare.toolbox.domain.ToolboxRecords;

/**
 * The member's tries of moves with their stiffness ratings. A red flag ends the try at once: it is
 * kept as stopped, without an "after" rating, and the answer sends the member to the safety
 * guidance and their employer's care route instead of the next move. The client's own id makes a
 * try sent twice (a retry after a lost answer) one try.
 *
 * <p>An app that was offline says when the member tried the move, within {@link PostedTime}'s
 * limits. A late try adds to its move's tally like any other: a tally is a count and a sum, which
 * no order of arrival changes, and nothing keeps a "last tried" that a late try could move back.
 * The retention purge takes a try out of its tally by the time it was tried; a late try is never
 * older than {@link PostedTime#LATE_SYNC}, far inside any employer's retention, so it is tallied
 * before the purge can forget it.
 */
@ApplicationScoped
public class Tries {

  @Inject ToolboxRecords records;
  @Inject MemberToolbox toolbox;
  @Inject Exercises exercises;
  @Inject SafetyReports safety;
  @Inject HealthAnswers health;
  @Inject MemberDirectory members;

  @Inject Clock clock;

  /**
   * A recorded try, whether this post recorded it (false: the same client id was recorded before),
   * and what it means for the member's safety.
   */
  public record Outcome(ExerciseTry recorded, boolean created, SafetyReports.Outcome safety) {}

  /**
   * Records a try. A warning sign is reported to {@link SafetyReports}, which holds an active
   * programme for care in the same transaction, and is never refused. A try of a loaded move
   * without a sign needs the member's precautions answer (given now or before), as choosing the
   * move did: an app that skipped the question learns it, and the member's answer decides.
   *
   * @param performedAt when the member tried the move, for an app that syncs later: refused ({@code
   *     validation-failed} naming {@code performedAt}) outside {@link PostedTime}'s limits, but
   *     kept inside them when the try carries a sign. A retry is answered before the time is looked
   *     at, so a try recorded in time is never refused for arriving again too late.
   */
  @Transactional
  public Outcome record(
      String clientId,
      String exerciseId,
      int before,
      Integer after,
      boolean completed,
      ReportedSigns reported,
      Optional<Precautions> precautions,
      Optional<Instant> performedAt) {
    Set<RedFlag> redFlags = safety.triage(reported);
    Ratings.requireAfter(completed, after, redFlags, "try");
    Exercise move = exercises.exercise(exerciseId);
    if (move.loaded() && redFlags.isEmpty()) {
      health.requireLoadingAllowed(precautions);
      safety.refuseLoadingWhileHeld();
    }
    long member = members.holdCurrent();
    Optional<ExerciseTry> again = records.tryByClientId(member, clientId);
    if (again.isPresent()) {
      return new Outcome(
          again.get(), false, safety.retried(again.get().redFlags(), redFlags, SignSource.TRY));
    }
    Instant now = clock.instant();
    Instant at =
        redFlags.isEmpty()
            ? PostedTime.resolve(performedAt, now, Optional.empty(), "performedAt")
            : PostedTime.clamp(performedAt, now, Optional.empty());
    ExerciseTry recorded =
        new ExerciseTry(member, clientId, exerciseId, before, after, completed, redFlags, at);
    records.add(recorded);
    if (recorded.counts()) {
      // The member is held, so no other try of theirs races this count.
      records.count(member, exerciseId, recorded.rating());
    }
    return new Outcome(recorded, true, safety.report(redFlags, SignSource.TRY));
  }

  /**
   * One try as the member's own record shows it: the move's name, ratings 0-10 ({@code after} null
   * when stopped) and the warning signs that stopped it (keys).
   */
  public record Tried(
      long id,
      String exerciseId,
      String moveName,
      Instant triedAt,
      boolean completed,
      int before,
      Integer after,
      List<String> signs) {}

  /**
   * Every try of the signed-in member, oldest first, for their own copies of their record. Names
   * come from the shipped catalogue, so a move the employer has since hidden keeps its name.
   */
  @Transactional
  public List<Tried> history(String language) {
    return records.tries(toolbox.memberId()).stream()
        .map(
            t ->
                new Tried(
                    t.id(),
                    t.exerciseId(),
                    exercises
                        .shipped()
                        .find(t.exerciseId())
                        .map(e -> e.in(language).name())
                        .orElse(t.exerciseId()),
                    t.triedAt(),
                    t.counts(),
                    t.before(),
                    t.after(),
                    t.redFlags().stream().sorted().map(RedFlag::key).toList()))
        .toList();
  }

  /**
   * How each move has worked for the member, from the tries that count: their running tallies, one
   * row per move however long the history.
   */
  @Transactional
  public Map<String, MoveRecord> records() {
    Map<String, MoveRecord> byMove = new HashMap<>();
    for (MoveTally tally : records.tallies(toolbox.memberId())) {
      MoveRecord record = tally.record();
      byMove.put(record.exerciseId(), record);
    }
    return byMove;
  }

  /**
   * How each move has worked for the member, as plain figures for another feature (the clinician's
   * summary): every move with counted tries, its count and its total drop in rating.
   */
  public record Relief(String exerciseId, int tries, long reliefSum) {}

  /** The member's {@link Relief} per move they have a counted try of. */
  @Transactional
  public List<Relief> reliefs() {
    return records().values().stream()
        .map(r -> new Relief(r.exerciseId(), r.tries(), r.reliefSum()))
        .toList();
  }

  /**
   * A try the member did not finish: stopped by them, or by the warning {@code signs} it reported
   * ({@code bySign}; older tries kept only that a sign stopped them, not which).
   */
  public record Unfinished(String exerciseId, Instant at, boolean bySign, Set<RedFlag> signs) {}

  /**
   * The member's unfinished tries since {@code since}, oldest first: a narrow read for summaries.
   */
  @Transactional
  public List<Unfinished> unfinishedSince(Instant since) {
    return records.triesSince(toolbox.memberId(), since).stream()
        .filter(t -> !t.counts())
        .map(t -> new Unfinished(t.exerciseId(), t.triedAt(), t.redFlag(), t.redFlags()))
        .toList();
  }

  /**
   * Forgets employer {@code tenant}'s tries made before {@code cutoff}, taking the ones that count
   * out of their moves' tallies, so "how this move works for you" is only ever made of tries still
   * kept. Asked by the retention purge, in its transaction.
   *
   * @return rows removed per table
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Map<String, Integer> forgetBefore(TenantId tenant, Instant cutoff) {
    return records.forgetTriesBefore(tenant.value(), cutoff);
  }
}
