package org.backcare.tips.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

  /**
   * Hazard H-09: a tip about a warning sign sends the member to the care its level calls for and
   * never to rest or wait; the tips about emergency signs name the emergency department first.
   */
  @Test
  void tipsAboutWarningSignsSendToTheCareTheirLevelCallsFor() {
    TipCatalogue catalogue = ShippedTips.load("content/tips.json");
    // Each tip about warning signs, and what its most urgent sign asks for (the references'
    // levels: NHS back pain, the cauda equina card, reference 003). The ids are older than the
    // levels: the fever tip's id says emergency, the NHS says a doctor today.
    String[] emergency = {"emergency department", "urgencias"};
    String[] today = {"today", "hoy"};
    String[] checked = {"checked", "revisen"};
    Map<String, String[]> action =
        Map.of(
            "emergency-bladder-bowel-groin", emergency,
            "emergency-both-legs-or-chest-pain", emergency,
            "emergency-after-fall-or-accident", emergency,
            "pain-down-the-leg", emergency,
            "numbness-tingling-weakness", emergency,
            "emergency-fever-with-back-pain", today,
            "urgent-pain-at-night-or-at-rest", today,
            "urgent-unexplained-weight-loss", today,
            "sharp-or-stabbing-pain", checked,
            "pain-worse-after-a-day-or-two", checked);
    int seen = 0;
    for (Tip tip : catalogue.all()) {
      String[] words = action.get(tip.id());
      if (words == null) {
        continue;
      }
      seen++;
      String en = tip.in("en").title() + " " + tip.in("en").body();
      String es = tip.in("es").title() + " " + tip.in("es").body();
      assertTrue(en.contains(words[0]), tip.id() + " (en) says: " + en);
      assertTrue(es.contains(words[1]), tip.id() + " (es) says: " + es);
      assertTrue(
          !en.toLowerCase(java.util.Locale.ROOT).contains("wait and see")
              && !en.toLowerCase(java.util.Locale.ROOT).contains("rest until"),
          tip.id() + " never tells the member to wait it out: " + en);
    }
    assertEquals(action.size(), seen, "the warning-sign tips were found: " + seen);
  }

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
            IllegalStateException.class,
            () -> ShippedTips.load("content-test/broken-tips.json"),
            "broken tips content stops start-up");
    assertTrue(failure.getMessage().contains("has no 'es' text"), failure.getMessage());
    assertTrue(failure.getMessage().contains("does not exist"), failure.getMessage());
  }
}
