package org.backcare.tenant.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContrastTest {

  @ParameterizedTest
  @CsvSource({
    "#1f5f8b, #ffffff",
    "#2e7d32, #ffffff",
    "#f9a825, #1a1a1a",
    "#ffffff, #1a1a1a",
    "#000000, #ffffff"
  })
  void textOnABrandColourIsWhicheverReadsBetter(String background, String expected) {
    assertEquals(
        expected,
        Contrast.readableOn(background),
        "text on " + background + " is whichever of white or near-black reads better");
    assertTrue(Contrast.ratio(background, expected) >= 4.5, "at least 4.5:1");
  }

  @ParameterizedTest
  @CsvSource({"#f9a825", "#ffff00", "#b8571b", "#00838f", "#ffffff"})
  void accentTextIsDarkenedUntilReadableOnWhite(String accent) {
    String text = Contrast.darkenForText(accent);
    assertTrue(Contrast.ratio(text, "#ffffff") >= 4.5, accent + " -> " + text);
    assertTrue(Contrast.ratio(text, Contrast.PANEL) >= 4.5, accent + " on panels -> " + text);
  }

  @ParameterizedTest
  @CsvSource({"#1f5f8b", "#5b2a86", "#1f6f5c"})
  void darkEnoughAccentIsKeptAsConfigured(String accent) {
    assertEquals(
        accent,
        Contrast.darkenForText(accent),
        accent + " already reads on white, so the employer's accent is kept as configured");
  }
}
