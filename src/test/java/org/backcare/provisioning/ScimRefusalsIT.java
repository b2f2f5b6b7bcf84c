package org.backcare.provisioning;

import static org.backcare.provisioning.ScimAssertions.assertScim;
import static org.backcare.provisioning.ScimAssertions.assertScimError;
import static org.backcare.provisioning.ScimRequests.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.backcare.testing.Deployments;
import org.backcare.testing.Http;
import org.backcare.testing.RawHttp;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every way a directory's request can be wrong, refused with an RFC 7644 error body (status, the
 * error schema, the {@code scimType} the RFC defines for the case, a detail) as {@code
 * application/scim+json}, and leaving nothing half done: no user created, none changed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ScimRefusalsIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.backcare();
  }

  @ArquillianResource URL base;

  private static String pseudonym() {
    return "emp-" + UUID.randomUUID();
  }

  /** The user {@code id} still has {@code externalId} and {@code active}. */
  private static void assertUnchanged(
      ScimRequests scim, String id, String userName, String externalId, boolean active) {
    JsonObject user = assertScim(scim.get("Users/" + id), 200);
    assertEquals(userName, user.getString("userName"), "userName unchanged: " + user);
    assertEquals(externalId, user.getString("externalId"), "externalId unchanged: " + user);
    assertEquals(active, user.getBoolean("active"), "active unchanged: " + user);
  }

  @Test
  void malformedJsonIsInvalidSyntax() {
    try (ScimTenant tenant = ScimTenant.create(base)) {
      ScimRequests scim = ScimRequests.of(base, tenant);
      String userName = pseudonym();
      String cutOff = user(userName, "x").substring(0, 60);

      assertScimError(scim.post("Users", cutOff), 400, "invalidSyntax");
      assertScimError(scim.post("Users", "{\"userName\": 'single quotes'}"), 400, "invalidSyntax");
      assertScimError(scim.post("Users", ""), 400, "invalidSyntax");
      assertEquals(0, scim.userCount(), "a malformed body creates no user");
    }
  }

  @Test
  void aJsonArrayBodyIsInvalidSyntax() {
    try (ScimTenant tenant = ScimTenant.create(base)) {
      ScimRequests scim = ScimRequests.of(base, tenant);
      String array = "[" + user(pseudonym(), "x") + "]";

      assertScimError(scim.post("Users", array), 400, "invalidSyntax");
      assertEquals(0, scim.userCount(), "an array body creates no user");
      String id = scim.created(user(pseudonym(), "kept")).getString("id");
      assertScimError(scim.patch("Users/" + id, "[]"), 400, "invalidSyntax");
    }
  }

  @Test
  void anUnknownAttributeIsInvalidSyntaxAndCreatesNothing() {
    try (ScimTenant tenant = ScimTenant.create(base)) {
      ScimRequests scim = ScimRequests.of(base, tenant);
      String userName = pseudonym();
      String body =
          """
          {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],
           "userName":"%s","favouriteColour":"teal"}"""
              .formatted(userName);

      JsonObject error = assertScimError(scim.post("Users", body), 400, "invalidSyntax");
      assertTrue(
          error.getString("detail").contains("favouriteColour"),
          "the detail names the unknown attribute: " + error);
      assertEquals(0, scim.userCount(), "nothing is created");
      String unknownSchema =
          user(userName, "x").replace("core:2.0:User\"]", "core:2.0:User\",\"urn:acme:Custom\"]");
      assertScimError(scim.post("Users", unknownSchema), 400, "invalidSyntax");
      assertEquals(0, scim.userCount(), "nothing is created for an unknown schema either");
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "userName co \"a\"",
        "title eq \"x\"",
        "userName eq \"a\" or userName eq \"b\"",
        "userName pr",
        "emails[type eq \"work\"].value eq \"x\""
      })
  void anUnsupportedFilterIsInvalidFilter(String filter) {
    try (ScimTenant tenant = ScimTenant.create(base)) {
      ScimRequests scim = ScimRequests.of(base, tenant);
      scim.created(user(pseudonym(), "someone"));

      assertScimError(scim.filter(filter), 400, "invalidFilter");
    }
  }

  @Test
  void anEmailAsUserNameIsRefusedOnATenantWithoutAnIdentityProvider() {
    try (ScimTenant tenant = ScimTenant.create(base)) {
      ScimRequests scim = ScimRequests.of(base, tenant);

      assertScimError(
          scim.post("Users", user("first.last@employer.example", "x")), 400, "invalidValue");
      assertEquals(0, scim.userCount(), "no user with an email is created");

      String userName = pseudonym();
      String id = scim.created(user(userName, "kept")).getString("id");
      String toEmail =
          """
          {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
           "Operations":[{"op":"replace","path":"userName","value":"first.last@employer.example"}]}""";
      assertScimError(scim.patch("Users/" + id, toEmail), 400, "invalidValue");
      assertScimError(
          scim.put("Users/" + id, user("first.last@employer.example", "kept")),
          400,
          "invalidValue");
      assertUnchanged(scim, id, userName, "kept", true);
    }
  }

  @Test
  void anotherTenantsSecretIsUnauthorizedAndChangesNothingInEither() {
    try (ScimTenant first = ScimTenant.create(base);
        ScimTenant second = ScimTenant.create(base)) {
      ScimRequests own = ScimRequests.of(base, second);
      ScimRequests crossed = own.authorizedAs(first.bearer());

      HttpResponse<String> created = crossed.post("Users", user(pseudonym(), "crossed"));
      assertScimError(created, 401, null);
      assertTrue(
          created.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"),
          "a 401 says how to authenticate: " + created.headers().map());
      assertScimError(crossed.get("Users"), 401, null);
      assertEquals(0, ScimRequests.of(base, first).userCount(), "nothing created in the first");
      assertEquals(0, own.userCount(), "nothing created in the second");

      String userName = pseudonym();
      String id = own.created(user(userName, "second-only")).getString("id");
      assertScimError(crossed.get("Users/" + id), 401, null);
      assertScimError(crossed.delete("Users/" + id), 401, null);
      assertScimError(
          crossed.patch(
              "Users/" + id,
              "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],"
                  + "\"Operations\":[{\"op\":\"replace\",\"value\":{\"active\":false}}]}"),
          401,
          null);
      assertUnchanged(own, id, userName, "second-only", true);
      assertScimError(
          ScimRequests.of(base, first).get("Users/" + id),
          404,
          null); // the first tenant, with its own secret, cannot see the second's user
    }
  }

  @Test
  void noOrAWrongBearerIsUnauthorized() {
    try (ScimTenant tenant = ScimTenant.create(base)) {
      ScimRequests scim = ScimRequests.of(base, tenant);
      for (String authorization :
          new String[] {
            null,
            "Bearer " + ScimTenant.randomSecret(),
            "Bearer",
            "Basic "
                + java.util.Base64.getEncoder()
                    .encodeToString(("x:" + tenant.secret()).getBytes(StandardCharsets.UTF_8)),
            tenant.secret()
          }) {
        HttpResponse<String> answer =
            scim.authorizedAs(authorization).post("Users", user(pseudonym(), "x"));
        assertScimError(answer, 401, null);
        assertTrue(
            answer.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"),
            "a 401 names the Bearer scheme for " + authorization);
      }
      assertEquals(0, scim.userCount(), "no refused request created a user");
      assertEquals(
          200,
          scim.authorizedAs("bearer " + tenant.secret()).get("Users").statusCode(),
          "the scheme name is case-insensitive (RFC 7235)");
    }
  }

  @Test
  void aTenantWithoutScimOrNoTenantAtAllIsNotFound() {
    Http http = new Http(base);
    String bearer = "Bearer " + ScimTenant.randomSecret();
    assertScimError(
        http.get("/backcare/scim/v2/acme/Users", "Authorization", bearer),
        404,
        null); // acme, a shipped tenant, has no scim.secret
    assertScimError(
        http.get(
            "/backcare/scim/v2/no-such-" + UUID.randomUUID().toString().substring(0, 8) + "/Users",
            "Authorization",
            bearer),
        404,
        null);
  }

  @Test
  void aBodyOverTheLimitIsRefusedAsAScimError() {
    try (ScimTenant tenant = ScimTenant.create(base)) {
      ScimRequests scim = ScimRequests.of(base, tenant);
      String userName = pseudonym();
      byte[] huge =
          user(userName, "x")
              .replace(
                  "\"active\":true",
                  "\"active\":true,\"displayName\":\"" + "a".repeat(70_000) + "\"")
              .getBytes(StandardCharsets.UTF_8);

      RawHttp raw = new RawHttp(base);
      RawHttp.Answer declared =
          raw.send(
              "POST " + tenant.root() + "Users",
              raw.host(),
              "Authorization: "
                  + tenant.bearer()
                  + "\r\nContent-Type: application/scim+json\r\nContent-Length: "
                  + huge.length
                  + "\r\n",
              huge);
      assertScimError(declared, 413, null);

      assertScimError(scim.sendChunked("POST", "Users", huge), 413, null);
      assertEquals(0, scim.userCount(), "an oversized body creates no user");
      assertEquals(
          0,
          Http.json(scim.filter("userName eq \"" + userName + "\"")).getInt("totalResults"),
          "the user in the oversized body does not exist");
    }
  }

  @Test
  void aReplayedDeleteIsNotFound() {
    try (ScimTenant tenant = ScimTenant.create(base)) {
      ScimRequests scim = ScimRequests.of(base, tenant);
      String id = scim.created(user(pseudonym(), "x")).getString("id");

      assertEquals(204, scim.delete("Users/" + id).statusCode(), "the first DELETE deletes");
      assertScimError(scim.delete("Users/" + id), 404, null);
      assertScimError(scim.get("Users/" + id), 404, null);
      assertEquals(0, scim.userCount(), "the user stays deleted");
    }
  }

  @Test
  void anUnknownIdIsNotFound() {
    try (ScimTenant tenant = ScimTenant.create(base)) {
      ScimRequests scim = ScimRequests.of(base, tenant);
      String unknown = UUID.randomUUID().toString();
      String disable =
          "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],"
              + "\"Operations\":[{\"op\":\"replace\",\"path\":\"active\",\"value\":false}]}";

      assertScimError(scim.patch("Users/" + unknown, disable), 404, null);
      assertScimError(scim.put("Users/" + unknown, user(pseudonym(), "x")), 404, null);
      assertScimError(scim.get("Users/" + unknown), 404, null);
      assertScimError(scim.get("Groups"), 404, null);
      assertEquals(0, scim.userCount(), "a PUT to an unknown id creates nobody");
    }
  }

  @Test
  void anExistingUserNameIsAUniquenessConflict() {
    try (ScimTenant tenant = ScimTenant.create(base)) {
      ScimRequests scim = ScimRequests.of(base, tenant);
      String userName = pseudonym();
      String id = scim.created(user(userName, "original")).getString("id");

      assertScimError(scim.post("Users", user(userName, "duplicate")), 409, "uniqueness");
      assertEquals(1, scim.userCount(), "the duplicate is not created");
      assertUnchanged(scim, id, userName, "original", true);

      String otherName = pseudonym();
      String other = scim.created(user(otherName, "other")).getString("id");
      assertScimError(scim.put("Users/" + other, user(userName, "other")), 409, "uniqueness");
      assertUnchanged(scim, other, otherName, "other", true);
    }
  }

  @Test
  void aPatchThatCannotApplyChangesNothing() {
    try (ScimTenant tenant = ScimTenant.create(base)) {
      ScimRequests scim = ScimRequests.of(base, tenant);
      String userName = pseudonym();
      String id = scim.created(user(userName, "kept")).getString("id");
      String patchOp = "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],";

      // The first operation is valid, the second not: the whole request must change nothing.
      assertScimError(
          scim.patch(
              "Users/" + id,
              patchOp
                  + "\"Operations\":[{\"op\":\"replace\",\"path\":\"active\",\"value\":false},"
                  + "{\"op\":\"replace\",\"path\":\"favouriteColour\",\"value\":\"teal\"}]}"),
          400,
          "invalidPath");
      assertScimError(
          scim.patch(
              "Users/" + id,
              patchOp + "\"Operations\":[{\"op\":\"remove\",\"path\":\"userName\"}]}"),
          400,
          "mutability");
      assertScimError(
          scim.patch(
              "Users/" + id,
              patchOp
                  + "\"Operations\":[{\"op\":\"replace\",\"path\":\"active\",\"value\":\"maybe\"}]}"),
          400,
          "invalidValue");
      assertScimError(
          scim.patch(
              "Users/" + id,
              "{\"Operations\":[{\"op\":\"replace\",\"path\":\"active\",\"value\":false}]}"),
          400,
          "invalidSyntax");
      assertUnchanged(scim, id, userName, "kept", true);
    }
  }

  @Test
  void aMethodAnAddressDoesNotTakeIsNotAllowed() {
    try (ScimTenant tenant = ScimTenant.create(base)) {
      ScimRequests scim = ScimRequests.of(base, tenant);
      String id = scim.created(user(pseudonym(), "x")).getString("id");

      HttpResponse<String> deleteAll = scim.delete("Users");
      assertScimError(deleteAll, 405, null);
      assertEquals(
          "GET, POST",
          deleteAll.headers().firstValue("Allow").orElse(""),
          "Allow lists what Users takes");
      assertScimError(scim.put("Users", user(pseudonym(), "x")), 405, null);

      HttpResponse<String> postToUser = scim.post("Users/" + id, user(pseudonym(), "x"));
      assertScimError(postToUser, 405, null);
      assertEquals(
          "GET, PUT, PATCH, DELETE",
          postToUser.headers().firstValue("Allow").orElse(""),
          "Allow lists what a user takes");

      HttpResponse<String> postToConfig = scim.post("ServiceProviderConfig", "{}");
      assertScimError(postToConfig, 405, null);
      assertEquals("GET", postToConfig.headers().firstValue("Allow").orElse(""), "read only");
      assertEquals(1, scim.userCount(), "no refused method changed the users");
    }
  }

  @Test
  void aPagingParameterThatIsNotANumberIsInvalidValue() {
    try (ScimTenant tenant = ScimTenant.create(base)) {
      ScimRequests scim = ScimRequests.of(base, tenant);

      assertScimError(scim.get("Users?startIndex=first"), 400, "invalidValue");
      assertScimError(scim.get("Users?count=1e3"), 400, "invalidValue");
    }
  }
}
