package org.backcare.safety.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import org.backcare.platform.domain.DomainException;
import org.junit.jupiter.api.Test;

class RatingsTest {

  @Test
  void aCompletedActivityWithoutASignNeedsItsAfterRating() {
    DomainException missing =
        assertThrows(
            DomainException.class, () -> Ratings.requireAfter(true, null, Set.of(), "session"));
    assertEquals("validation-failed", missing.slug());
    assertEquals("A completed session needs the rating after it.", missing.detail());
  }

  @Test
  void aSignOrAStopNeedsNoAfterRating() {
    assertDoesNotThrow(() -> Ratings.requireAfter(true, null, Set.of(RedFlag.FEVER), "try"));
    assertDoesNotThrow(() -> Ratings.requireAfter(false, null, Set.of(), "try"));
    assertDoesNotThrow(() -> Ratings.requireAfter(true, 3, Set.of(), "try"));
  }
}
