package org.backcare.platform.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class MessagesFormatTest {

  private static final Locale SPANISH = Locale.forLanguageTag("es");

  @Test
  void writesTheChoiceTheMessagesFileMakesInEachLanguage() {
    assertEquals("about 1 minute", Messages.format("exercises.minutes", Locale.ENGLISH, 1));
    assertEquals("about 4 minutes", Messages.format("exercises.minutes", Locale.ENGLISH, 4));
    assertEquals("alrededor de 4 minutos", Messages.format("exercises.minutes", SPANISH, 4));
    assertEquals("alrededor de 1 minuto", Messages.format("exercises.minutes", SPANISH, 1));
  }

  @Test
  void formatsNumbersInTheLanguageAsked() {
    assertEquals(
        "1,500 tries, rating down 2 on average",
        Messages.format("summary.helped.line", Locale.ENGLISH, 1500, 2));
    assertEquals(
        "1.500 intentos, la valoración baja 2 de media",
        Messages.format("summary.helped.line", SPANISH, 1500, 2));
    assertEquals(
        "1 intento, la valoración baja 1 de media",
        Messages.format("summary.helped.line", Locale.forLanguageTag("es-MX"), 1, 1));
  }

  @Test
  void aLanguageWithoutItsOwnFileFallsBackToEnglishNotTheServersLanguage() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(SPANISH);
      assertEquals("about 4 minutes", Messages.format("exercises.minutes", Locale.GERMAN, 4));
    } finally {
      Locale.setDefault(before);
    }
  }
}
