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

  /** Whether this try tells how the move works: completed, rated after, no red flag. */
  public boolean counts() {
    return completed && stiffnessAfter != null;
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
