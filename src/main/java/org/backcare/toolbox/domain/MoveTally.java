package org.backcare.toolbox.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * The running tally behind a {@link MoveRecord}: one row per member and move, counted up as each
 * try that tells how the move works is recorded. Reading a toolbox then costs one row per move,
 * whether the member has tried a move five times or five thousand. It needs no version: a try is
 * recorded while its member is locked, so two tallies of one member never race.
 */
@Entity
@Table(name = "move_tallies")
@IdClass(MoveTally.Key.class)
public class MoveTally {

  /** Identity of a tally: member ids are unique across employers, so the pair is enough. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    private long memberId;
    private String exerciseId;

    public Key() {}

    public Key(long memberId, String exerciseId) {
      this.memberId = memberId;
      this.exerciseId = exerciseId;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && key.memberId == memberId
          && Objects.equals(key.exerciseId, exerciseId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(memberId, exerciseId);
    }
  }

  @Id
  @Column(name = "member_id", nullable = false, updatable = false)
  private long memberId;

  @Id
  @Column(name = "exercise_id", nullable = false, updatable = false, length = 60)
  private String exerciseId;

  @Column(name = "tries", nullable = false)
  private int tries;

  @Column(name = "relief_sum", nullable = false)
  private long reliefSum;

  protected MoveTally() {}

  /** The tally of a move's first counted try. */
  public MoveTally(long memberId, String exerciseId, MoveRecord.Rating first) {
    this.memberId = memberId;
    this.exerciseId = exerciseId;
    add(first);
  }

  /** Counts one more completed try. */
  public void add(MoveRecord.Rating rating) {
    tries++;
    reliefSum += rating.relief();
  }

  public long memberId() {
    return memberId;
  }

  public MoveRecord record() {
    return new MoveRecord(exerciseId, tries, reliefSum);
  }
}
