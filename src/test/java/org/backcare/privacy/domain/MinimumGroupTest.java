package org.backcare.privacy.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MinimumGroupTest {

  private final MinimumGroup ten = new MinimumGroup(10);

  @ParameterizedTest(name = "{0} members -> shown {1}")
  @CsvSource({"0,true", "1,false", "9,false", "10,true", "11,true", "5000,true"})
  void aCountUnderTheMinimumIsSuppressedAndZeroDescribesNobody(long members, boolean shown) {
    Cell cell = ten.count(members);
    assertEquals(!shown, cell.isSuppressed(), "cell for " + members);
    if (shown) {
      assertEquals(
          members, cell.value(), "a shown cell for " + members + " members shows their true count");
    }
  }

  @ParameterizedTest(name = "launched {0}, active {1} -> shown {2}")
  @CsvSource({
    "40,40,true", // everyone: the difference is zero, nobody singled out
    "40,31,false", // 40 - 31 would reveal 9 inactive members
    "40,30,true", // 10 left out is a full group
    "40,39,false", // 1 left out
    "12,10,false", // 2 left out
    "12,9,false", // small in itself
  })
  void aSubgroupIsSuppressedWhenSubtractingItRevealsASmallGroup(
      long launched, long active, boolean shown) {
    Cell cell = ten.subgroup(active, ten.count(launched));
    assertEquals(shown, !cell.isSuppressed(), launched + " vs " + active);
  }

  @Test
  void aSuppressedLargerFigureRevealsNothingToSubtractFrom() {
    assertEquals(
        Cell.shown(12),
        ten.subgroup(12, Cell.suppressed()),
        "with the larger figure hidden, a full group of 12 can be shown");
  }

  @Test
  void oneSmallCellOfAPartitionTakesAnotherWithItSoTheTotalRevealsNothing() {
    // total 45 = 3 + 12 + 30: hiding only the 3 lets 45 - 12 - 30 give it back.
    List<Cell> cells = ten.partition(Cell.shown(45), List.of(3L, 12L, 30L));
    assertEquals(
        List.of(Cell.suppressed(), Cell.suppressed(), Cell.shown(30)),
        cells,
        "the 3 is hidden and the 12 with it, so 45 - 30 reveals only a full group");
  }

  @Test
  void complementaryCellsAreAddedUntilTheHiddenOnesHoldAFullGroup() {
    // 2 + 3 = 5 would still be a small group: the next smallest (11) must go too.
    List<Cell> cells = ten.partition(Cell.shown(66), List.of(2L, 3L, 11L, 50L));
    assertEquals(
        List.of(Cell.suppressed(), Cell.suppressed(), Cell.suppressed(), Cell.shown(50)),
        cells,
        "2 and 3 hide only 5, so the 11 is hidden too");
  }

  @Test
  void twoSmallCellsThatTogetherMakeAFullGroupNeedNoMore() {
    List<Cell> cells = ten.partition(Cell.shown(60), List.of(4L, 6L, 20L, 30L));
    assertEquals(
        List.of(Cell.suppressed(), Cell.suppressed(), Cell.shown(20), Cell.shown(30)),
        cells,
        "4 and 6 hide a full group of 10, so no further cell is hidden");
  }

  @Test
  void zerosStayShownAndAreNeverUsedAsCover() {
    List<Cell> cells = ten.partition(Cell.shown(25), List.of(0L, 5L, 20L));
    assertEquals(
        List.of(Cell.shown(0), Cell.suppressed(), Cell.suppressed()),
        cells,
        "a zero describes nobody and hides nobody, so the 20 covers the 5");
  }

  @Test
  void aSuppressedTotalSuppressesEveryPart() {
    assertTrue(
        ten.partition(Cell.suppressed(), List.of(0L, 20L)).stream().allMatch(Cell::isSuppressed),
        "parts of a hidden total are hidden, even zeros and full groups");
  }

  @Test
  void noShownCellsLetTheTotalRevealASmallGroup() {
    // Exhaustive over small partitions: whatever is shown, total minus the shown cells (the
    // hidden members) is zero or a full group.
    for (long a = 0; a <= 25; a++) {
      for (long b = 0; b <= 25; b++) {
        for (long c = 0; c <= 25; c++) {
          long total = a + b + c;
          if (total < 10) {
            continue;
          }
          List<Cell> cells = ten.partition(Cell.shown(total), List.of(a, b, c));
          long shown = cells.stream().filter(x -> !x.isSuppressed()).mapToLong(Cell::value).sum();
          long hidden = total - shown;
          List<Long> shownSmall = new ArrayList<>();
          cells.stream()
              .filter(x -> !x.isSuppressed() && x.value() > 0 && x.value() < 10)
              .forEach(x -> shownSmall.add(x.value()));
          assertTrue(hidden == 0 || hidden >= 10, a + "," + b + "," + c + " hides " + hidden);
          assertTrue(shownSmall.isEmpty(), a + "," + b + "," + c + " shows " + shownSmall);
        }
      }
    }
  }

  @Test
  void aGroupOfNobodyIsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new MinimumGroup(0),
        "a minimum of 0 would protect nobody");
  }
}
