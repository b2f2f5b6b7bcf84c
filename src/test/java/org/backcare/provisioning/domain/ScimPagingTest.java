package org.backcare.provisioning.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScimPagingTest {

  @Test
  void absentParametersMeanTheFirstHundred() {
    assertEquals(
        new ScimPaging(1, 100),
        ScimPaging.of(null, null),
        "without startIndex and count a page starts at 1 and holds 100");
  }

  @ParameterizedTest(name = "startIndex={0}, count={1} -> {2}, {3}")
  @CsvSource({
    "1, 1, 1, 1",
    "51, 50, 51, 50",
    "0, 10, 1, 10",
    "-5, 10, 1, 10",
    "1, 0, 1, 0",
    "1, -3, 1, 0",
    "1, 200, 1, 200",
    "1, 201, 1, 200",
    "1, 2147483647, 1, 200",
    "-2147483648, -2147483648, 1, 0"
  })
  void outOfRangeValuesAreCorrectedAsTheRfcSays(
      int startIndex, int count, int expectedStart, int expectedCount) {
    assertEquals(
        new ScimPaging(expectedStart, expectedCount),
        ScimPaging.of(startIndex, count),
        "a start below 1 is 1, a negative count is 0, a count above 200 is 200");
  }

  @Test
  void theOffsetSkipsTheResourcesBeforeTheStart() {
    assertEquals(0, ScimPaging.of(1, 10).offset(), "startIndex 1 skips nothing");
    assertEquals(50, ScimPaging.of(51, 10).offset(), "startIndex 51 skips the first 50");
  }

  @Test
  void anImpossiblePageCannotBeBuiltDirectly() {
    assertThrows(
        IllegalArgumentException.class, () -> new ScimPaging(0, 10), "startIndex 0 is refused");
    assertThrows(
        IllegalArgumentException.class,
        () -> new ScimPaging(1, 201),
        "a count over 200 is refused");
    assertThrows(
        IllegalArgumentException.class, () -> new ScimPaging(1, -1), "a negative count is refused");
  }
}
