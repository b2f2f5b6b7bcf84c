package org.backcare.content.application;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the versioned content files under {@code src/main/resources/content/}. Content is data, not
 * code: tips, exercises and programmes are files reviewed like code and validated at start-up.
 */
public final class ContentFiles {

  /** Languages every shipped text must be written in. */
  public static final java.util.List<String> SHIPPED_LOCALES =
      org.backcare.platform.domain.Messages.LOCALES;

  private ContentFiles() {}

  /** The JSON object in {@code content/<name>}. */
  public static JsonObject read(String name) {
    return readResource("content/" + name);
  }

  /** The JSON object in the class-path resource {@code resource}. */
  public static JsonObject readResource(String resource) {
    try (InputStream in = ContentFiles.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("content file " + resource + " is missing");
      }
      try (JsonReader reader = Json.createReader(in)) {
        return reader.readObject();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read content file " + resource, e);
    }
  }

  /**
   * Each language's text of an item: {@code read} turns one language's object of {@code texts}
   * (keyed by locale) into its text record.
   */
  public static <T> java.util.Map<String, T> texts(
      JsonObject texts, java.util.function.Function<JsonObject, T> read) {
    java.util.Map<String, T> byLocale = new java.util.HashMap<>();
    for (String locale : texts.keySet()) {
      byLocale.put(locale, read.apply(texts.getJsonObject(locale)));
    }
    return byLocale;
  }

  /**
   * Stops start-up when a content file has problems, listing every one, so a broken file is fixed
   * in one go rather than one error per restart.
   */
  public static void requireValid(String resource, java.util.List<String> problems) {
    if (!problems.isEmpty()) {
      throw new IllegalStateException(
          resource + " is invalid:\n  " + String.join("\n  ", problems));
    }
  }

  /** An optional whole number: null when the key is absent or null. */
  public static Integer optionalInteger(JsonObject object, String name) {
    return !object.containsKey(name) || object.isNull(name) ? null : object.getInt(name);
  }

  /** The strings of an array (other values skipped); empty for a missing array. */
  public static java.util.List<String> strings(JsonArray array) {
    if (array == null) {
      return java.util.List.of();
    }
    return array.stream()
        .filter(v -> v.getValueType() == JsonValue.ValueType.STRING)
        .map(v -> ((JsonString) v).getString())
        .collect(Collectors.toList());
  }

  /** The ids of the reference articles content may rest on ({@code content/references.json}). */
  public static Set<String> referenceIds() {
    JsonArray references = read("references.json").getJsonArray("references");
    return references.getValuesAs(JsonObject.class).stream()
        .map(r -> r.getString("id"))
        .collect(Collectors.toUnmodifiableSet());
  }

  /** The title of each reference article, by id. */
  public static java.util.Map<String, String> referenceTitles() {
    return read("references.json").getJsonArray("references").getValuesAs(JsonObject.class).stream()
        .collect(Collectors.toUnmodifiableMap(r -> r.getString("id"), r -> r.getString("title")));
  }
}
