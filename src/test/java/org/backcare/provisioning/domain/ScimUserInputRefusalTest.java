package org.backcare.provisioning.domain;

import static org.backcare.provisioning.domain.JsonBodies.json;
import static org.backcare.provisioning.domain.Refusals.assertRefused;
import static org.backcare.provisioning.domain.ScimUserInputTest.user;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScimUserInputRefusalTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"userName\":\"u1\"}",
        "{\"schemas\":\"urn:ietf:params:scim:schemas:core:2.0:User\",\"userName\":\"u1\"}",
        "{\"schemas\":[],\"userName\":\"u1\"}",
        "{\"schemas\":[42],\"userName\":\"u1\"}",
        "{\"schemas\":[\"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User\"],"
            + "\"userName\":\"u1\"}"
      })
  void aBodyThatDoesNotNameTheUserSchemaIsInvalidSyntax(String body) {
    assertRefused(
        "invalidSyntax",
        () -> ScimUserInput.fromResource(json(body)),
        "schemas must be an array naming the core User schema: " + body);
  }

  @Test
  void anotherSchemaIsInvalidSyntaxNamingIt() {
    ScimException e =
        assertRefused(
            "invalidSyntax",
            () ->
                ScimUserInput.fromResource(
                    json(
                        """
                        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User",
                                    "urn:ietf:params:scim:schemas:extension:custom:2.0:User"],
                         "userName":"u1"}
                        """)),
            "a custom extension schema is refused");
    assertEquals(
        "unsupported schema 'urn:ietf:params:scim:schemas:extension:custom:2.0:User'",
        e.detail(),
        "the detail names the refused schema");
  }

  @Test
  void anUnknownAttributeIsInvalidSyntaxNamingIt() {
    ScimException e =
        assertRefused(
            "invalidSyntax",
            () -> ScimUserInput.fromResource(user("\"favouriteColour\":\"blue\"")),
            "an attribute the User schema does not define is refused");
    assertEquals(
        "unknown attribute 'favouriteColour'", e.detail(), "the detail names the attribute");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"name.givenName\":\"x\"",
        "\"urn:ietf:params:scim:schemas:extension:custom:2.0:User\":{}",
        "\"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department\":\"x\""
      })
  void pathsAndOtherExtensionsAreNotResourceAttributes(String member) {
    assertRefused(
        "invalidSyntax",
        () -> ScimUserInput.fromResource(user(member)),
        "a resource has attributes, not paths or foreign extensions: " + member);
  }

  @Test
  void anUnknownEnterpriseAttributeIsInvalidSyntaxNamingIt() {
    ScimException e =
        assertRefused(
            "invalidSyntax",
            () ->
                ScimUserInput.fromResource(
                    user(
                        "\"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User\":"
                            + "{\"department\":\"x\",\"shoeSize\":44}")),
            "the enterprise extension holds only its six attributes");
    assertEquals(
        "unknown attribute 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:shoeSize'",
        e.detail(),
        "the detail names the attribute with its schema");
  }

  @Test
  void anEnterpriseExtensionThatIsNotAnObjectIsInvalidSyntax() {
    assertRefused(
        "invalidSyntax",
        () ->
            ScimUserInput.fromResource(
                user("\"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User\":\"x\"")),
        "the enterprise extension must be an object");
  }

  @Test
  void anAttributeGivenTwiceInDifferentCaseIsInvalidSyntax() {
    assertRefused(
        "invalidSyntax",
        () -> ScimUserInput.fromResource(user("\"USERNAME\":\"u2\"")),
        "userName and USERNAME are one attribute given twice; neither is picked silently");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"]}",
        "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":null}",
        "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"\"}",
        "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\" \\t \"}",
        "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":42}",
        "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":[\"u1\"]}",
        "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"a\\u0000b\"}",
        "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"a\\nb\"}",
        "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"a\\u0085b\"}"
      })
  void aMissingBlankOrMalformedUserNameIsInvalidValue(String body) {
    assertRefused(
        "invalidValue",
        () -> ScimUserInput.fromResource(json(body)),
        "userName must be a non-blank string without control characters: " + body);
  }

  @Test
  void aUserNameOrExternalIdOver255CharactersIsInvalidValue() {
    String tooLong = "x".repeat(256);
    assertRefused(
        "invalidValue",
        () ->
            ScimUserInput.fromResource(
                json(
                    "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],"
                        + "\"userName\":\""
                        + tooLong
                        + "\"}")),
        "a userName of 256 characters is refused");
    assertRefused(
        "invalidValue",
        () -> ScimUserInput.fromResource(user("\"externalId\":\"" + tooLong + "\"")),
        "an externalId of 256 characters is refused");
  }

  @ParameterizedTest
  @ValueSource(strings = {"42", "true", "{}", "\"a\\tb\""})
  void aMalformedExternalIdIsInvalidValue(String value) {
    assertRefused(
        "invalidValue",
        () -> ScimUserInput.fromResource(user("\"externalId\":" + value)),
        "externalId must be a string without control characters: " + value);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1", "0", "\"yes\"", "\"\"", "\" true\"", "[true]", "{}"})
  void anActiveThatIsNoBooleanIsInvalidValue(String value) {
    assertRefused(
        "invalidValue",
        () -> ScimUserInput.fromResource(user("\"active\":" + value)),
        "active must be true/false or their spelling as a string: " + value);
  }
}
