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
            DomainException.class,
            () -> Ratings.requireAfter(true, null, Set.of(), "session"),
            "a completed session without a sign or an after rating is refused");
    assertEquals(
        "validation-failed",
        missing.slug(),
        "the missing after rating is refused as a validation failure");
    assertEquals(
        "A completed session needs the rating after it, or say you stopped early.",
        missing.detail(),
        "the member is told to give the after rating or say they stopped early");
    assertEquals(
        "Una sesión completa necesita tu valoración después, o indica que paraste antes.",
        missing.detail(java.util.Locale.forLanguageTag("es")),
        "the caller reads it in their language");
  }

  @Test
  void aSignOrAStopNeedsNoAfterRating() {
    assertDoesNotThrow(
        () -> Ratings.requireAfter(true, null, Set.of(RedFlag.FEVER), "try"),
        "a sign excuses the after rating: the member may have stopped for it");
    assertDoesNotThrow(
        () -> Ratings.requireAfter(false, null, Set.of(), "try"),
        "an activity stopped early needs no after rating");
    assertDoesNotThrow(
        () -> Ratings.requireAfter(true, 3, Set.of(), "try"),
        "a completed activity with its after rating is accepted");
  }
}
