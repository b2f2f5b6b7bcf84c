package org.backcare.toolbox.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Set;
import org.backcare.safety.domain.RedFlag;

/**
 * One time a member tried a move, with their stiffness before and after (0-10). A try stopped by a
 * red flag keeps no "after" rating and never counts toward how well the move works.
 */
@Entity
@Table(name = "exercise_tries")
public class ExerciseTry {

  @Id
  @SequenceGenerator(
      name = "exercise_tries_seq",
      sequenceName = "exercise_tries_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "exercise_tries_seq")
  private Long id;

  @Column(name = "member_id", nullable = false, updatable = false)
  private long memberId;

  @Column(name = "exercise_id", nullable = false, updatable = false, length = 60)
  private String exerciseId;

  @Column(name = "stiffness_before", nullable = false, updatable = false)
  private int stiffnessBefore;

  @Column(name = "stiffness_after", updatable = false)
  private Integer stiffnessAfter;

  @Column(name = "completed", nullable = false, updatable = false)
  private boolean completed;

  @Column(name = "red_flag", nullable = false, updatable = false)
  private boolean redFlag;

  @Column(name = "red_flags", nullable = false, updatable = false, length = 1000)
  private String redFlags;

  @Column(name = "client_id", updatable = false, length = 64)
  private String clientId;

  @Column(name = "tried_at", nullable = false, updatable = false)
  private Instant triedAt;

  @Version private int version;

  protected ExerciseTry() {}

  public ExerciseTry(
      long memberId,
      String clientId,
      String exerciseId,
      int before,
      Integer after,
      boolean completed,
      Set<RedFlag> signs,
      Instant now) {
    boolean redFlag = !signs.isEmpty();
    if (before < 0 || before > 10 || (after != null && (after < 0 || after > 10))) {
      throw new IllegalArgumentException("stiffness ratings run from 0 to 10");
    }
    this.memberId = memberId;
    this.clientId = clientId;
    this.exerciseId = exerciseId;
    this.redFlags = RedFlag.store(signs);
    this.stiffnessBefore = before;
    this.redFlag = redFlag;
    this.completed = completed && !redFlag && after != null;
    this.stiffnessAfter = redFlag ? null : after;
    this.triedAt = now;
  }

  /**
   * Which tries count toward how a move works, as SQL over {@code exercise_tries}: the rule of
   * {@link #counts(boolean, Integer)}, for the statements that count tries in the database (the
   * purge's untally). Migration V10 back-filled the tallies with this very condition; {@code
   * MoveTallyMigrationTest} holds the two, and the Java rule, to one another.
   */
  public static final String COUNTS_WHERE = "completed = TRUE AND stiffness_after IS NOT NULL";

  /**
   * Whether a try with these stored values tells how the move works: completed and rated after. A
   * try stopped by a red flag is stored neither completed nor rated, so it never counts.
   */
  public static boolean counts(boolean completed, Integer stiffnessAfter) {
    return completed && stiffnessAfter != null;
  }

  /** Whether this try tells how the move works: completed, rated after, no red flag. */
  public boolean counts() {
    return counts(completed, stiffnessAfter);
  }

  /** The ratings this try adds to its move's tally; only for a try that {@link #counts()}. */
  public MoveRecord.Rating rating() {
    if (!counts()) {
      throw new IllegalStateException("a try that does not count has no rating to tally");
    }
    return new MoveRecord.Rating(stiffnessBefore, stiffnessAfter);
  }

  public long memberId() {
    return memberId;
  }

  public String exerciseId() {
    return exerciseId;
  }

  public int before() {
    return stiffnessBefore;
  }

  public Integer after() {
    return stiffnessAfter;
  }

  public boolean redFlag() {
    return redFlag;
  }

  /** The warning signs that stopped this try (none for older tries, which kept only the fact). */
  public Set<RedFlag> redFlags() {
    return RedFlag.readStored(redFlags);
  }

  public Long id() {
    return id;
  }

  public String clientId() {
    return clientId;
  }

  public Instant triedAt() {
    return triedAt;
  }
}
