package org.backcare.tenant.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.backcare.tenant.domain.Branding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BrandStylesheetTest {

  private static String token(String css, String name) {
    Matcher m = Pattern.compile("--" + name + ": (#[0-9a-f]{6});").matcher(css);
    assertTrue(m.find(), name + " in " + css);
    return m.group(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"#ffd500", "#f2f2f2", "#1f5f8b", "#000000", "#00ff7f"})
  void buttonsStandOutFromThePageAndTheirTextIsReadableWhateverTheBrandColour(String primary) {
    String css = BrandStylesheet.css(new Branding(primary, "#b8571b", Optional.empty(), ""));
    String action = token(css, "brand-action");
    assertTrue(Contrast.ratio(action, "#ffffff") >= 3, primary + " -> fill " + action);
    assertTrue(Contrast.ratio(action, Contrast.PANEL) >= 3, primary + " -> fill on panels");
    assertTrue(
        Contrast.ratio(token(css, "brand-on-action"), action) >= 4.5,
        primary + " -> text on " + action);
    assertTrue(
        Contrast.ratio(token(css, "brand-on-primary"), primary) >= 4.5,
        primary + " -> header text");
  }

  @org.junit.jupiter.api.Test
  void anEmployersFontComesFirstWithTheSystemFontBehindIt() {
    String css =
        BrandStylesheet.css(
            new Branding(
                "#1f5f8b", "#b8571b", Optional.empty(), "", Optional.of("\"Acme Sans\", Inter")));
    assertTrue(css.contains("--font-body: \"Acme Sans\", Inter, system-ui,"), css);
    assertTrue(
        !BrandStylesheet.css(new Branding("#1f5f8b", "#b8571b", Optional.empty(), ""))
            .contains("--font-body"),
        "no font set, none written: backcare.css keeps the system font");
  }

  @ParameterizedTest
  @ValueSource(strings = {"#1f5f8b", "#35495e"})
  void aDarkBrandColourIsUsedAsItIs(String primary) {
    String css = BrandStylesheet.css(new Branding(primary, "#b8571b", Optional.empty(), ""));
    assertEquals(
        primary,
        token(css, "brand-action"),
        primary + " is dark enough: buttons use the brand colour as it is");
  }
}
