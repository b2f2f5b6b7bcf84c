package org.backcare.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class PageFormatTest {

  private static String minutes(Locale locale) {
    return ResourceBundle.getBundle("org.backcare.platform.i18n.messages", locale)
        .getString("exercises.minutes");
  }

  @Test
  void writesTheChoiceTheMessagesFileMakesInEachLanguage() {
    assertEquals("about 1 minute", PageFormat.format(minutes(Locale.ENGLISH), Locale.ENGLISH, 1));
    assertEquals("about 4 minutes", PageFormat.format(minutes(Locale.ENGLISH), Locale.ENGLISH, 4));
    Locale spanish = Locale.forLanguageTag("es");
    assertEquals("alrededor de 4 minutos", PageFormat.format(minutes(spanish), spanish, 4));
  }

  @Test
  void formatsNumbersInThePagesLanguage() {
    assertEquals("1,500 tries", PageFormat.format("{0} tries", Locale.ENGLISH, 1500));
    assertEquals(
        "1.500 intentos", PageFormat.format("{0} intentos", Locale.forLanguageTag("es"), 1500));
  }
}
