package org.backcare.tips.domain;

import static org.backcare.tips.domain.TipFixtures.tip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TipOfTheDayTest {

  private final List<Tip> tips =
      IntStream.range(0, 12)
          .mapToObj(i -> tip("tip-" + (100 + i), TipContext.DESK, "Tip " + i, "Consejo " + i))
          .toList();

  @Test
  void noTipRepeatsUntilEveryTipWasShown() {
    LocalDate start = LocalDate.of(2026, 3, 1);
    Set<String> seen = new HashSet<>();
    for (int day = 0; day < tips.size(); day++) {
      String id = TipOfTheDay.pick(tips, "acme/42", start.plusDays(day)).orElseThrow().id();
      assertTrue(seen.add(id), "tip " + id + " repeated on day " + day);
    }
  }

  @Test
  void theSameMemberGetsTheSameTipAllDay() {
    LocalDate day = LocalDate.of(2026, 11, 21);
    assertEquals(
        TipOfTheDay.pick(tips, "acme/42", day),
        TipOfTheDay.pick(tips, "acme/42", day),
        "reopening backcare the same day shows the same tip");
  }

  @Test
  void membersWalkTheCatalogueInDifferentOrders() {
    LocalDate start = LocalDate.of(2026, 3, 1);
    List<String> first = order("acme/1", start);
    List<String> second = order("acme/2", start);
    assertNotEquals(first, second, "two members do not see the same tip sequence");
  }

  @Test
  void anEmptyCatalogueHasNoTip() {
    assertEquals(
        Optional.empty(),
        TipOfTheDay.pick(List.of(), "acme/1", LocalDate.now()),
        "an employer that hid every tip gets no tip of the day, not an error");
  }

  private List<String> order(String seed, LocalDate start) {
    return IntStream.range(0, tips.size())
        .mapToObj(d -> TipOfTheDay.pick(tips, seed, start.plusDays(d)).orElseThrow().id())
        .toList();
  }
}
