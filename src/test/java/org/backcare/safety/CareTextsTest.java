package org.backcare.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.backcare.platform.domain.Messages;
import org.junit.jupiter.api.Test;

/**
 * What a member in trouble reads: the emergency card says where to go in every language and cannot
 * be mistaken for the urgent one (hazard H-02, H-11), the warning card says to wait for a
 * professional, which is what the clearance asks (H-04), and every place that lists the levels
 * lists the emergency first (H-01).
 */
class CareTextsTest {

  private static final Locale EN = Locale.ENGLISH;
  private static final Locale ES = Locale.forLanguageTag("es");

  @Test
  void theEmergencyCardNamesTheEmergencyDepartmentInEveryLanguage() {
    assertTrue(
        text("care.emergency.title", EN).contains("emergency department"),
        "the English emergency title names the emergency department");
    assertTrue(
        text("care.emergency.advice", EN).contains("emergency number"),
        "the English emergency advice says to call the emergency number");
    assertTrue(
        text("care.emergency.title", ES).contains("urgencias"),
        "the Spanish emergency title names urgencias (the emergency department)");
    assertTrue(
        text("care.emergency.title", ES).contains("112"),
        "the Spanish emergency title gives the emergency number 112");
    for (Locale locale : List.of(EN, ES)) {
      Set<String> titles =
          List.of("warning", "urgent", "emergency").stream()
              .map(level -> text("care." + level + ".title", locale))
              .collect(Collectors.toSet());
      assertEquals(3, titles.size(), "three levels, three different titles in " + locale);
      assertNotEquals(
          text("signs.urgent.legend", locale), text("signs.emergency.legend", locale), "" + locale);
    }
  }

  @Test
  void theWarningCardAndTheClearanceSayTheSameThing() {
    assertTrue(
        text("care.warning.advice", EN).contains("wait until they have"),
        "the warning card says to wait until a professional has checked the back");
    assertTrue(
        text("problem.clearance-needed", EN).contains("doctor or physiotherapist"),
        "the clearance refusal names a doctor or physiotherapist, as the warning card does");
    assertTrue(
        text("care.program.paused", EN).contains("doctor or physiotherapist"),
        "the paused-programme note names a doctor or physiotherapist");
    assertTrue(
        text("care.program.paused", ES).contains("médico o fisioterapeuta"),
        "the Spanish paused-programme note names a doctor or physiotherapist");
  }

  @Test
  void everyPageThatListsTheLevelsListsTheEmergencyFirst() throws IOException {
    String signs = Files.readString(Path.of("src/main/webapp/WEB-INF/templates/signs.xhtml"));
    assertInOrder(
        signs, "signs__group--emergency", "signs__group--urgent", "signs__group--warning");
    String home = Files.readString(Path.of("src/main/webapp/index.xhtml"));
    assertInOrder(home, "care-level--emergency", "care-level--urgent", "care-level--warning");
  }

  private static void assertInOrder(String page, String... marks) {
    int last = -1;
    for (String mark : marks) {
      int at = page.indexOf(mark);
      assertTrue(at > last, mark + " comes after the one before it");
      last = at;
    }
  }

  private static String text(String key, Locale locale) {
    return Messages.text(key, locale);
  }
}
