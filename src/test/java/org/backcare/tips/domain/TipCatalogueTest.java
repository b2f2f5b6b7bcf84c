package org.backcare.tips.domain;

import static org.backcare.tips.domain.TipFixtures.tip;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TipCatalogueTest {

  private final TipCatalogue catalogue =
      new TipCatalogue(
          List.of(
              tip("sleep-side", TipContext.SLEEP, "Sleep on your side", "Duerme de lado"),
              tip("desk-chair", TipContext.DESK, "Set your chair height", "Ajusta la silla"),
              tip(
                  "walk-posture",
                  TipContext.WALKING,
                  "Walk tall",
                  "Camina erguido con buena postura")));

  @Test
  void tipsAreOrderedByContextThenId() {
    assertEquals(
        List.of("walk-posture", "desk-chair", "sleep-side"),
        catalogue.all().stream().map(Tip::id).toList());
  }

  @Test
  void searchMatchesEveryWordIgnoringCaseAndAccents() {
    assertEquals(List.of("desk-chair"), ids(catalogue.search("CHAIR height", "en")));
    assertEquals(List.of("walk-posture"), ids(catalogue.search("erguído POSTURA", "es")));
    assertEquals(List.of(), ids(catalogue.search("chair sleep", "en")));
    assertEquals(3, catalogue.search("  ", "en").size(), "a blank query lists everything");
  }

  @Test
  void browsingByContextKeepsOnlyThatContext() {
    assertEquals(List.of("sleep-side"), ids(catalogue.in(TipContext.SLEEP)));
  }

  @Test
  void findByIdAndMissingIdsAreEmpty() {
    assertEquals("desk-chair", catalogue.find("desk-chair").orElseThrow().id());
    assertEquals(true, catalogue.find("nope").isEmpty());
  }

  private static List<String> ids(List<Tip> tips) {
    return tips.stream().map(Tip::id).toList();
  }
}
