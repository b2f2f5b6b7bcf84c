package org.backcare.toolbox.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.backcare.safety.application.SafetyReports;
import org.backcare.safety.domain.Ratings;
import org.backcare.safety.domain.RedFlag;
import org.backcare.safety.domain.SignSource;
import org.backcare.tenant.application.TenantEntityManager;
import org.backcare.toolbox.domain.ExerciseTry;
import org.backcare.toolbox.domain.MoveRecord;

/**
 * The member's tries of moves with their stiffness ratings. A red flag ends the try at once: it is
 * kept as stopped, without an "after" rating, and the answer sends the member to the safety
 * guidance and their employer's care route instead of the next move.
 */
@ApplicationScoped
public class Tries {

  @Inject TenantEntityManager entities;
  @Inject MemberToolbox toolbox;
  @Inject Exercises exercises;
  @Inject SafetyReports safety;

  @Inject Clock clock;

  /** A recorded try and what it means for the member's safety. */
  public record Outcome(ExerciseTry recorded, SafetyReports.Outcome safety) {}

  /**
   * Records a try. A warning sign is reported to {@link SafetyReports}, which holds an active
   * programme for care in the same transaction.
   */
  @Transactional
  public Outcome record(
      String exerciseId, int before, Integer after, boolean completed, Set<RedFlag> redFlags) {
    Ratings.requireAfter(completed, after, redFlags, "try");
    exercises.exercise(exerciseId);
    ExerciseTry recorded =
        new ExerciseTry(
            toolbox.memberId(),
            exerciseId,
            before,
            after,
            completed,
            !redFlags.isEmpty(),
            clock.instant());
    entities.get().persist(recorded);
    return new Outcome(recorded, safety.report(redFlags, SignSource.TRY));
  }

  /** How each move has worked for the member, from the tries that count. */
  @Transactional
  public Map<String, MoveRecord> records() {
    Map<String, List<MoveRecord.Rating>> ratings = new HashMap<>();
    entities
        .get()
        .createQuery("select t from ExerciseTry t where t.memberId = :member", ExerciseTry.class)
        .setParameter("member", toolbox.memberId())
        .getResultList()
        .stream()
        .filter(ExerciseTry::counts)
        .forEach(
            t ->
                ratings
                    .computeIfAbsent(t.exerciseId(), id -> new ArrayList<>())
                    .add(new MoveRecord.Rating(t.before(), t.after())));
    Map<String, MoveRecord> records = new HashMap<>();
    ratings.forEach((id, list) -> records.put(id, new MoveRecord(id, list)));
    return records;
  }
}
