package org.backcare.toolbox.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.backcare.identity.domain.Members;
import org.backcare.safety.application.SafetyReports;
import org.backcare.safety.domain.CareAdvice;
import org.backcare.safety.domain.Ratings;
import org.backcare.safety.domain.RedFlag;
import org.backcare.safety.domain.SignSource;
import org.backcare.tenant.application.TenantEntityManager;
import org.backcare.toolbox.domain.ExerciseTry;
import org.backcare.toolbox.domain.MoveRecord;

/**
 * The member's tries of moves with their stiffness ratings. A red flag ends the try at once: it is
 * kept as stopped, without an "after" rating, and the answer sends the member to the safety
 * guidance and their employer's care route instead of the next move. The client's own id makes a
 * try sent twice (a retry after a lost answer) one try.
 */
@ApplicationScoped
public class Tries {

  @Inject TenantEntityManager entities;
  @Inject MemberToolbox toolbox;
  @Inject Exercises exercises;
  @Inject SafetyReports safety;
  @Inject Members members;

  @Inject Clock clock;

  /**
   * A recorded try, whether this post recorded it (false: the same client id was recorded before),
   * and what it means for the member's safety.
   */
  public record Outcome(ExerciseTry recorded, boolean created, SafetyReports.Outcome safety) {}

  /**
   * Records a try. A warning sign is reported to {@link SafetyReports}, which holds an active
   * programme for care in the same transaction.
   */
  @Transactional
  public Outcome record(
      String clientId,
      String exerciseId,
      int before,
      Integer after,
      boolean completed,
      Set<RedFlag> redFlags) {
    Ratings.requireAfter(completed, after, redFlags, "try");
    exercises.exercise(exerciseId);
    long member = toolbox.memberId();
    members.lock(member);
    Optional<ExerciseTry> again =
        entities
            .get()
            .createQuery(
                "select t from ExerciseTry t where t.memberId = :m and t.clientId = :c",
                ExerciseTry.class)
            .setParameter("m", member)
            .setParameter("c", clientId)
            .getResultStream()
            .findFirst();
    if (again.isPresent()) {
      return new Outcome(again.get(), false, safety.advise(CareAdvice.of(again.get().redFlags())));
    }
    ExerciseTry recorded =
        new ExerciseTry(
            member, clientId, exerciseId, before, after, completed, redFlags, clock.instant());
    entities.get().persist(recorded);
    return new Outcome(recorded, true, safety.report(redFlags, SignSource.TRY));
  }

  /** How each move has worked for the member, from the tries that count. */
  @Transactional
  public Map<String, MoveRecord> records() {
    // Added up by the database: one row per move and completion, however long the history (an
    // index on member, move, completion and ratings serves it without the table). Completion is
    // grouped on, not compared, because H2 refuses to compare the boolean EclipseLink binds.
    List<Object[]> rows =
        entities
            .get()
            .createQuery(
                "select t.exerciseId, t.completed, count(t),"
                    + " sum(t.stiffnessBefore - t.stiffnessAfter) from ExerciseTry t"
                    + " where t.memberId = :member and t.stiffnessAfter is not null"
                    + " group by t.exerciseId, t.completed",
                Object[].class)
            .setParameter("member", toolbox.memberId())
            .getResultList();
    Map<String, MoveRecord> records = new HashMap<>();
    for (Object[] row : rows) {
      boolean completed =
          row[1] instanceof Boolean b ? b : row[1] instanceof Number n && n.intValue() != 0;
      if (completed) {
        String id = (String) row[0];
        records.put(
            id, new MoveRecord(id, ((Number) row[2]).intValue(), ((Number) row[3]).longValue()));
      }
    }
    return records;
  }
}
