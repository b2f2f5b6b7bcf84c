package org.backcare.provisioning.domain;

import static org.backcare.provisioning.domain.JsonBodies.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Collections;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScimPatchTest {

  private static final ScimUserInput ALICE = new ScimUserInput("alice", Optional.of("ext-1"), true);

  static String patch(String operations) {
    return "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":["
        + operations
        + "]}";
  }

  static ScimUserInput apply(String operations, ScimUserInput current) {
    return ScimPatch.apply(json(patch(operations)), current);
  }

  @Test
  void entraIdDisablesWithTheStringFalse() {
    ScimUserInput user =
        ScimPatch.apply(
            json(
                """
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations":[{"op":"Replace","path":"active","value":"False"}]}
                """),
            ALICE);
    assertEquals(
        new ScimUserInput("alice", Optional.of("ext-1"), false),
        user,
        "Entra ID's {op: Replace, path: active, value: \"False\"} disables the user");
  }

  @Test
  void entraIdDisablesWithTheBooleanFalse() {
    assertEquals(
        false,
        apply("{\"op\":\"Replace\",\"path\":\"active\",\"value\":false}", ALICE).active(),
        "Entra ID's RFC-compliant {op: Replace, path: active, value: false} disables the user");
  }

  @Test
  void entraIdReplacesTheUserName() {
    assertEquals(
        "5b50642d-79fc-4410-9e90-4c077cdd1a59@testuser.com",
        apply(
                "{\"op\":\"Replace\",\"path\":\"userName\","
                    + "\"value\":\"5b50642d-79fc-4410-9e90-4c077cdd1a59@testuser.com\"}",
                ALICE)
            .userName(),
        "Entra ID's replace of userName changes it");
  }

  @Test
  void entraIdsChangesToDiscardedAttributesChangeNothing() {
    ScimUserInput user =
        apply(
            """
            {"op":"Replace","path":"emails[type eq \\"work\\"].value",
             "value":"updatedEmail@microsoft.com"},
            {"op":"Replace","path":"name.familyName","value":"updatedFamilyName"},
            {"op":"Add","path":"addresses[type eq \\"work\\"].postalCode","value":"8001"},
            {"op":"Add","path":"phoneNumbers[type eq \\"mobile\\"].value","value":"+41 79"},
            {"op":"Replace","path":"displayName","value":"Alice A."},
            {"op":"Replace","path":"title","value":"tester"},
            {"op":"Add","path":"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager",
             "value":"2819c223-7f76-453a-919d-413861904646"},
            {"op":"Replace",
             "path":"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber",
             "value":"701984"},
            {"op":"Remove","path":"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager"},
            {"op":"Remove","path":"emails[type eq \\"work\\"]"}
            """,
            ALICE);
    assertEquals(
        ALICE, user, "sub-attribute, value-filter and enterprise paths are accepted and ignored");
  }

  @Test
  void entraIdsPathlessReplaceWithStringsAndPaths() {
    ScimUserInput user =
        apply(
            """
            {"op":"Replace","value":{"active":"False","displayName":"x",
              "name.givenName":"Alice",
              "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department":"Ops"}}
            """,
            ALICE);
    assertEquals(
        new ScimUserInput("alice", Optional.of("ext-1"), false),
        user,
        "Entra ID's value object mixing attributes, paths and extension paths sets active only");
  }

  @Test
  void oktaDeactivatesWithAPathlessReplace() {
    ScimUserInput user =
        ScimPatch.apply(
            json(
                """
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations":[{"op":"replace","value":{"active":false}}]}
                """),
            ALICE);
    assertEquals(
        new ScimUserInput("alice", Optional.of("ext-1"), false),
        user,
        "Okta's {op: replace, value: {active: false}} deactivates the user");
  }

  @Test
  void oktaReactivatesAndChangesThePassword() {
    ScimUserInput inactive = new ScimUserInput("alice", Optional.empty(), false);
    assertEquals(
        new ScimUserInput("alice", Optional.empty(), true),
        apply(
            "{\"op\":\"replace\",\"value\":{\"active\":true,\"password\":\"t1meMa$heen\"}}",
            inactive),
        "Okta's reactivation applies and its password is discarded");
  }

  @Test
  void aPathlessAddSetsTheKeptAttributesAndTheEnterpriseObject() {
    ScimUserInput user =
        apply(
            """
            {"op":"Add","value":{"userName":"bob","externalId":"ext-2",
              "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":{"department":"Ops"},
              "id":"ignored","meta":{"lastModified":"2026-01-01T00:00:00Z"}}}
            """,
            ALICE);
    assertEquals(
        new ScimUserInput("bob", Optional.of("ext-2"), true),
        user,
        "userName and externalId are set; the extension, id and meta are ignored");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "externalId",
        "EXTERNALID",
        "urn:ietf:params:scim:schemas:core:2.0:User:externalId",
        "URN:IETF:PARAMS:SCIM:SCHEMAS:CORE:2.0:USER:EXTERNALID"
      })
  void pathsAreCaseInsensitiveAndMayCarryTheCoreUrn(String path) {
    assertEquals(
        Optional.of("ext-9"),
        apply("{\"op\":\"add\",\"path\":\"" + path + "\",\"value\":\"ext-9\"}", ALICE).externalId(),
        "the path " + path + " designates externalId");
  }

  @ParameterizedTest
  @ValueSource(strings = {"add", "ADD", "replace", "Replace", "REPLACE"})
  void addAndReplaceAreCaseInsensitiveAndAlike(String op) {
    assertEquals(
        "bob",
        apply("{\"op\":\"" + op + "\",\"path\":\"userName\",\"value\":\"bob\"}", ALICE).userName(),
        op + " sets the single-valued userName");
  }

  @Test
  void removingTheExternalIdLeavesNone() {
    assertEquals(
        new ScimUserInput("alice", Optional.empty(), true),
        apply("{\"op\":\"Remove\",\"path\":\"externalId\"}", ALICE),
        "remove of externalId leaves the user without one");
  }

  @Test
  void aBlankOrNullExternalIdMeansNone() {
    assertEquals(
        Optional.empty(),
        apply("{\"op\":\"replace\",\"path\":\"externalId\",\"value\":\"\"}", ALICE).externalId(),
        "replacing externalId with a blank string removes it");
    assertEquals(
        Optional.empty(),
        apply("{\"op\":\"replace\",\"value\":{\"externalId\":null}}", ALICE).externalId(),
        "replacing externalId with null removes it");
  }

  @Test
  void operationsApplyInOrder() {
    ScimUserInput user =
        apply(
            """
            {"op":"replace","path":"active","value":false},
            {"op":"replace","path":"userName","value":"bob"},
            {"op":"replace","path":"active","value":"True"},
            {"op":"replace","path":"userName","value":"carol"}
            """,
            ALICE);
    assertEquals(
        new ScimUserInput("carol", Optional.of("ext-1"), true),
        user,
        "a later operation on the same attribute wins");
  }

  @Test
  void operationMembersAndTheOperationsKeyAreCaseInsensitive() {
    ScimUserInput user =
        ScimPatch.apply(
            json(
                """
                {"Schemas":["URN:IETF:PARAMS:SCIM:API:MESSAGES:2.0:PATCHOP"],
                 "operations":[{"OP":"Replace","Path":"active","Value":false}]}
                """),
            ALICE);
    assertEquals(false, user.active(), "member names of the request are case-insensitive");
  }

  @Test
  void theMaximumNumberOfOperationsIsAccepted() {
    String operations =
        String.join(
            ",",
            Collections.nCopies(
                ScimPatch.MAX_OPERATIONS,
                "{\"op\":\"replace\",\"path\":\"title\",\"value\":\"t\"}"));
    assertEquals(ALICE, apply(operations, ALICE), "100 operations are within the limit");
  }
}
