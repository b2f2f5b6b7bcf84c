package org.backcare.provisioning.domain;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one kind of SCIM filter (RFC 7644 section 3.4.2.2) backcare answers: equality on {@code
 * userName} or {@code externalId}, which is what Entra ID and Okta send before creating a user, to
 * find out whether it already exists. Anything richer is refused rather than half-supported, so a
 * directory never acts on an answer to a question backcare did not understand.
 *
 * @param attribute {@code "userName"} or {@code "externalId"}, spelled so whatever the request's
 *     case
 * @param value the compared value, with the JSON string escapes of the filter undone
 */
public record ScimFilter(String attribute, String value) {

  private static final String SUPPORTED =
      "only 'userName eq \"...\"' and 'externalId eq \"...\"' filters are supported";

  /** Attribute, operator, then a quoted string running to the end (its content checked apart). */
  private static final Pattern EQUALITY =
      Pattern.compile(
          "\\s*(?:" + Pattern.quote(ScimSchemas.USER) + ":)?([A-Za-z]+)\\s+eq\\s+(\".*\")\\s*",
          Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  /**
   * Reads {@code filter}, which the caller has checked is present and not blank.
   *
   * @throws ScimException invalidFilter for anything but one equality on userName or externalId
   *     with a quoted value
   */
  public static ScimFilter parse(String filter) {
    Matcher matcher = EQUALITY.matcher(filter);
    if (!matcher.matches()) {
      throw ScimException.invalidFilter(SUPPORTED);
    }
    String attribute =
        switch (matcher.group(1).toLowerCase(Locale.ROOT)) {
          case "username" -> "userName";
          case "externalid" -> "externalId";
          default -> throw ScimException.invalidFilter(SUPPORTED);
        };
    return new ScimFilter(attribute, quoted(matcher.group(2)));
  }

  /**
   * The content of a JSON string literal, which RFC 7644 makes the filter's value syntax. The
   * literal must end at its first unescaped closing quote, so {@code "a" or userName eq "b"} (two
   * literals, taken as one by the greedy match above) is refused; the escapes are then undone by
   * the JSON parser, so they follow JSON exactly.
   */
  private static String quoted(String literal) {
    if (closingQuote(literal) == literal.length() - 1) {
      try (JsonReader reader = Json.createReader(new StringReader(literal))) {
        if (reader.readValue() instanceof JsonString string) {
          return string.getString();
        }
      } catch (JsonException e) {
        // a bad escape or a raw control character: refused below
      }
    }
    throw ScimException.invalidFilter(SUPPORTED + "; the value must be one JSON string");
  }

  private static int closingQuote(String literal) {
    int i = 1;
    while (i < literal.length() && literal.charAt(i) != '"') {
      i += literal.charAt(i) == '\\' ? 2 : 1;
    }
    return i;
  }
}
