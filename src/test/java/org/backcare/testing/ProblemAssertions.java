package org.backcare.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;

/** Assertions on RFC 9457 problem answers and on what an answer must never reveal. */
public final class ProblemAssertions {

  private ProblemAssertions() {}

  /** {@code answer} is a problem of {@code status} whose type ends in {@code slug}. */
  public static void assertProblem(HttpResponse<String> answer, int status, String slug) {
    assertEquals(status, answer.statusCode(), answer.body());
    assertEquals(
        "application/problem+json",
        answer.headers().firstValue("Content-Type").orElse(""),
        slug + ": a refusal is sent as an RFC 9457 problem");
    JsonObject problem = Http.json(answer);
    assertEquals(
        "urn:backcare:problem:" + slug,
        problem.getString("type"),
        "the problem names why, for clients to tell: " + answer.body());
    assertEquals(
        status, problem.getInt("status"), slug + ": the problem's status matches the answer's");
    assertFalse(
        problem.getString("title").isBlank(), slug + ": the problem has a title a person can read");
    assertNoServerInternals(answer);
  }

  /** No stack trace, exception name or server product leaks into {@code answer}. */
  public static void assertNoServerInternals(HttpResponse<String> answer) {
    String body = answer.body();
    for (String leak : List.of("Exception", "\tat ", "SRVE", "CWWK", "Liberty", "WebSphere")) {
      assertFalse(body.contains(leak), "response leaks '" + leak + "': " + body);
    }
  }
}
