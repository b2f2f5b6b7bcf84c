package org.backcare.testing;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * A new member of some tenant calling the API with a bearer token, with short-hands for the calls
 * that put data in each member table. Each instance has its own random subject.
 */
public final class ApiMember {

  private final String subject = "m-" + UUID.randomUUID();
  private final String bearer;
  private final Http http;

  /** A member whose tokens {@code launch} starts (a tenant's {@code launch()}). */
  public ApiMember(URL base, Supplier<Tokens> launch) {
    this.http = new Http(base);
    this.bearer = "Bearer " + launch.get().claim("sub", subject).without("jti").sign();
  }

  public String subject() {
    return subject;
  }

  /** The {@code Authorization} header value this member sends. */
  public String bearer() {
    return bearer;
  }

  public HttpResponse<String> get(String path) {
    return http.get("/backcare/api/v1" + path, "Authorization", bearer);
  }

  /** {@code method} on {@code path} (under /api/v1) with a JSON body, or none if null. */
  public HttpResponse<String> send(String method, String path, String json) {
    return json == null
        ? http.send(method, "/backcare/api/v1" + path, null, "Authorization", bearer)
        : http.send(
            method,
            "/backcare/api/v1" + path,
            json,
            "Authorization",
            bearer,
            "Content-Type",
            "application/json");
  }

  /** Sends and checks the status, returning the JSON answer (or null for an empty body). */
  public JsonObject expect(int status, String method, String path, String json) {
    HttpResponse<String> answer = send(method, path, json);
    if (answer.statusCode() != status) {
      throw new AssertionError(
          method + " " + path + " answered " + answer.statusCode() + ": " + answer.body());
    }
    return answer.body().isBlank() || !answer.body().startsWith("{") ? null : Http.json(answer);
  }

  /** Enrols in {@code program} with no precautions and a clear safety screen. */
  public void enrol(String program) {
    expect(
        201,
        "POST",
        "/me/enrollment",
        "{\"programId\":\""
            + program
            + "\",\"precautions\":\"none\",\"screen\":[],\"sessionHour\":7}");
  }

  /** Records a session done at {@code at}, rated {@code before} then {@code after}. */
  public JsonObject session(String clientId, boolean completed, int before, int after, Instant at) {
    return expect(
        201,
        "POST",
        "/me/sessions",
        "{\"clientId\":\""
            + clientId
            + "\",\"completed\":"
            + completed
            + ",\"before\":"
            + before
            + ",\"after\":"
            + after
            + ",\"redFlags\":[],\"performedAt\":\""
            + at
            + "\"}");
  }

  /** Keeps move {@code exercise} in the toolbox. */
  public void keep(String exercise) {
    HttpResponse<String> answer = send("POST", "/me/toolbox/" + exercise, null);
    if (answer.statusCode() / 100 != 2) {
      throw new AssertionError(
          "keeping " + exercise + ": " + answer.statusCode() + " " + answer.body());
    }
  }
}
