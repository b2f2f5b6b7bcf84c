package org.backcare.content;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * One word for one thing in Spanish (hazard log H-09): no Spanish text a member reads (the message
 * bundle, tips, exercises, programmes) uses a term the glossary ({@code
 * src/docs/content/glossary-es.md}) says to avoid, such as "ayuda urgente" for the emergency level
 * or a second name for the toolbox.
 */
class SpanishGlossaryTest {

  private static final Path GLOSSARY = Path.of("src/docs/content/glossary-es.md");

  /** A glossary row: cells split on pipes that are not escaped. */
  private static final Pattern CELL = Pattern.compile("(?<!\\\\)\\|");

  private static final Pattern AVOID = Pattern.compile("`([^`]+)`");

  @Test
  void noSpanishTextUsesATermTheGlossaryAvoids() throws IOException {
    List<Pattern> avoid = avoided();
    assertTrue(avoid.size() >= 30, "the glossary's avoid column was read: " + avoid.size());
    List<String> hits = new ArrayList<>();
    for (Map.Entry<String, String> text : spanishTexts().entrySet()) {
      for (Pattern pattern : avoid) {
        Matcher found = pattern.matcher(text.getValue());
        if (found.find()) {
          hits.add(text.getKey() + ": '" + found.group() + "' (" + pattern.pattern() + ")");
        }
      }
    }
    assertTrue(hits.isEmpty(), String.join("\n", hits));
  }

  @Test
  void theRulesCatchWhatTheyAreFor() throws IOException {
    List<Pattern> avoid = avoided();
    for (String bad :
        List.of(
            "Pide ayuda urgente ahora",
            "Guardar en mi caja",
            "tu caja de herramientas",
            "Activa el abdomen",
            "¿Qué tan rígida está tu espalda?",
            "huesos finos",
            "un choque de coche")) {
      assertTrue(avoid.stream().anyMatch(p -> p.matcher(bad).find()), bad);
    }
    for (String good :
        List.of("Guardar en mi caja de movimientos", "Activa el core", "pérdida de sensibilidad")) {
      assertFalse(avoid.stream().anyMatch(p -> p.matcher(good).find()), good);
    }
  }

  private static List<Pattern> avoided() throws IOException {
    List<Pattern> patterns = new ArrayList<>();
    for (String line : Files.readAllLines(GLOSSARY, StandardCharsets.UTF_8)) {
      if (!line.startsWith("| ") || line.startsWith("| ---") || line.startsWith("| English")) {
        continue;
      }
      String[] cells = CELL.split(line.strip());
      Matcher entry = AVOID.matcher(cells[cells.length - 1]);
      while (entry.find()) {
        patterns.add(
            Pattern.compile(
                entry.group(1).replace("\\|", "|"),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS));
      }
    }
    return patterns;
  }

  /** Every Spanish text, by where it lives. */
  private static Map<String, String> spanishTexts() throws IOException {
    Map<String, String> texts = new java.util.LinkedHashMap<>();
    Properties bundle = new Properties();
    try (InputStream in = resource("org/backcare/platform/i18n/messages_es.properties")) {
      bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    bundle.forEach((k, v) -> texts.put("messages_es " + k, (String) v));
    for (String file : List.of("tips", "exercises", "programs")) {
      try (InputStream in = resource("content/" + file + ".json");
          JsonReader reader = Json.createReader(in)) {
        collect(reader.readObject(), file, false, texts);
      }
    }
    return texts;
  }

  private static void collect(
      JsonValue value, String where, boolean spanish, Map<String, String> texts) {
    switch (value.getValueType()) {
      case OBJECT -> {
        JsonObject object = value.asJsonObject();
        String id = object.containsKey("id") ? object.getString("id", "") : "";
        object.forEach(
            (key, child) ->
                collect(
                    child,
                    where + "/" + (id.isEmpty() ? key : id + "/" + key),
                    spanish || key.equals("es"),
                    texts));
      }
      case ARRAY -> {
        JsonArray array = value.asJsonArray();
        for (int i = 0; i < array.size(); i++) {
          collect(array.get(i), where + "[" + i + "]", spanish, texts);
        }
      }
      case STRING -> {
        if (spanish) {
          texts.put(where, ((JsonString) value).getString());
        }
      }
      default -> {}
    }
  }

  private static InputStream resource(String name) {
    InputStream in = SpanishGlossaryTest.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new AssertionError("no resource " + name);
    }
    return in;
  }
}
