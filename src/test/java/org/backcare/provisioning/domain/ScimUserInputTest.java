package org.backcare.provisioning.domain;

import static org.backcare.provisioning.domain.JsonBodies.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScimUserInputTest {

  @Test
  void readsEntraIdsCreateWithTheEnterpriseExtension() {
    ScimUserInput user =
        ScimUserInput.fromResource(
            json(
                """
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User",
                            "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
                 "externalId":"0a21f0f2-8d2a-4f8e-bf98-7363c4aed4ef",
                 "userName":"Test_User_ab6490ee-1e48-479e-a20b-2d77186b5dd1",
                 "active":true,
                 "emails":[{"primary":true,"type":"work",
                            "value":"Test_User_fd0ea19b-0777-472c-9f96-4f70d2226f2e@testuser.com"}],
                 "meta":{"resourceType":"User"},
                 "name":{"formatted":"givenName familyName","familyName":"familyName",
                         "givenName":"givenName"},
                 "roles":[],
                 "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":{
                   "employeeNumber":"701984","department":"Tour Operations",
                   "manager":{"value":"26118915-6090-4610-87a4-49d0ca1a4d2e"}}}
                """));
    assertEquals(
        new ScimUserInput(
            "Test_User_ab6490ee-1e48-479e-a20b-2d77186b5dd1",
            Optional.of("0a21f0f2-8d2a-4f8e-bf98-7363c4aed4ef"),
            true),
        user,
        "Microsoft's create request yields userName, externalId and active, the rest discarded");
  }

  @Test
  void readsOktasCreateWithNameEmailsAndPassword() {
    ScimUserInput user =
        ScimUserInput.fromResource(
            json(
                """
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],
                 "userName":"test.user@okta.local",
                 "name":{"givenName":"Test","familyName":"User"},
                 "emails":[{"primary":true,"value":"test.user@okta.local","type":"work"}],
                 "displayName":"Test User","locale":"en-US",
                 "externalId":"00ujl29u0le5T6Aj10h7","groups":[],
                 "password":"1mz050nq","active":true}
                """));
    assertEquals(
        new ScimUserInput("test.user@okta.local", Optional.of("00ujl29u0le5T6Aj10h7"), true),
        user,
        "Okta's create request yields the kept three; name, e-mails and password are dropped");
  }

  @Test
  void readsOktasPutThatDeactivates() {
    ScimUserInput user =
        ScimUserInput.fromResource(
            json(
                """
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],
                 "id":"23a35c27-23d3-4c03-b4c5-6443c09e7173",
                 "userName":"test.user@okta.local",
                 "name":{"givenName":"Another","middleName":"Test","familyName":"User"},
                 "emails":[{"primary":true,"value":"test.user@okta.local","type":"work"}],
                 "active":false,"groups":[],
                 "meta":{"resourceType":"User"}}
                """));
    assertEquals(
        new ScimUserInput("test.user@okta.local", Optional.empty(), false),
        user,
        "Okta's PUT with active false disables the user; its id and meta are ignored");
  }

  @Test
  void everyDiscardedCoreAttributeIsAccepted() {
    ScimUserInput user =
        ScimUserInput.fromResource(
            json(
                """
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"u1",
                 "name":{},"displayName":"d","nickName":"n","profileUrl":"https://x","title":"t",
                 "userType":"Employee","preferredLanguage":"de-CH","locale":"de-CH",
                 "timezone":"Europe/Zurich","password":"p","emails":[],"phoneNumbers":[],"ims":[],
                 "photos":[],"addresses":[],"groups":[],"entitlements":[],"roles":[],
                 "x509Certificates":[]}
                """));
    assertEquals(
        new ScimUserInput("u1", Optional.empty(), true),
        user,
        "all RFC 7643 core User attributes are accepted and discarded; active defaults to true");
  }

  @Test
  void attributeNamesAndSchemaUrnsAreCaseInsensitive() {
    ScimUserInput user =
        ScimUserInput.fromResource(
            json(
                """
                {"SCHEMAS":["URN:IETF:PARAMS:SCIM:SCHEMAS:CORE:2.0:USER"],
                 "USERNAME":"u1","ExternalID":"e1","Active":false,"DisplayName":"d"}
                """));
    assertEquals(
        new ScimUserInput("u1", Optional.of("e1"), false),
        user,
        "SCIM attribute names are case-insensitive (RFC 7643 section 2.1)");
  }

  @ParameterizedTest(name = "active {0} -> {1}")
  @CsvSource({
    "true, true",
    "false, false",
    "'\"True\"', true",
    "'\"False\"', false",
    "'\"FALSE\"', false",
    "null, true"
  })
  void activeAcceptsBooleansAndTheirSpellingsAsStrings(String json, boolean expected) {
    ScimUserInput user =
        ScimUserInput.fromResource(
            json(
                "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],"
                    + "\"userName\":\"u1\",\"active\":"
                    + json
                    + "}"));
    assertEquals(
        expected,
        user.active(),
        "active " + json + " is read as " + expected + " (Entra ID sends \"True\"/\"False\")");
  }

  @Test
  void aBlankOrNullExternalIdIsAbsent() {
    assertEquals(
        Optional.empty(),
        ScimUserInput.fromResource(user("\"externalId\":\"  \"")).externalId(),
        "a blank externalId means none");
    assertEquals(
        Optional.empty(),
        ScimUserInput.fromResource(user("\"externalId\":null")).externalId(),
        "a null externalId means none");
  }

  @Test
  void valuesAreKeptAsSentWithinTheLimits() {
    String longest = "é".repeat(255);
    ScimUserInput user =
        ScimUserInput.fromResource(
            json(
                "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],"
                    + "\"userName\":\" "
                    + "x".repeat(253)
                    + "\",\"externalId\":\""
                    + longest
                    + "\"}"));
    assertEquals(" " + "x".repeat(253), user.userName(), "userName is not stripped or changed");
    assertEquals(Optional.of(longest), user.externalId(), "255 characters are accepted");
    assertTrue(user.active(), "a user without active is active");
  }

  @Test
  void aNullEnterpriseExtensionIsAccepted() {
    assertFalse(
        ScimUserInput.fromResource(
                json(
                    """
                    {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"u1",
                     "active":false,
                     "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":null}
                    """))
            .active(),
        "an unassigned (null) enterprise extension is accepted and the rest read");
  }

  static JsonObject user(String members) {
    return json(
        "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"u1\","
            + members
            + "}");
  }
}
