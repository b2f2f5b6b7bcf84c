package org.backcare.safety.web;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.util.Map;

/** Maps of strings (or of such maps) as the JSON the page script reads from a data attribute. */
final class DeviceJson {

  private DeviceJson() {}

  static String of(Map<String, ?> map) {
    return object(map).build().toString();
  }

  private static JsonObjectBuilder object(Map<String, ?> map) {
    JsonObjectBuilder json = Json.createObjectBuilder();
    map.forEach(
        (key, value) -> {
          if (value instanceof Map<?, ?> inner) {
            @SuppressWarnings("unchecked")
            Map<String, ?> nested = (Map<String, ?>) inner;
            json.add(key, object(nested));
          } else {
            json.add(key, String.valueOf(value));
          }
        });
    return json;
  }
}
