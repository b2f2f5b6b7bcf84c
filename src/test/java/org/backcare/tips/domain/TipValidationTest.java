package org.backcare.tips.domain;

import static org.backcare.tips.domain.TipFixtures.tip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TipValidationTest {

  private static final Set<String> REFERENCES = Set.of("002_a721053a9e8a8be6.txt");
  private static final List<String> LOCALES = List.of("en", "es");

  @Test
  void soundTipsHaveNoProblems() {
    assertEquals(
        List.of(),
        TipValidation.problems(
            List.of(tip("desk-chair", TipContext.DESK, "Chair", "Silla")), LOCALES, REFERENCES),
        "a tip in both languages with an existing reference is sound");
  }

  @Test
  void missingLocaleMissingReferenceDuplicateAndBadIdAreAllReported() {
    Tip englishOnly =
        new Tip(
            "english-only",
            TipContext.REST,
            Optional.of("999_missing.txt"),
            LocalDate.now(),
            Map.of("en", new TipText("Rest", "Rest well.", "It helps.")),
            Optional.empty());
    Tip duplicate = tip("desk-chair", TipContext.DESK, "Chair", "Silla");
    Tip badId = tip("Bad Id", TipContext.DESK, "Chair", "Silla");
    List<String> problems =
        TipValidation.problems(
            List.of(englishOnly, duplicate, duplicate, badId), LOCALES, REFERENCES);
    assertTrue(problems.contains("tip 'english-only': has no 'es' text"), problems.toString());
    assertTrue(problems.stream().anyMatch(p -> p.contains("999_missing.txt")), problems.toString());
    assertTrue(problems.contains("tip 'desk-chair': id is used twice"), problems.toString());
    assertTrue(
        problems.stream().anyMatch(p -> p.startsWith("tip 'Bad Id': id must be")),
        "an id unfit for an address is reported: " + problems);
  }

  @Test
  void blankTextIsAProblem() {
    Tip blank =
        new Tip(
            "blank-why",
            TipContext.REST,
            Optional.of("002_a721053a9e8a8be6.txt"),
            LocalDate.now(),
            Map.of(
                "en", new TipText("Rest", "Rest well.", " "),
                "es", new TipText("Descansa", "Descansa bien.", "Ayuda.")),
            Optional.empty());
    assertEquals(
        List.of("tip 'blank-why': 'en' text needs a title, a body and a why"),
        TipValidation.problems(List.of(blank), LOCALES, REFERENCES),
        "a blank why is reported for its tip and language");
  }
}
