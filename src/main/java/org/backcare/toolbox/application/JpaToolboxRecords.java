package org.backcare.toolbox.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.backcare.platform.persistence.Writes;
import org.backcare.tenant.application.TenantEntityManager;
import org.backcare.toolbox.domain.ExerciseTry;
import org.backcare.toolbox.domain.MoveRecord;
import org.backcare.toolbox.domain.MoveTally;
import org.backcare.toolbox.domain.ToolboxEntry;
import org.backcare.toolbox.domain.ToolboxRecords;

/**
 * {@link ToolboxRecords} in the tenant's database through the tenant-scoped entity manager, which
 * filters every query by the request's employer. The purge's statements are native SQL and name the
 * employer themselves, as they run for an employer rather than for a member.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class JpaToolboxRecords implements ToolboxRecords {

  /**
   * The counted tries of one tally older than the cut-off ({@code ?1}): the rule of {@link
   * ExerciseTry#COUNTS_WHERE}, whose columns are the tries' own.
   */
  static final String COUNTED_BEFORE =
      "t.member_id = r.member_id AND t.exercise_id = r.exercise_id AND t.tenant_id = r.tenant_id"
          + " AND t.tried_at < ?1 AND "
          + ExerciseTry.COUNTS_WHERE;

  /** Takes the counted tries before the cut-off out of the tallies of employer {@code ?2}. */
  static final String UNTALLY =
      "UPDATE move_tallies r SET tries = tries - (SELECT COUNT(*) FROM exercise_tries t WHERE "
          + COUNTED_BEFORE
          + "), relief_sum = relief_sum - (SELECT COALESCE(SUM(t.stiffness_before"
          + " - t.stiffness_after), 0) FROM exercise_tries t WHERE "
          + COUNTED_BEFORE
          + ") WHERE r.tenant_id = ?2 AND EXISTS (SELECT 1 FROM exercise_tries t WHERE "
          + COUNTED_BEFORE
          + ")";

  @Inject TenantEntityManager entities;

  @Override
  public List<ToolboxEntry> entries(long memberId) {
    return entities
        .get()
        .createQuery(
            "select e from ToolboxEntry e where e.memberId = :member order by e.position, e.id",
            ToolboxEntry.class)
        .setParameter("member", memberId)
        .getResultList();
  }

  @Override
  public void add(ToolboxEntry entry) {
    entities.get().persist(entry);
  }

  @Override
  public void remove(ToolboxEntry entry) {
    entities.get().remove(entry);
  }

  @Override
  public Optional<ExerciseTry> tryByClientId(long memberId, String clientId) {
    return entities
        .get()
        .createQuery(
            "select t from ExerciseTry t where t.memberId = :m and t.clientId = :c",
            ExerciseTry.class)
        .setParameter("m", memberId)
        .setParameter("c", clientId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(ExerciseTry attempt) {
    entities.get().persist(attempt);
  }

  @Override
  public List<ExerciseTry> triesSince(long memberId, Instant since) {
    return entities
        .get()
        .createQuery(
            "select t from ExerciseTry t where t.memberId = :m and t.triedAt >= :since"
                + " order by t.triedAt, t.id",
            ExerciseTry.class)
        .setParameter("m", memberId)
        .setParameter("since", since)
        .getResultList();
  }

  @Override
  public List<MoveTally> tallies(long memberId) {
    return entities
        .get()
        .createQuery("select t from MoveTally t where t.memberId = :member", MoveTally.class)
        .setParameter("member", memberId)
        .getResultList();
  }

  /**
   * {@link MoveTally#add} as one statement: a read of the tally and a write of its change would be
   * two round trips on every counted try, the most frequent write members make (issue 32).
   */
  @Override
  public void count(long memberId, String exerciseId, MoveRecord.Rating rating) {
    EntityManager em = entities.get();
    int counted =
        em.createQuery(
                "update MoveTally t set t.tries = t.tries + 1,"
                    + " t.reliefSum = t.reliefSum + :relief"
                    + " where t.memberId = :member and t.exerciseId = :move")
            .setParameter("relief", (long) rating.relief())
            .setParameter("member", memberId)
            .setParameter("move", exerciseId)
            .executeUpdate();
    if (counted == 0) {
      em.persist(new MoveTally(memberId, exerciseId, rating));
    }
  }

  @Override
  public void flush() {
    Writes.flush(entities.get());
  }

  @Override
  public Map<String, Integer> forgetTriesBefore(String tenant, Instant cutoff) {
    EntityManager em = entities.get();
    Timestamp before = Timestamp.from(cutoff);
    Map<String, Integer> removed = new LinkedHashMap<>();
    em.createNativeQuery(UNTALLY).setParameter(1, before).setParameter(2, tenant).executeUpdate();
    removed.put(
        "move_tallies",
        em.createNativeQuery("DELETE FROM move_tallies WHERE tenant_id = ?1 AND tries <= 0")
            .setParameter(1, tenant)
            .executeUpdate());
    removed.put(
        "exercise_tries",
        em.createNativeQuery("DELETE FROM exercise_tries WHERE tenant_id = ?1 AND tried_at < ?2")
            .setParameter(1, tenant)
            .setParameter(2, before)
            .executeUpdate());
    return removed;
  }
}
