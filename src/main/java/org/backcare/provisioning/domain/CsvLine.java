package org.backcare.provisioning.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * One line split by RFC 4180. A line break inside a quoted field is refused: subjects have none,
 * and one there means a broken file, not a subject.
 */
final class CsvLine {
  private CsvLine() {}

  static List<String> split(String line) {
    if (line.indexOf('\r') >= 0) {
      throw new IllegalArgumentException(
          "a carriage return inside the line; lines end with CRLF or LF");
    }
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int i = 0;
    while (true) {
      if (i < line.length() && line.charAt(i) == '"') {
        i = quoted(line, i + 1, field);
        if (i < line.length() && line.charAt(i) != ',') {
          throw new IllegalArgumentException("text after a closing quote");
        }
      } else {
        for (; i < line.length() && line.charAt(i) != ','; i++) {
          if (line.charAt(i) == '"') {
            throw new IllegalArgumentException(
                "a quote inside an unquoted field; quote the field and double the quote");
          }
          field.append(line.charAt(i));
        }
      }
      fields.add(field.toString());
      field.setLength(0);
      if (i >= line.length()) {
        return fields;
      }
      i++;
    }
  }

  /** Reads a quoted field's content from {@code i} into {@code field}; the index after it. */
  private static int quoted(String line, int i, StringBuilder field) {
    while (i < line.length()) {
      char c = line.charAt(i);
      if (c != '"') {
        field.append(c);
        i++;
      } else if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
        field.append('"');
        i += 2;
      } else {
        return i + 1;
      }
    }
    throw new IllegalArgumentException(
        "a quoted field is not closed on its line; a field may not span lines");
  }
}
