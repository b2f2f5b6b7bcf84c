package org.backcare.provisioning.domain;

import static org.backcare.provisioning.domain.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScimFilterTest {

  @Test
  void readsEntraIdsLookUpBeforeCreate() {
    assertEquals(
        new ScimFilter("userName", "Test_User_ab6490ee-1e48-479e-a20b-2d77186b5dd1"),
        ScimFilter.parse("userName eq \"Test_User_ab6490ee-1e48-479e-a20b-2d77186b5dd1\""),
        "Entra ID's userName equality filter from Microsoft's SCIM tutorial is understood");
  }

  @Test
  void readsOktasLookUpBeforeCreate() {
    assertEquals(
        new ScimFilter("userName", "test.user@okta.local"),
        ScimFilter.parse("userName eq \"test.user@okta.local\""),
        "Okta's userName equality filter is understood");
  }

  @Test
  void readsAnExternalIdLookUp() {
    assertEquals(
        new ScimFilter("externalId", "0a21f0f2-8d2a-4f8e-bf98-7363c4aed4ef"),
        ScimFilter.parse("externalId eq \"0a21f0f2-8d2a-4f8e-bf98-7363c4aed4ef\""),
        "an equality filter on externalId is understood");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "USERNAME EQ \"alice\"",
        "username Eq \"alice\"",
        "urn:ietf:params:scim:schemas:core:2.0:User:userName eq \"alice\"",
        "URN:IETF:PARAMS:SCIM:SCHEMAS:CORE:2.0:USER:userName eq \"alice\"",
        "  userName   eq\t\"alice\"  "
      })
  void attributeOperatorPrefixAndWhitespaceAreLenient(String filter) {
    assertEquals(
        new ScimFilter("userName", "alice"),
        ScimFilter.parse(filter),
        "attribute and operator are case-insensitive, the core URN prefix and spaces optional: "
            + filter);
  }

  @Test
  void jsonEscapesInTheValueAreUndone() {
    assertEquals(
        "a\"b\\c/d\u00e9",
        ScimFilter.parse("userName eq \"a\\\"b\\\\c\\/d\\u00e9\"").value(),
        "\\\" \\\\ \\/ and \\u escapes inside the quotes mean the characters they stand for");
  }

  @Test
  void aValueMayContainSpacesAndOperatorWords() {
    assertEquals(
        "x and userName eq y",
        ScimFilter.parse("userName eq \"x and userName eq y\"").value(),
        "words inside the quotes are part of the value, not of the filter");
  }

  @Test
  void anEmptyValueIsAValue() {
    assertEquals(
        new ScimFilter("externalId", ""),
        ScimFilter.parse("externalId eq \"\""),
        "an empty string is a value to compare with, finding nobody");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "userName co \"ali\"",
        "userName sw \"ali\"",
        "userName ew \"ce\"",
        "userName ne \"alice\"",
        "userName gt \"alice\"",
        "userName pr",
        "userName eq alice",
        "userName eq 'alice'",
        "userName eq \"alice",
        "userName eq \"alice\" and active eq true",
        "userName eq \"a\" or userName eq \"b\"",
        "(userName eq \"alice\")",
        "not (userName eq \"alice\")",
        "displayName eq \"Alice\"",
        "emails[type eq \"work\"].value eq \"a@b.c\"",
        "emails.value eq \"a@b.c\"",
        "id eq \"1\"",
        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber eq \"1\"",
        "userNameeq \"alice\"",
        "userName eq \"bad \\x escape\"",
        "userName eq \"a\" \"b\""
      })
  void everythingElseIsAnInvalidFilter(String filter) {
    ScimException e =
        assertRefused(
            "invalidFilter",
            () -> ScimFilter.parse(filter),
            "only userName/externalId equality is supported: " + filter);
    assertTrue(
        e.detail().contains("userName eq") && e.detail().contains("externalId eq"),
        "the detail says which filters are supported, not just that this one is not");
  }
}
