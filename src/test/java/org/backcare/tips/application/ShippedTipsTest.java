package org.backcare.tips.application;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.TreeMap;
import org.backcare.tips.domain.Tip;
import org.backcare.tips.domain.TipCatalogue;
import org.backcare.tips.domain.TipContext;
import org.junit.jupiter.api.Test;

/** The shipped content file itself: it loads, and covers every context the product promises. */
class ShippedTipsTest {

  private static final Map<TipContext, Integer> MINIMUM =
      Map.of(
          TipContext.WALKING, 7,
          TipContext.FOOTWEAR, 4,
          TipContext.DESK, 7,
          TipContext.SLEEP, 4,
          TipContext.LIFTING, 7,
          TipContext.HYDRATION, 2,
          TipContext.HEAT_COLD, 4,
          TipContext.REST, 4,
          TipContext.PROFESSIONAL, 5);

  @Test
  void shippedTipsLoadAndCoverEveryContext() {
    TipCatalogue catalogue = ShippedTips.load("content/tips.json");
    assertTrue(catalogue.all().size() >= 40, "at least 40 tips: " + catalogue.all().size());
    Map<TipContext, Integer> counts = new TreeMap<>();
    for (Tip tip : catalogue.all()) {
      counts.merge(tip.context(), 1, Integer::sum);
    }
    MINIMUM.forEach(
        (context, minimum) ->
            assertTrue(
                counts.getOrDefault(context, 0) >= minimum,
                context + " has " + counts.getOrDefault(context, 0) + " tips, needs " + minimum));
    long breaks =
        catalogue.in(TipContext.DESK).stream().filter(t -> t.id().startsWith("break-")).count();
    assertTrue(breaks >= 6, "at least six desk-break moves: " + breaks);
  }

  @Test
  void aBrokenContentFileStopsStartUpWithEveryProblem() {
    IllegalStateException failure =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalStateException.class, () -> ShippedTips.load("content-test/broken-tips.json"));
    assertTrue(failure.getMessage().contains("has no 'es' text"), failure.getMessage());
    assertTrue(failure.getMessage().contains("does not exist"), failure.getMessage());
  }
}
