package org.backcare.platform;

import static org.backcare.testing.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import org.backcare.testing.Deployments;
import org.backcare.testing.Http;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Failures inside resources become problems: unexpected ones, invalid and malformed bodies. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ErrorHandlingIT {

  private static final String RATINGS = "/backcare/api/v1/test-probe/ratings";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.backcare()
        .addClasses(ErrorProbeResource.class, ErrorProbeResource.Rating.class);
  }

  @ArquillianResource URL base;

  @Test
  void unexpectedExceptionIsA500ProblemWithOnlyAReference() {
    HttpResponse<String> answer = new Http(base).get("/backcare/api/v1/test-probe/explode");
    assertProblem(answer, 500, "internal-error");
    JsonObject problem = Http.json(answer);
    assertTrue(problem.getString("instance").startsWith("urn:uuid:"), answer.body());
    assertFalse(answer.body().contains("secret internal detail"), "message must not leak");
  }

  @Test
  void invalidBodyListsEveryFailingField() {
    HttpResponse<String> answer =
        new Http(base)
            .send(
                "POST",
                RATINGS,
                "{\"exercise\":\"\",\"stiffness\":11}",
                "Content-Type",
                "application/json");
    assertProblem(answer, 400, "validation-failed");
    JsonObject problem = Http.json(answer);
    assertEquals(2, problem.getJsonArray("errors").size(), answer.body());
    assertEquals(
        "exercise",
        problem.getJsonArray("errors").getJsonObject(0).getString("field"),
        "the blank exercise is named first");
    assertEquals(
        "stiffness",
        problem.getJsonArray("errors").getJsonObject(1).getString("field"),
        "the out-of-range stiffness is named too, not only the first failure");
  }

  @Test
  void validBodyIsAccepted() {
    HttpResponse<String> answer =
        new Http(base)
            .send(
                "POST",
                RATINGS,
                "{\"exercise\":\"cat-cow\",\"stiffness\":3}",
                "Content-Type",
                "application/json");
    assertEquals(200, answer.statusCode(), answer.body());
    assertEquals(
        3, Http.json(answer).getInt("stiffness"), "the accepted rating is answered as it was sent");
  }

  @Test
  void malformedJsonIsAProblem() {
    HttpResponse<String> answer =
        new Http(base).send("POST", RATINGS, "{\"exercise\": ", "Content-Type", "application/json");
    assertProblem(answer, 400, "malformed-body");
  }

  @Test
  void wrongContentTypeIsAProblem() {
    HttpResponse<String> answer =
        new Http(base).send("POST", RATINGS, "exercise=cat-cow", "Content-Type", "text/plain");
    assertProblem(answer, 415, "unsupported-media-type");
  }
}
