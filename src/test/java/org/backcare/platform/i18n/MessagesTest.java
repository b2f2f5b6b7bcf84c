package org.backcare.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every page text exists in every shipped language, and every text is a valid message pattern. */
class MessagesTest {

  private static Properties bundle(String name) throws IOException {
    Properties properties = new Properties();
    try (Reader reader =
        new InputStreamReader(
            MessagesTest.class.getResourceAsStream("/org/backcare/platform/i18n/" + name),
            StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    return properties;
  }

  @Test
  void everyKeyIsInEveryLanguage() throws IOException {
    assertEquals(
        new TreeSet<>(bundle("messages.properties").stringPropertyNames()),
        new TreeSet<>(bundle("messages_es.properties").stringPropertyNames()),
        "every page text exists in Spanish as in English, and no key only in one");
  }

  @Test
  void everyTextFormats() throws IOException {
    List<String> broken = new ArrayList<>();
    for (String name : List.of("messages.properties", "messages_es.properties")) {
      Properties bundle = bundle(name);
      for (String key : bundle.stringPropertyNames()) {
        try {
          new MessageFormat(bundle.getProperty(key)).format(new Object[] {-3, 2.5, 1});
        } catch (IllegalArgumentException e) {
          broken.add(name + " " + key + ": " + e.getMessage());
        }
      }
    }
    assertTrue(broken.isEmpty(), String.join("\n", broken));
  }
}
