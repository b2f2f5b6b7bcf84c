package org.backcare.toolbox.domain;

import java.util.List;
import java.util.OptionalDouble;

/**
 * How a move has worked for one member: how many completed tries it has and the total drop in
 * stiffness (0-10 ratings, before minus after) over them. Relief is the drop; a positive average
 * means the move helps them. Kept as a count and a sum, so the database adds the tries up and a
 * member with thousands of tries costs what a member with a few does.
 */
public record MoveRecord(String exerciseId, int tries, long reliefSum) {

  /** One completed try's ratings. */
  public record Rating(int before, int after) {
    public Rating {
      if (before < 0 || before > 10 || after < 0 || after > 10) {
        throw new IllegalArgumentException("ratings run from 0 to 10");
      }
    }

    public int relief() {
      return before - after;
    }
  }

  public MoveRecord {
    if (tries < 0) {
      throw new IllegalArgumentException("tries cannot be negative");
    }
  }

  /** The record of these tries. */
  public static MoveRecord of(String exerciseId, List<Rating> ratings) {
    return new MoveRecord(
        exerciseId, ratings.size(), ratings.stream().mapToLong(Rating::relief).sum());
  }

  /** The average drop in stiffness, if the member has tried the move. */
  public OptionalDouble averageRelief() {
    return tries == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) reliefSum / tries);
  }
}
