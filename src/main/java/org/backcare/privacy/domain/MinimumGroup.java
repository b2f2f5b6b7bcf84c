package org.backcare.privacy.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The small-cell rule of employer reports: no figure may describe fewer than {@code size} members,
 * neither directly nor as the difference of two published figures. Zero describes nobody and is
 * shown.
 *
 * <p>Three cases cover every relation between the figures backcare publishes:
 *
 * <ul>
 *   <li>a plain count is suppressed when it is from 1 to {@code size - 1};
 *   <li>a count of a subgroup (active members among those who launched) is also suppressed when the
 *       members it leaves out number from 1 to {@code size - 1}, because subtracting it from the
 *       larger figure would reveal them;
 *   <li>counts that add up to a published total (members per programme phase) get complementary
 *       suppression: further cells, smallest first, are hidden until the hidden cells together hold
 *       at least {@code size} members, so the total minus the shown cells reveals no small group
 *       either.
 * </ul>
 *
 * @param size the employer's {@code report.min-group-size}
 */
public record MinimumGroup(int size) {

  public MinimumGroup {
    if (size < 1) {
      throw new IllegalArgumentException("the minimum group is at least one member");
    }
  }

  /** {@code members} as a cell on its own. */
  public Cell count(long members) {
    return small(members) ? Cell.suppressed() : Cell.shown(members);
  }

  /**
   * {@code members}, a subgroup of each of the {@code published} larger figures that contain it
   * (suppressed ones are skipped: they reveal nothing to subtract from).
   */
  public Cell subgroup(long members, Cell... published) {
    Cell own = count(members);
    if (own.isSuppressed()) {
      return own;
    }
    for (Cell larger : published) {
      if (!larger.isSuppressed() && small(larger.value() - members)) {
        return Cell.suppressed();
      }
    }
    return own;
  }

  /**
   * {@code parts}, which add up to {@code total}, with primary and complementary suppression. When
   * the total itself is suppressed, so is every part.
   */
  public List<Cell> partition(Cell total, List<Long> parts) {
    if (total.isSuppressed()) {
      return parts.stream().map(p -> Cell.suppressed()).toList();
    }
    boolean[] hidden = new boolean[parts.size()];
    long hiddenSum = 0;
    for (int i = 0; i < parts.size(); i++) {
      if (small(parts.get(i))) {
        hidden[i] = true;
        hiddenSum += parts.get(i);
      }
    }
    List<Integer> bySize = new ArrayList<>(IntStream.range(0, parts.size()).boxed().toList());
    bySize.sort(Comparator.comparing(parts::get));
    for (int i : bySize) {
      if (!small(hiddenSum)) {
        break;
      }
      if (!hidden[i] && parts.get(i) > 0) {
        hidden[i] = true;
        hiddenSum += parts.get(i);
      }
    }
    List<Cell> cells = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      cells.add(hidden[i] ? Cell.suppressed() : Cell.shown(parts.get(i)));
    }
    return cells;
  }

  private boolean small(long members) {
    return members > 0 && members < size;
  }
}
