package org.backcare.toolbox.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.backcare.toolbox.domain.Exercise;
import org.backcare.toolbox.domain.ExerciseCatalogue;
import org.backcare.toolbox.domain.ExerciseKind;
import org.backcare.toolbox.domain.Situation;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** The shipped catalogue itself: it loads, covers every kind and situation, and is illustrated. */
class ShippedExercisesTest {

  private static final Path ILLUSTRATIONS = Path.of("src/main/webapp/resources/exercises");

  private final ExerciseCatalogue catalogue = ShippedExercises.load("content/exercises.json");

  @Test
  void atLeastThirtyMovesCoveringEveryKindAndSituation() {
    assertTrue(catalogue.all().size() >= 30, "exercises: " + catalogue.all().size());
    Map<ExerciseKind, Integer> kinds = new EnumMap<>(ExerciseKind.class);
    Map<Situation, Integer> situations = new EnumMap<>(Situation.class);
    for (Exercise e : catalogue.all()) {
      kinds.merge(e.kind(), 1, Integer::sum);
      e.situations().forEach(s -> situations.merge(s, 1, Integer::sum));
    }
    for (ExerciseKind kind : ExerciseKind.values()) {
      assertTrue(kinds.getOrDefault(kind, 0) >= 2, kind + ": " + kinds);
    }
    for (Situation situation : Situation.values()) {
      assertTrue(situations.getOrDefault(situation, 0) >= 5, situation + ": " + situations);
    }
  }

  /**
   * Hazard H-07: the moves that load the spine (planks, lunges, a weighted squat, the prone
   * press-up into extension) ask the precautions question before they are kept or tried; the gentle
   * ones do not, so the question keeps its weight.
   */
  @Test
  void theMovesThatLoadTheSpineAreMarkedLoaded() {
    java.util.Set<String> loaded =
        catalogue.all().stream()
            .filter(Exercise::loaded)
            .map(Exercise::id)
            .collect(java.util.stream.Collectors.toSet());
    assertEquals(
        java.util.Set.of(
            "goblet-squat", "side-plank", "modified-plank", "reverse-lunge", "prone-press-up"),
        loaded,
        "exactly the moves that load the spine ask the precautions question (H-07)");
    for (String id : loaded) {
      String stopIf = catalogue.find(id).orElseThrow().in("en").stopIf();
      assertTrue(stopIf.contains("pregnant") && stopIf.contains("cancer"), id + ": " + stopIf);
    }
  }

  @Test
  void everyMoveHasASafeIllustration() throws Exception {
    var factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    for (Exercise e : catalogue.all()) {
      Path svg = ILLUSTRATIONS.resolve(e.id() + ".svg");
      assertTrue(Files.isRegularFile(svg), "missing illustration " + svg);
      String text = Files.readString(svg);
      assertFalse(
          text.contains("<script") || text.matches("(?s).*\\son[a-z]+\\s*=.*"),
          svg + " must carry no script");
      assertFalse(text.contains("href=\"http"), svg + " must not load anything");
      Element root = factory.newDocumentBuilder().parse(svg.toFile()).getDocumentElement();
      assertEquals("svg", root.getLocalName(), svg.toString());
      assertFalse(e.in("en").alt().isBlank(), e.id() + " needs a text alternative");
    }
  }

  @Test
  void aBrokenCatalogueStopsStartUp() {
    IllegalStateException failure =
        assertThrows(
            IllegalStateException.class,
            () -> ShippedExercises.load("content-test/broken-exercises.json"),
            "a broken exercise catalogue stops start-up");
    assertTrue(failure.getMessage().contains("has no 'es' text"), failure.getMessage());
    assertTrue(failure.getMessage().contains("needs at least one situation"), failure.getMessage());
    assertTrue(failure.getMessage().contains("unknown kind"), failure.getMessage());
  }
}
