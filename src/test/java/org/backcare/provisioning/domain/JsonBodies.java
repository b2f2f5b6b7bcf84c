package org.backcare.provisioning.domain;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;

/** Request bodies for the tests, written as the JSON text a directory sends. */
final class JsonBodies {

  private JsonBodies() {}

  static JsonObject json(String text) {
    try (var reader = Json.createReader(new StringReader(text))) {
      return reader.readObject();
    }
  }
}
