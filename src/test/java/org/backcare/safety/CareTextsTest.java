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
    assertTrue(text("care.emergency.title", EN).contains("emergency department"));
    assertTrue(text("care.emergency.advice", EN).contains("emergency number"));
    assertTrue(text("care.emergency.title", ES).contains("urgencias"));
    assertTrue(text("care.emergency.title", ES).contains("112"));
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
    assertTrue(text("care.warning.advice", EN).contains("wait until they have"));
    assertTrue(text("problem.clearance-needed", EN).contains("doctor or physiotherapist"));
    assertTrue(text("care.program.paused", EN).contains("doctor or physiotherapist"));
    assertTrue(text("care.program.paused", ES).contains("médico o fisioterapeuta"));
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
