package org.backcare.tips.domain;

import static org.backcare.tips.domain.TipFixtures.tip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TipOverlayTest {

  private final TipCatalogue shipped =
      new TipCatalogue(
          List.of(
              tip("sleep-side", TipContext.SLEEP, "Sleep on your side", "Duerme de lado"),
              tip("desk-chair", TipContext.DESK, "Set your chair height", "Ajusta la silla")));

  @Test
  void noOverlayKeepsTheShippedTips() {
    TipOverlay.Result result = TipOverlay.apply(shipped, Map.of(), List.of("en"));
    assertEquals(
        shipped.all(),
        result.catalogue().all(),
        "an employer without an overlay gets the shipped tips unchanged");
    assertEquals(List.of(), result.problems(), "an empty overlay reports no problem");
  }

  @Test
  void hiddenTipsAreGone() {
    TipOverlay.Result result =
        TipOverlay.apply(shipped, Map.of("hide", "sleep-side"), List.of("en"));
    assertEquals(
        List.of("desk-chair"),
        result.catalogue().all().stream().map(Tip::id).toList(),
        "a tip the employer hides is not in its catalogue");
  }

  @Test
  void rewordingChangesOnlyThatPartAndLanguage() {
    TipOverlay.Result result =
        TipOverlay.apply(
            shipped,
            Map.of("reword.desk-chair.title.en", "Ask facilities to fit your chair"),
            List.of("en", "es"));
    Tip tip = result.catalogue().find("desk-chair").orElseThrow();
    assertEquals(
        "Ask facilities to fit your chair",
        tip.in("en").title(),
        "the employer's English title replaces ours");
    assertEquals(
        "Do set your chair height.",
        tip.in("en").body(),
        "the body the employer did not reword stays");
    assertEquals(
        "Ajusta la silla",
        tip.in("es").title(),
        "the Spanish title the employer did not reword stays");
  }

  @Test
  void employerTipIsAddedWithItsLink() {
    TipOverlay.Result result =
        TipOverlay.apply(
            shipped,
            Map.of(
                "add.acme-standing-desk.context", "desk",
                "add.acme-standing-desk.title.en", "Request a sit-stand desk",
                "add.acme-standing-desk.body.en",
                    "Acme funds sit-stand desks; ask through the form.",
                "add.acme-standing-desk.link", "https://intranet.acme.test/desks"),
            List.of("en"));
    Tip tip = result.catalogue().find("acme-standing-desk").orElseThrow();
    assertTrue(tip.fromEmployer(), "an added tip is marked as the employer's, not backcare's");
    assertEquals(
        TipContext.DESK, tip.context(), "the added tip is browsed under its named context");
    assertEquals(
        Optional.of("https://intranet.acme.test/desks"),
        tip.link(),
        "the added tip links to the employer's page");
    assertEquals(List.of(), result.problems(), "a complete employer tip reports no problem");
  }

  @Test
  void mistakesAreReportedAndSkippedWhileTheRestApplies() {
    TipOverlay.Result result =
        TipOverlay.apply(
            shipped,
            Map.of(
                "hide", "no-such-tip,sleep-side",
                "reword.missing.title.en", "x",
                "add.half.context", "desk",
                "add.half.title.en", "Only a title",
                "add.bad-context.context", "yoga",
                "add.bad-link.context", "desk",
                "add.bad-link.title.en", "t",
                "add.bad-link.body.en", "b",
                "add.bad-link.link", "javascript:alert(1)",
                "colour", "red"),
            List.of("en"));
    assertEquals(
        List.of("desk-chair"),
        result.catalogue().all().stream().map(Tip::id).toList(),
        "the valid hide applies and no broken addition slips in");
    assertEquals(6, result.problems().size(), result.problems().toString());
  }

  @Test
  void employerTipMustCoverEveryOfferedLanguage() {
    TipOverlay.Result result =
        TipOverlay.apply(
            shipped,
            Map.of(
                "add.en-only.context", "rest",
                "add.en-only.title.en", "Rest",
                "add.en-only.body.en", "Rest well."),
            List.of("en", "es"));
    assertTrue(
        result.catalogue().find("en-only").isEmpty(),
        "a tip missing an offered language is not added");
    assertTrue(result.problems().get(0).contains("es"), result.problems().toString());
  }
}
