package org.backcare.toolbox.domain;

import java.util.List;
import java.util.OptionalDouble;

/**
 * How a move has worked for one member: the stiffness ratings (0-10) before and after each
 * completed try. Relief is the drop in stiffness; a positive average means the move helps them.
 */
public record MoveRecord(String exerciseId, List<Rating> ratings) {

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
    ratings = List.copyOf(ratings);
  }

  public int tries() {
    return ratings.size();
  }

  /** The average drop in stiffness, if the member has tried the move. */
  public OptionalDouble averageRelief() {
    return ratings.stream().mapToInt(Rating::relief).average();
  }
}
