package org.backcare.provisioning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.backcare.testing.Http;

/**
 * SCIM requests written by hand, as a directory puts them on the wire: one tenant's secret as the
 * bearer, {@code application/scim+json} bodies, paths relative to the tenant's SCIM root.
 */
final class ScimRequests {

  static final String MEDIA_TYPE = "application/scim+json";

  private final Http http;
  private final String root;
  private final String authorization;

  private ScimRequests(Http http, String root, String authorization) {
    this.http = http;
    this.root = root;
    this.authorization = authorization;
  }

  /** Requests to {@code tenant}'s SCIM root with its own secret. */
  static ScimRequests of(URL base, ScimTenant tenant) {
    return new ScimRequests(new Http(base), tenant.root(), tenant.bearer());
  }

  /** The same requests with another {@code Authorization} value (none when {@code null}). */
  ScimRequests authorizedAs(String newAuthorization) {
    return new ScimRequests(http, root, newAuthorization);
  }

  HttpResponse<String> get(String path) {
    return send("GET", path, null);
  }

  HttpResponse<String> post(String path, String body) {
    return send("POST", path, body);
  }

  HttpResponse<String> put(String path, String body) {
    return send("PUT", path, body);
  }

  HttpResponse<String> patch(String path, String body) {
    return send("PATCH", path, body);
  }

  HttpResponse<String> delete(String path) {
    return send("DELETE", path, null);
  }

  /** {@code method} on {@code path} (under the SCIM root) with {@code body} as SCIM JSON. */
  HttpResponse<String> send(String method, String path, String body) {
    return http.send(method, root + path, body, headers(body != null));
  }

  /** {@code body} sent without a length (chunked), as a client streaming its request does. */
  HttpResponse<String> sendChunked(String method, String path, byte[] body) {
    return http.sendChunked(method, root + path, body, headers(true));
  }

  /** {@code GET Users?filter=...}, the filter encoded as a directory encodes it. */
  HttpResponse<String> filter(String filter) {
    return get("Users?filter=" + URLEncoder.encode(filter, StandardCharsets.UTF_8));
  }

  /** How many users the tenant has, as a directory reads it ({@code count=0}: the total only). */
  int userCount() {
    HttpResponse<String> answer = get("Users?count=0");
    assertEquals(200, answer.statusCode(), "the user list answers: " + answer.body());
    return Http.json(answer).getInt("totalResults");
  }

  /** Creates a user from {@code body}, asserting 201, and answers the created resource. */
  JsonObject created(String body) {
    HttpResponse<String> answer = post("Users", body);
    assertEquals(201, answer.statusCode(), "the user is created: " + answer.body());
    return Http.json(answer);
  }

  private String[] headers(boolean withBody) {
    String[] common =
        authorization == null
            ? new String[] {"Accept", MEDIA_TYPE}
            : new String[] {"Accept", MEDIA_TYPE, "Authorization", authorization};
    if (!withBody) {
      return common;
    }
    String[] all = java.util.Arrays.copyOf(common, common.length + 2);
    all[common.length] = "Content-Type";
    all[common.length + 1] = MEDIA_TYPE + "; charset=utf-8";
    return all;
  }

  /** A minimal core User body with {@code userName} and {@code externalId}. */
  static String user(String userName, String externalId) {
    return """
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],
         "userName":"%s","externalId":"%s","active":true}"""
        .formatted(userName, externalId);
  }
}
