package org.backcare.testing;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Checks every API answer the integration tests receive against the API description the server
 * publishes at {@code /openapi}, with a maintained validator (Atlassian's
 * swagger-request-validator): status, media type, headers and body must be what the description
 * says, so the description can never drift from the server again. Test-only addresses ({@code
 * test-probe}) are not checked.
 */
final class ApiContract {

  private static final String API = "/backcare/api/v1";
  private static final Map<URI, OpenApiInteractionValidator> BY_SERVER = new ConcurrentHashMap<>();

  private ApiContract() {}

  /** Fails with every mismatch if {@code answer} to {@code request} breaks the description. */
  static void check(URI server, HttpRequest request, HttpResponse<String> answer) {
    String path = request.uri().getRawPath();
    if (!path.startsWith(API + "/") || path.startsWith(API + "/test-probe")) {
      return;
    }
    SimpleResponse.Builder response = SimpleResponse.Builder.status(answer.statusCode());
    answer.headers().map().forEach((name, values) -> response.withHeader(name, values));
    if (!answer.body().isEmpty()) {
      response.withBody(answer.body());
    }
    ValidationReport report =
        validator(server)
            .validateResponse(
                path.substring(API.length()),
                Request.Method.valueOf(request.method()),
                response.build());
    if (report.hasErrors()) {
      throw new AssertionError(
          request.method()
              + " "
              + path
              + " answered "
              + answer.statusCode()
              + " differently from /openapi:\n"
              + report.getMessages().stream()
                  .map(m -> "  " + m.getKey() + ": " + m.getMessage())
                  .collect(Collectors.joining("\n"))
              + "\nbody: "
              + answer.body());
    }
  }

  private static OpenApiInteractionValidator validator(URI server) {
    return BY_SERVER.computeIfAbsent(
        server,
        s -> {
          String spec = withoutServerAdditions(fetch(s.resolve("/openapi")));
          return OpenApiInteractionValidator.createForInlineApiSpecification(spec)
              .withBasePathOverride("/")
              .withLevelResolver(
                  LevelResolver.create()
                      // An address the description does not know is a 404 the tests assert
                      // themselves (unknown paths are part of the fuzz tests).
                      .withLevel("validation.response.path.missing", ValidationReport.Level.IGNORE)
                      .withLevel("validation.request.path.missing", ValidationReport.Level.IGNORE)
                      // A method the address does not take is a 405 the tests assert themselves.
                      .withLevel(
                          "validation.request.operation.notAllowed", ValidationReport.Level.IGNORE)
                      .build())
              .build();
        });
  }

  /**
   * The description as backcare wrote it. Payara Micro's OpenAPI service adds a top-level {@code
   * endpoints} list of its own (the deployed paths) to every document it serves, a field OpenAPI
   * 3.0 does not have and a strict validator rejects; the application cannot switch it off, so it
   * is taken out here and the README tells API clients on Payara to do the same. Open Liberty
   * serves the file unchanged, and there this changes nothing.
   */
  static String withoutServerAdditions(String spec) {
    return spec.replaceAll("(?m)^endpoints:\\R(?:[ -].*\\R)*", "");
  }

  private static String fetch(URI uri) {
    try {
      HttpResponse<String> answer =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
      if (answer.statusCode() != 200) {
        throw new IllegalStateException(uri + " answered " + answer.statusCode());
      }
      return answer.body();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
