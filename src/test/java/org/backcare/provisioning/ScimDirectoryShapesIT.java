package org.backcare.provisioning;

import static org.backcare.provisioning.ScimAssertions.assertNothingPersonal;
import static org.backcare.provisioning.ScimAssertions.assertScim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.backcare.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The requests Microsoft Entra ID and Okta send, in the shapes their SCIM provisioning guides
 * document (Entra: "Develop and plan provisioning for a SCIM endpoint", the request and response
 * examples; Okta: "SCIM 2.0 protocol reference"), written out by hand so that a change in
 * backcare's leniency towards either shows here, not in an employer's provisioning logs.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ScimDirectoryShapesIT {

  private static final String USER = "urn:ietf:params:scim:schemas:core:2.0:User";
  private static final String ENTERPRISE =
      "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
  private static final String PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

  /** Names and emails the directories send, which no answer may ever hold. */
  private static final List<String> PERSONAL =
      List.of(
          "Oluwaseun",
          "Featherstonehaugh",
          "oluwaseun.featherstonehaugh@employer.example",
          "updatedFamilyName",
          "updatedEmail@employer.example",
          "1mz050nq");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.backcare();
  }

  @ArquillianResource URL base;

  /** Entra's "Create User" example, with the enterprise extension an HR-driven setup maps. */
  private static String entraCreate(String userName, String externalId) {
    return """
        {
          "schemas": [
            "urn:ietf:params:scim:schemas:core:2.0:User",
            "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
          "externalId": "%s",
          "userName": "%s",
          "active": true,
          "emails": [{
            "primary": true,
            "type": "work",
            "value": "oluwaseun.featherstonehaugh@employer.example"
          }],
          "meta": {
            "resourceType": "User"
          },
          "name": {
            "formatted": "Oluwaseun Featherstonehaugh",
            "familyName": "Featherstonehaugh",
            "givenName": "Oluwaseun"
          },
          "roles": [],
          "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {
            "employeeNumber": "701984",
            "department": "Tour Operations",
            "manager": {
              "value": "26118915-6090-4610-87e4-49d8ca9f808d"
            }
          }
        }"""
        .formatted(externalId, userName);
  }

  /** Okta's "Create the user" example (with its generated password, which is never kept). */
  private static String oktaCreate(String userName, String externalId) {
    return """
        {
          "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
          "userName": "%s",
          "name": {
            "givenName": "Oluwaseun",
            "familyName": "Featherstonehaugh"
          },
          "emails": [{
            "primary": true,
            "value": "oluwaseun.featherstonehaugh@employer.example",
            "type": "work"
          }],
          "displayName": "Oluwaseun Featherstonehaugh",
          "locale": "en-US",
          "externalId": "%s",
          "groups": [],
          "password": "1mz050nq",
          "active": true
        }"""
        .formatted(userName, externalId);
  }

  /** Okta's "Update a specific user (PUT)": the whole user again, with {@code active} as given. */
  private static String oktaPut(JsonObject user, boolean active) {
    return """
        {
          "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
          "id": "%s",
          "userName": "%s",
          "name": {
            "givenName": "Oluwaseun",
            "familyName": "Featherstonehaugh"
          },
          "emails": [{
            "primary": true,
            "value": "oluwaseun.featherstonehaugh@employer.example",
            "type": "work"
          }],
          "displayName": "Oluwaseun Featherstonehaugh",
          "locale": "en-US",
          "externalId": "%s",
          "groups": [],
          "password": "1mz050nq",
          "active": %s,
          "meta": {
            "resourceType": "User",
            "created": "2024-03-25T16:17:00.000Z",
            "lastModified": "2024-03-25T20:19:00.000Z"
          }
        }"""
        .formatted(
            user.getString("id"), user.getString("userName"), user.getString("externalId"), active);
  }

  private static String patch(String operations) {
    return "{\"schemas\":[\"" + PATCH_OP + "\"],\"Operations\":[" + operations + "]}";
  }

  private static String pseudonym() {
    return "emp-" + UUID.randomUUID();
  }

  /** The user's answer says what was kept and nothing else. */
  private static JsonObject assertUser(
      HttpResponse<String> answer, int status, String userName, String externalId, boolean active) {
    JsonObject user = assertScim(answer, status);
    assertEquals(List.of(USER), schemas(user), "a user answers the core User schema only");
    assertEquals(userName, user.getString("userName"), "userName: " + answer.body());
    assertEquals(externalId, user.getString("externalId"), "externalId: " + answer.body());
    assertEquals(active, user.getBoolean("active"), "active as a JSON boolean: " + answer.body());
    for (String dropped : List.of("name", "emails", "displayName", "password", ENTERPRISE)) {
      assertFalse(user.containsKey(dropped), dropped + " is never kept: " + answer.body());
    }
    assertNothingPersonal(answer.body(), PERSONAL);
    return user;
  }

  private static List<String> schemas(JsonObject resource) {
    return resource.getJsonArray("schemas").getValuesAs(jakarta.json.JsonString.class).stream()
        .map(jakarta.json.JsonString::getString)
        .toList();
  }

  @Test
  void entraConnectionTestFindsNoUserForARandomGuid() {
    try (ScimTenant tenant = ScimTenant.create(base)) {
      HttpResponse<String> answer =
          ScimRequests.of(base, tenant).filter("userName eq \"" + UUID.randomUUID() + "\"");
      JsonObject list = assertScim(answer, 200);
      assertEquals(
          List.of("urn:ietf:params:scim:api:messages:2.0:ListResponse"),
          schemas(list),
          "a list response: " + answer.body());
      assertEquals(0, list.getInt("totalResults"), "nobody has a random GUID: " + answer.body());
      assertEquals(0, list.getJsonArray("Resources").size(), "no resource is listed");
    }
  }

  @Test
  void entraCreatesAUserWithTheEnterpriseExtensionAndFindsItByUserName() {
    try (ScimTenant tenant = ScimTenant.create(base)) {
      ScimRequests scim = ScimRequests.of(base, tenant);
      String userName = pseudonym();
      String externalId = UUID.randomUUID().toString();

      HttpResponse<String> answer = scim.post("Users", entraCreate(userName, externalId));
      JsonObject user = assertUser(answer, 201, userName, externalId, true);
      String id = user.getString("id");
      assertEquals(id, UUID.fromString(id).toString(), "the id is a random UUID: " + id);
      JsonObject meta = user.getJsonObject("meta");
      assertEquals("User", meta.getString("resourceType"), "meta.resourceType");
      assertTrue(
          meta.getString("location").endsWith(tenant.root() + "Users/" + id),
          "meta.location is the user's address: " + meta);
      assertEquals(
          meta.getString("location"),
          answer.headers().firstValue("Location").orElse(""),
          "Location repeats meta.location");
      assertFalse(
          meta.containsKey("version") || answer.headers().firstValue("ETag").isPresent(),
          "no version is offered, as ServiceProviderConfig says ETags are not supported");

      JsonObject found = assertScim(scim.filter("userName eq \"" + userName + "\""), 200);
      assertEquals(1, found.getInt("totalResults"), "Entra finds the user it created");
      assertUser(scim.get("Users/" + id), 200, userName, externalId, true);
    }
  }

  @Test
  void entraDisablesAndEnablesWithTheStringsFalseAndTrue() {
    try (ScimTenant tenant = ScimTenant.create(base)) {
      ScimRequests scim = ScimRequests.of(base, tenant);
      String userName = pseudonym();
      String id = scim.created(entraCreate(userName, "entra-1")).getString("id");

      HttpResponse<String> disabled =
          scim.patch(
              "Users/" + id, patch("{\"op\":\"Replace\",\"path\":\"active\",\"value\":\"False\"}"));
      assertUser(disabled, 200, userName, "entra-1", false);
      assertUser(scim.get("Users/" + id), 200, userName, "entra-1", false);

      HttpResponse<String> enabled =
          scim.patch(
              "Users/" + id, patch("{\"op\":\"Replace\",\"path\":\"active\",\"value\":\"True\"}"));
      assertUser(enabled, 200, userName, "entra-1", true);

      HttpResponse<String> compliant =
          scim.patch(
              "Users/" + id, patch("{\"op\":\"replace\",\"path\":\"active\",\"value\":false}"));
      assertUser(compliant, 200, userName, "entra-1", false);
    }
  }

  @Test
  void entraPatchesOfNamesEmailsAndManagerAreAcceptedAndIgnored() {
    try (ScimTenant tenant = ScimTenant.create(base)) {
      ScimRequests scim = ScimRequests.of(base, tenant);
      String userName = pseudonym();
      String id = scim.created(entraCreate(userName, "entra-2")).getString("id");

      HttpResponse<String> multiValued =
          scim.patch(
              "Users/" + id,
              patch(
                  """
                  {"op":"Replace","path":"emails[type eq \\"work\\"].value",
                   "value":"updatedEmail@employer.example"},
                  {"op":"Replace","path":"name.familyName","value":"updatedFamilyName"},
                  {"op":"Add","path":"name.givenName","value":"Oluwaseun"}"""));
      assertUser(multiValued, 200, userName, "entra-2", true);

      HttpResponse<String> manager =
          scim.patch(
              "Users/" + id,
              patch(
                  "{\"op\":\"Add\",\"path\":\""
                      + ENTERPRISE
                      + ":manager\",\"value\":\"26118915-6090-4610-87e4-49d8ca9f808d\"}"));
      assertUser(manager, 200, userName, "entra-2", true);

      HttpResponse<String> noManager =
          scim.patch(
              "Users/" + id, patch("{\"op\":\"Remove\",\"path\":\"" + ENTERPRISE + ":manager\"}"));
      assertUser(noManager, 200, userName, "entra-2", true);

      assertUser(scim.get("Users/" + id), 200, userName, "entra-2", true);
    }
  }

  @Test
  void entraDeletesAUser() {
    try (ScimTenant tenant = ScimTenant.create(base)) {
      ScimRequests scim = ScimRequests.of(base, tenant);
      String id = scim.created(entraCreate(pseudonym(), "entra-3")).getString("id");

      HttpResponse<String> deleted = scim.delete("Users/" + id);
      assertEquals(204, deleted.statusCode(), "DELETE answers 204: " + deleted.body());
      assertEquals("", deleted.body(), "204 has no body");
      assertEquals(404, scim.get("Users/" + id).statusCode(), "the deleted user is gone");
      assertEquals(0, scim.userCount(), "and no longer listed");
    }
  }

  /**
   * Entra's default mapping sends the user principal name, an email address, as userName. On an
   * employer whose members sign in through an identity provider with hashed subjects, backcare
   * stores and answers only the keyed hash, and Entra's lookups by the address it knows still find
   * the user.
   */
  @Test
  void entraSendsAnEmailToATenantWithHashedSubjectsWhichKeepsOnlyTheHash() {
    String upn = "oluwaseun.featherstonehaugh@employer.example";
    String provider =
        "oidc.issuer=https://idp.scim-hashed.test/realms/employer\n"
            + "oidc.client-id=backcare\n"
            + "oidc.client-secret=client-secret-0123456789abcdef0123\n"
            + "sso.subject=hashed\n"
            + "sso.subject-secret="
            + ScimTenant.randomSecret()
            + "\n";
    try (ScimTenant tenant = ScimTenant.create(base, provider)) {
      ScimRequests scim = ScimRequests.of(base, tenant);
      String externalId = UUID.randomUUID().toString();

      HttpResponse<String> answer = scim.post("Users", entraCreate(upn, externalId));
      JsonObject user = assertScim(answer, 201);
      String stored = user.getString("userName");
      assertTrue(stored.startsWith("h1."), "userName is answered as its keyed hash: " + stored);
      assertFalse(
          user.getString("externalId").equals(externalId),
          "externalId is kept in the same hashed form: " + answer.body());
      assertNothingPersonal(answer.body(), PERSONAL);

      JsonObject byUpn = assertScim(scim.filter("userName eq \"" + upn + "\""), 200);
      assertEquals(1, byUpn.getInt("totalResults"), "Entra finds the user by the UPN it sent");
      assertEquals(
          user.getString("id"),
          byUpn.getJsonArray("Resources").getJsonObject(0).getString("id"),
          "the same user");
      assertNothingPersonal(byUpn.toString(), PERSONAL);
      JsonObject byExternalId =
          assertScim(scim.filter("externalId eq \"" + externalId + "\""), 200);
      assertEquals(1, byExternalId.getInt("totalResults"), "and by the externalId it sent");
      ScimAssertions.assertScimError(
          scim.post("Users", entraCreate(upn, "again")), 409, "uniqueness");
      assertEquals(1, scim.userCount(), "the employee exists once");
    }
  }

  @Test
  void oktaLooksUpCreatesThenDeactivatesAndReactivatesWithPut() {
    try (ScimTenant tenant = ScimTenant.create(base)) {
      ScimRequests scim = ScimRequests.of(base, tenant);
      String userName = pseudonym();

      // Okta's lookup: the filter percent-encoded, with the first page of 100 asked for.
      JsonObject lookup =
          assertScim(
              scim.get(
                  "Users?filter=userName%20eq%20%22" + userName + "%22&startIndex=1&count=100"),
              200);
      assertEquals(0, lookup.getInt("totalResults"), "Okta finds no such user yet");

      JsonObject user =
          assertUser(
              scim.post("Users", oktaCreate(userName, "00ujl29u0le5T6Aj10h7")),
              201,
              userName,
              "00ujl29u0le5T6Aj10h7",
              true);
      String id = user.getString("id");

      assertUser(
          scim.put("Users/" + id, oktaPut(user, false)),
          200,
          userName,
          "00ujl29u0le5T6Aj10h7",
          false);
      assertUser(scim.get("Users/" + id), 200, userName, "00ujl29u0le5T6Aj10h7", false);
      JsonObject listed =
          assertScim(
              scim.get(
                  "Users?filter=userName%20eq%20%22" + userName + "%22&startIndex=1&count=100"),
              200);
      assertFalse(
          listed.getJsonArray("Resources").getJsonObject(0).getBoolean("active"),
          "Okta's lookup sees the user as deactivated: " + listed);

      assertUser(
          scim.put("Users/" + id, oktaPut(user, true)),
          200,
          userName,
          "00ujl29u0le5T6Aj10h7",
          true);
    }
  }

  @Test
  void oktaDeactivatesWithAPatchWhoseValueIsAnObject() {
    try (ScimTenant tenant = ScimTenant.create(base)) {
      ScimRequests scim = ScimRequests.of(base, tenant);
      String userName = pseudonym();
      String id = scim.created(oktaCreate(userName, "00u1dhhb1fkIGP7RL1d8")).getString("id");

      HttpResponse<String> deactivated =
          scim.patch("Users/" + id, patch("{\"op\":\"replace\",\"value\":{\"active\":false}}"));
      assertUser(deactivated, 200, userName, "00u1dhhb1fkIGP7RL1d8", false);

      HttpResponse<String> reactivated =
          scim.patch("Users/" + id, patch("{\"op\":\"replace\",\"value\":{\"active\":true}}"));
      assertUser(reactivated, 200, userName, "00u1dhhb1fkIGP7RL1d8", true);
    }
  }
}
