package org.backcare.tips.domain;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/** Small tips for domain tests. */
final class TipFixtures {

  private TipFixtures() {}

  static Tip tip(String id, TipContext context, String enTitle, String esTitle) {
    return new Tip(
        id,
        context,
        Optional.of("002_a721053a9e8a8be6.txt"),
        LocalDate.of(2026, 11, 21),
        Map.of(
            "en", new TipText(enTitle, "Do " + enTitle.toLowerCase() + ".", "It helps."),
            "es", new TipText(esTitle, "Haz " + esTitle.toLowerCase() + ".", "Ayuda.")),
        Optional.empty());
  }
}
