package org.backcare.tips.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Picks a member's tip of the day. Each member walks through the catalogue in their own shuffled
 * order, one tip a day, so no tip comes back until every other has been shown and two colleagues
 * rarely see the same tip on the same day. Pure and stateless: nothing needs to be stored.
 */
public final class TipOfTheDay {

  private TipOfTheDay() {}

  /** The tip for the member identified by {@code seed} on {@code day}. */
  public static Optional<Tip> pick(List<Tip> tips, String seed, LocalDate day) {
    if (tips.isEmpty()) {
      return Optional.empty();
    }
    List<Tip> order = new ArrayList<>(tips);
    order.sort(Comparator.comparing(Tip::id));
    java.util.Collections.shuffle(order, new Random(seed.hashCode() * 31L + 7));
    int index = (int) Math.floorMod(day.toEpochDay(), (long) order.size());
    return Optional.of(order.get(index));
  }
}
