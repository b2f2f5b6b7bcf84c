package org.backcare.provisioning.domain;

import static org.backcare.provisioning.domain.JsonBodies.json;
import static org.backcare.provisioning.domain.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScimPatchRefusalTest {

  private static final ScimUserInput ALICE = new ScimUserInput("alice", Optional.of("ext-1"), true);

  private static void patch(String operations) {
    ScimPatchTest.apply(operations, ALICE);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"Operations\":[{\"op\":\"replace\",\"path\":\"active\",\"value\":false}]}",
        "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],"
            + "\"Operations\":[{\"op\":\"replace\",\"path\":\"active\",\"value\":false}]}",
        "{\"schemas\":\"urn:ietf:params:scim:api:messages:2.0:PatchOp\","
            + "\"Operations\":[{\"op\":\"replace\",\"path\":\"active\",\"value\":false}]}",
        "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"]}",
        "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":[]}",
        "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":{}}",
        "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],"
            + "\"Operations\":[{\"op\":\"replace\",\"path\":\"active\",\"value\":false}],"
            + "\"operations\":[]}"
      })
  void aRequestThatIsNoPatchOpWithOperationsIsInvalidSyntax(String body) {
    assertRefused(
        "invalidSyntax",
        () -> ScimPatch.apply(json(body), ALICE),
        "a PATCH needs the PatchOp schema and one non-empty Operations array: " + body);
  }

  @Test
  void moreThanAHundredOperationsAreTooMany() {
    String operations =
        String.join(
            ",",
            Collections.nCopies(
                ScimPatch.MAX_OPERATIONS + 1,
                "{\"op\":\"replace\",\"path\":\"title\",\"value\":\"t\"}"));
    assertRefused("tooMany", () -> patch(operations), "101 operations are refused");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"replace\"",
        "{\"path\":\"active\",\"value\":false}",
        "{\"op\":\"move\",\"path\":\"active\",\"value\":false}",
        "{\"op\":\"copy\",\"path\":\"active\",\"value\":false}",
        "{\"op\":\"test\",\"path\":\"active\",\"value\":false}",
        "{\"op\":42,\"path\":\"active\",\"value\":false}",
        "{\"op\":\"replace\",\"path\":\"active\"}",
        "{\"op\":\"add\",\"path\":\"title\"}",
        "{\"op\":\"replace\",\"path\":42,\"value\":false}",
        "{\"op\":\"replace\",\"value\":false}",
        "{\"op\":\"replace\",\"value\":[{\"active\":false}]}",
        "{\"op\":\"replace\",\"value\":{\"active\":false,\"ACTIVE\":true}}"
      })
  void aMalformedOperationIsInvalidSyntax(String operation) {
    assertRefused(
        "invalidSyntax",
        () -> patch(operation),
        "an operation needs op add/replace/remove, a string path and a fitting value: "
            + operation);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "favouriteColour",
        "",
        "userName.first",
        "active[value eq true]",
        "externalId.value",
        "name..givenName",
        "emails[type eq \\\"work\\\"",
        "urn:ietf:params:scim:schemas:extension:custom:2.0:User:worksiteId",
        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:shoeSize",
        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:UserX",
        "urn:ietf:params:scim:schemas:core:2.0:Group:displayName",
        "members"
      })
  void aPathNamingAnythingElseIsInvalidPath(String path) {
    assertRefused(
        "invalidPath",
        () -> patch("{\"op\":\"replace\",\"path\":\"" + path + "\",\"value\":\"x\"}"),
        "the path '" + path + "' names nothing backcare knows of a User");
  }

  @Test
  void anUnknownPathNamesItInTheDetail() {
    ScimException e =
        assertRefused(
            "invalidPath",
            () -> patch("{\"op\":\"add\",\"path\":\"favouriteColour\",\"value\":\"blue\"}"),
            "an unknown path is refused");
    assertEquals(
        "unknown attribute path 'favouriteColour'", e.detail(), "the detail names the path");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"favouriteColour\":\"blue\"}",
        "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"]}",
        "{\"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User\":{\"shoeSize\":44}}",
        "{\"urn:ietf:params:scim:schemas:extension:custom:2.0:User:worksiteId\":\"180\"}"
      })
  void anUnknownNameInAPathlessValueIsInvalidPath(String value) {
    assertRefused(
        "invalidPath",
        () -> patch("{\"op\":\"replace\",\"value\":" + value + "}"),
        "every key of a pathless value must name a known attribute: " + value);
  }

  @Test
  void anEnterpriseExtensionThatIsNoObjectIsInvalidSyntax() {
    assertRefused(
        "invalidSyntax",
        () ->
            patch(
                "{\"op\":\"add\","
                    + "\"path\":\"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User\","
                    + "\"value\":\"Ops\"}"),
        "the whole enterprise extension can only be set to an object");
  }

  @Test
  void removingTheUserNameIsAMutabilityError() {
    assertRefused(
        "mutability",
        () -> patch("{\"op\":\"Remove\",\"path\":\"userName\"}"),
        "userName is required, so it cannot be removed");
  }

  @Test
  void removingActiveIsInvalidValueSayingToReplaceIt() {
    ScimException e =
        assertRefused(
            "invalidValue",
            () -> patch("{\"op\":\"Remove\",\"path\":\"active\"}"),
            "active cannot be removed");
    assertTrue(
        e.detail().contains("replace it with false"),
        "the detail says how to disable the user instead");
  }

  @Test
  void aRemoveWithoutAPathHasNoTarget() {
    assertRefused(
        "noTarget",
        () -> patch("{\"op\":\"remove\",\"value\":{\"active\":false}}"),
        "RFC 7644 answers a remove without a path with noTarget");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"op\":\"replace\",\"path\":\"userName\",\"value\":\"\"}",
        "{\"op\":\"replace\",\"path\":\"userName\",\"value\":null}",
        "{\"op\":\"replace\",\"path\":\"userName\",\"value\":[{\"value\":\"bob\"}]}",
        "{\"op\":\"replace\",\"path\":\"userName\",\"value\":\"a\\u0007b\"}",
        "{\"op\":\"replace\",\"path\":\"externalId\",\"value\":7}",
        "{\"op\":\"replace\",\"path\":\"active\",\"value\":\"no\"}",
        "{\"op\":\"replace\",\"path\":\"active\",\"value\":null}",
        "{\"op\":\"replace\",\"path\":\"active\",\"value\":[{\"value\":false}]}",
        "{\"op\":\"replace\",\"value\":{\"active\":\"Nope\"}}",
        "{\"op\":\"replace\",\"value\":{\"userName\":\" \"}}"
      })
  void aValueTheResourceRulesRefuseIsInvalidValue(String operation) {
    assertRefused(
        "invalidValue",
        () -> patch(operation),
        "PATCH applies the same value rules as POST and PUT: " + operation);
  }

  @Test
  void aTooLongUserNameIsInvalidValue() {
    assertRefused(
        "invalidValue",
        () ->
            patch(
                "{\"op\":\"replace\",\"path\":\"userName\",\"value\":\"" + "x".repeat(256) + "\"}"),
        "a userName of 256 characters is refused in PATCH too");
  }

  @Test
  void aFailingOperationLeavesTheEarlierOnesUnapplied() {
    ScimUserInput current = new ScimUserInput("alice", Optional.of("ext-1"), true);
    assertRefused(
        "invalidPath",
        () ->
            ScimPatchTest.apply(
                "{\"op\":\"replace\",\"path\":\"active\",\"value\":false},"
                    + "{\"op\":\"replace\",\"path\":\"favouriteColour\",\"value\":\"blue\"}",
                current),
        "the second operation fails");
    assertEquals(
        new ScimUserInput("alice", Optional.of("ext-1"), true),
        current,
        "the current user is untouched: nothing of a failed request is applied");
  }
}
