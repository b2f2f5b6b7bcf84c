package org.backcare.provisioning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import org.backcare.testing.Http;
import org.backcare.testing.RawHttp;

/** What every SCIM answer must be: SCIM JSON, and for a refusal an RFC 7644 error body. */
final class ScimAssertions {

  static final String ERROR_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:Error";

  private ScimAssertions() {}

  /** {@code answer} is SCIM JSON with {@code status}. */
  static JsonObject assertScim(HttpResponse<String> answer, int status) {
    assertEquals(status, answer.statusCode(), "status of the SCIM answer: " + answer.body());
    assertTrue(
        answer.headers().firstValue("Content-Type").orElse("").startsWith(ScimRequests.MEDIA_TYPE),
        "SCIM answers application/scim+json, not "
            + answer.headers().firstValue("Content-Type").orElse("nothing"));
    return Http.json(answer);
  }

  /**
   * {@code answer} is a SCIM error (RFC 7644 section 3.12) of {@code status} with {@code scimType}
   * ({@code null}: a status for which the RFC defines none, so the member is left out).
   */
  static JsonObject assertScimError(HttpResponse<String> answer, int status, String scimType) {
    JsonObject error = assertScim(answer, status);
    return assertErrorBody(error, status, scimType, answer.body());
  }

  /** As {@link #assertScimError(HttpResponse, int, String)}, for an answer read off a socket. */
  static JsonObject assertScimError(RawHttp.Answer answer, int status, String scimType) {
    assertEquals(status, answer.status(), "status of the SCIM answer: " + answer.headers());
    String type = answer.header("Content-Type");
    assertTrue(
        type != null && type.startsWith(ScimRequests.MEDIA_TYPE),
        "SCIM answers application/scim+json, not " + type);
    JsonObject error;
    try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(answer.body()))) {
      error = reader.readObject();
    }
    return assertErrorBody(error, status, scimType, answer.body());
  }

  private static JsonObject assertErrorBody(
      JsonObject error, int status, String scimType, String body) {
    assertEquals(
        List.of(ERROR_SCHEMA),
        error.getJsonArray("schemas").getValuesAs(jakarta.json.JsonString.class).stream()
            .map(jakarta.json.JsonString::getString)
            .toList(),
        "the error names the SCIM error schema: " + body);
    assertEquals(
        String.valueOf(status),
        error.getString("status", null),
        "the error repeats the status as a string: " + body);
    assertEquals(
        scimType,
        error.getString("scimType", null),
        "the error's scimType tells the directory what to fix: " + body);
    assertFalse(
        error.getString("detail", "").isBlank(),
        "the error has a detail for the directory's administrator: " + body);
    for (String leak : List.of("Exception", "\tat ", "SRVE", "CWWK", "Liberty", "Payara")) {
      assertFalse(body.contains(leak), "the error leaks '" + leak + "': " + body);
    }
    return error;
  }

  /** None of {@code personal} (names, emails the directory sent) appears in {@code body}. */
  static void assertNothingPersonal(String body, List<String> personal) {
    for (String value : personal) {
      assertFalse(
          body.toLowerCase(java.util.Locale.ROOT)
              .contains(value.toLowerCase(java.util.Locale.ROOT)),
          "backcare never answers personal data it was sent ('" + value + "'): " + body);
    }
  }
}
