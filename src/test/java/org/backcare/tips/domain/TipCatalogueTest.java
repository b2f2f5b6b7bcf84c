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
        catalogue.all().stream().map(Tip::id).toList(),
        "walking, then desk, then sleep, as members browse them");
  }

  @Test
  void searchMatchesEveryWordIgnoringCaseAndAccents() {
    assertEquals(
        List.of("desk-chair"), ids(catalogue.search("CHAIR height", "en")), "search ignores case");
    assertEquals(
        List.of("walk-posture"),
        ids(catalogue.search("erguído POSTURA", "es")),
        "a stray accent still finds the Spanish tip");
    assertEquals(
        List.of(),
        ids(catalogue.search("chair sleep", "en")),
        "a tip must match every word, not any");
    assertEquals(3, catalogue.search("  ", "en").size(), "a blank query lists everything");
  }

  @Test
  void browsingByContextKeepsOnlyThatContext() {
    assertEquals(
        List.of("sleep-side"),
        ids(catalogue.in(TipContext.SLEEP)),
        "browsing sleep shows only sleep tips");
  }

  @Test
  void findByIdAndMissingIdsAreEmpty() {
    assertEquals(
        "desk-chair", catalogue.find("desk-chair").orElseThrow().id(), "a tip is found by its id");
    assertEquals(
        true, catalogue.find("nope").isEmpty(), "an unknown id finds nothing rather than failing");
  }

  private static List<String> ids(List<Tip> tips) {
    return tips.stream().map(Tip::id).toList();
  }
}
