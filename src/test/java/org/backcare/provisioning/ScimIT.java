package org.backcare.provisioning;

import static org.backcare.provisioning.ScimAssertions.assertNothingPersonal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.unboundid.scim2.client.ScimService;
import com.unboundid.scim2.common.exceptions.ResourceNotFoundException;
import com.unboundid.scim2.common.exceptions.ScimException;
import com.unboundid.scim2.common.filters.Filter;
import com.unboundid.scim2.common.messages.ListResponse;
import com.unboundid.scim2.common.messages.PatchOperation;
import com.unboundid.scim2.common.messages.PatchRequest;
import com.unboundid.scim2.common.types.AttributeDefinition;
import com.unboundid.scim2.common.types.Email;
import com.unboundid.scim2.common.types.Name;
import com.unboundid.scim2.common.types.ResourceTypeResource;
import com.unboundid.scim2.common.types.SchemaResource;
import com.unboundid.scim2.common.types.ServiceProviderConfigResource;
import com.unboundid.scim2.common.types.UserResource;
import java.net.URI;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
 * backcare's SCIM service provider as a real directory client sees it (UnboundID's SCIM 2 SDK):
 * create, read, search, page, replace, patch, delete and discovery, each on an employer of its own.
 * The client must get what a directory needs (ids, totals, active flags) and never a name or email
 * address it sent, since backcare keeps neither.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ScimIT {

  private static final String USER_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:User";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.backcare();
  }

  @ArquillianResource URL base;

  /** A user as a directory sends one, with a name and a work email backcare must not keep. */
  private static UserResource employee(String userName, String externalId) {
    UserResource user = new UserResource().setUserName(userName).setActive(true);
    user.setExternalId(externalId);
    user.setName(new Name().setGivenName("Wilhelmina").setFamilyName("Quarterbridge"));
    user.setDisplayName("Wilhelmina Quarterbridge");
    user.setEmails(
        List.of(
            new Email()
                .setValue("wilhelmina.quarterbridge@employer.example")
                .setType("work")
                .setPrimary(true)));
    return user;
  }

  private static final List<String> PERSONAL =
      List.of("Wilhelmina", "Quarterbridge", "wilhelmina.quarterbridge@employer.example");

  private static String pseudonym() {
    return "emp-" + UUID.randomUUID();
  }

  @Test
  void aDirectoryCreatesReadsAndFindsAUserAndGetsBackOnlyWhatBackcareKeeps() throws Exception {
    try (ScimTenant tenant = ScimTenant.create(base);
        DirectoryClient directory = new DirectoryClient(base, tenant)) {
      ScimService scim = directory.scim();
      String userName = pseudonym();
      String externalId = UUID.randomUUID().toString();

      UserResource created = scim.create("Users", employee(userName, externalId));
      assertNotNull(created.getId(), "the created user has an id the directory keeps");
      assertEquals(userName, created.getUserName(), "userName is stored as sent (no provider)");
      assertEquals(externalId, created.getExternalId(), "externalId comes back as sent");
      assertEquals(Boolean.TRUE, created.getActive(), "a new user is active");
      assertNull(created.getName(), "the name sent is not kept, so not returned");
      assertNull(created.getEmails(), "the emails sent are not kept, so not returned");
      assertNull(created.getDisplayName(), "the display name sent is not kept");
      assertNotNull(created.getMeta().getLocation(), "meta.location says where the user lives");
      assertEquals("User", created.getMeta().getResourceType(), "meta names the resource type");

      UserResource read = scim.retrieve(created);
      assertEquals(created.getId(), read.getId(), "meta.location leads back to the same user");
      assertEquals(userName, read.getUserName(), "a read answers the same userName");
      assertEquals(Boolean.TRUE, read.getActive(), "a read answers the same active flag");

      ListResponse<UserResource> byUserName =
          scim.searchRequest("Users")
              .filter(Filter.eq("userName", userName).toString())
              .invoke(UserResource.class);
      assertEquals(1, byUserName.getTotalResults(), "the userName filter finds the one user");
      assertEquals(created.getId(), byUserName.getResources().get(0).getId(), "by userName");

      ListResponse<UserResource> byExternalId =
          scim.searchRequest("Users")
              .filter(Filter.eq("externalId", externalId).toString())
              .invoke(UserResource.class);
      assertEquals(1, byExternalId.getTotalResults(), "the externalId filter finds the one user");
      assertEquals(created.getId(), byExternalId.getResources().get(0).getId(), "by externalId");

      ListResponse<UserResource> nobody =
          scim.searchRequest("Users")
              .filter(Filter.eq("userName", pseudonym()).toString())
              .invoke(UserResource.class);
      assertEquals(0, nobody.getTotalResults(), "an unknown userName finds nobody");
      assertTrue(nobody.getResources().isEmpty(), "and lists no resource");

      directory.answers().forEach(body -> assertNothingPersonal(body, PERSONAL));
    }
  }

  @Test
  void aDirectoryPagesThroughItsUsersWithStartIndexAndCount() throws Exception {
    try (ScimTenant tenant = ScimTenant.create(base);
        DirectoryClient directory = new DirectoryClient(base, tenant)) {
      ScimService scim = directory.scim();
      Set<String> ids = new HashSet<>();
      for (int i = 0; i < 5; i++) {
        ids.add(scim.create("Users", employee(pseudonym(), UUID.randomUUID().toString())).getId());
      }

      List<String> seen = new ArrayList<>();
      for (int start = 1; start <= 5; start += 2) {
        ListResponse<UserResource> page =
            scim.searchRequest("Users").page(start, 2).invoke(UserResource.class);
        assertEquals(5, page.getTotalResults(), "every page tells the total, from " + start);
        assertEquals(start, page.getStartIndex(), "the page starts where it was asked to");
        int expected = start == 5 ? 1 : 2;
        assertEquals(expected, page.getResources().size(), "page size from " + start);
        assertEquals(expected, page.getItemsPerPage(), "itemsPerPage counts the page's users");
        page.getResources().forEach(user -> seen.add(user.getId()));
      }
      assertEquals(5, seen.size(), "three pages of 2, 2 and 1 list five users: " + seen);
      assertEquals(ids, new HashSet<>(seen), "the pages list each created user exactly once");

      ListResponse<UserResource> beyond =
          scim.searchRequest("Users").page(6, 2).invoke(UserResource.class);
      assertEquals(5, beyond.getTotalResults(), "past the end, the total is still told");
      assertTrue(beyond.getResources().isEmpty(), "past the end, no user is listed");

      directory.answers().forEach(body -> assertNothingPersonal(body, PERSONAL));
    }
  }

  @Test
  void aDirectoryReplacesAUserThenDisablesAndReenablesIt() throws Exception {
    try (ScimTenant tenant = ScimTenant.create(base);
        DirectoryClient directory = new DirectoryClient(base, tenant)) {
      ScimService scim = directory.scim();
      UserResource created = scim.create("Users", employee(pseudonym(), "first-id"));

      created.setExternalId("second-id");
      created.setName(new Name().setGivenName("Wilhelmina").setFamilyName("Quarterbridge"));
      UserResource replaced = scim.replace(created);
      assertEquals(created.getId(), replaced.getId(), "a replace keeps the id");
      assertEquals("second-id", replaced.getExternalId(), "a replace stores the new externalId");
      assertEquals(Boolean.TRUE, replaced.getActive(), "the replaced user is still active");
      assertNull(replaced.getName(), "a replace keeps no name either");

      UserResource disabled =
          scim.modify(
              "Users",
              created.getId(),
              new PatchRequest(PatchOperation.replace("active", false)),
              UserResource.class);
      assertEquals(Boolean.FALSE, disabled.getActive(), "PATCH replace active false disables");
      assertEquals(
          Boolean.FALSE,
          scim.retrieve("Users", created.getId(), UserResource.class).getActive(),
          "a disabled user reads as inactive");
      ListResponse<UserResource> found =
          scim.searchRequest("Users")
              .filter(Filter.eq("externalId", "second-id").toString())
              .invoke(UserResource.class);
      assertEquals(1, found.getTotalResults(), "a disabled user is still listed to the directory");
      assertEquals(Boolean.FALSE, found.getResources().get(0).getActive(), "listed as inactive");

      UserResource enabled =
          scim.modify(
              "Users",
              created.getId(),
              new PatchRequest(PatchOperation.replace("active", true)),
              UserResource.class);
      assertEquals(Boolean.TRUE, enabled.getActive(), "PATCH replace active true enables again");
      assertEquals(created.getUserName(), enabled.getUserName(), "the userName never changed");

      directory.answers().forEach(body -> assertNothingPersonal(body, PERSONAL));
    }
  }

  @Test
  void aDeletedUserIsGoneForTheDirectory() throws Exception {
    try (ScimTenant tenant = ScimTenant.create(base);
        DirectoryClient directory = new DirectoryClient(base, tenant)) {
      ScimService scim = directory.scim();
      String userName = pseudonym();
      UserResource created = scim.create("Users", employee(userName, UUID.randomUUID().toString()));

      scim.delete("Users", created.getId());

      assertThrows(
          ResourceNotFoundException.class,
          () -> scim.retrieve("Users", created.getId(), UserResource.class),
          "a deleted user is not found");
      assertEquals(
          0,
          scim.searchRequest("Users")
              .filter(Filter.eq("userName", userName).toString())
              .invoke(UserResource.class)
              .getTotalResults(),
          "a deleted user is not found by its userName");
      assertThrows(
          ResourceNotFoundException.class,
          () -> scim.delete("Users", created.getId()),
          "deleting it again is a 404, which a directory treats as done");
    }
  }

  @Test
  void aUserDeletedWithinTheGracePeriodCanBeProvisionedAgain() throws Exception {
    try (ScimTenant tenant = ScimTenant.create(base, "leavers.grace-days=7\n");
        DirectoryClient directory = new DirectoryClient(base, tenant)) {
      ScimService scim = directory.scim();
      String userName = pseudonym();
      UserResource first = scim.create("Users", employee(userName, "rehire-1"));
      scim.delete("Users", first.getId());
      assertThrows(
          ResourceNotFoundException.class,
          () -> scim.retrieve("Users", first.getId(), UserResource.class),
          "while in the grace period the deleted user is hidden from the directory");

      UserResource again = scim.create("Users", employee(userName, "rehire-2"));
      assertEquals(userName, again.getUserName(), "the same employee is provisioned again");
      assertEquals("rehire-2", again.getExternalId(), "with the externalId sent now");
      assertEquals(Boolean.TRUE, again.getActive(), "and active again");
      assertEquals(
          1,
          scim.searchRequest("Users")
              .filter(Filter.eq("userName", userName).toString())
              .invoke(UserResource.class)
              .getTotalResults(),
          "the employee exists once");
    }
  }

  /**
   * RFC 7643 section 5 defines what a ServiceProviderConfig holds; a client that checks it (this
   * SDK does) refuses the whole document if it holds anything else, such as a top-level
   * description, and then cannot learn that PATCH and filters are supported.
   */
  @Test
  void aDirectoryReadsWhatTheServiceProviderSupports() throws ScimException {
    try (ScimTenant tenant = ScimTenant.create(base);
        DirectoryClient directory = new DirectoryClient(base, tenant)) {
      ServiceProviderConfigResource config = directory.scim().getServiceProviderConfig();
      assertTrue(config.getPatch().isSupported(), "PATCH is supported");
      assertTrue(config.getFilter().isSupported(), "filters are supported");
      assertEquals(200, config.getFilter().getMaxResults(), "at most 200 results a page");
      assertFalse(config.getBulk().isSupported(), "bulk is not supported");
      assertFalse(config.getSort().isSupported(), "sorting is not supported");
      assertFalse(config.getEtag().isSupported(), "ETags are not advertised");
      assertFalse(config.getChangePassword().isSupported(), "passwords are not kept");
      assertEquals(
          List.of("oauthbearertoken"),
          config.getAuthenticationSchemes().stream().map(s -> s.getType()).toList(),
          "the directory authenticates with a bearer token");
      com.fasterxml.jackson.databind.JsonNode privacy =
          config
              .getExtensionObjectNode()
              .get("urn:backcare:params:scim:schemas:extension:privacy:1.0");
      assertEquals(
          "[\"userName\",\"externalId\",\"active\"]",
          String.valueOf(privacy == null ? null : privacy.get("storedAttributes")),
          "the configuration says which attributes backcare stores: " + privacy);
      assertTrue(
          privacy.get("description").asText().contains("never stored"),
          "and in words that names and emails are discarded");
    }
  }

  @Test
  void aDirectoryReadsTheUserResourceTypeAndSchema() throws ScimException {
    try (ScimTenant tenant = ScimTenant.create(base);
        DirectoryClient directory = new DirectoryClient(base, tenant)) {
      ScimService scim = directory.scim();

      ListResponse<ResourceTypeResource> types = scim.getResourceTypes();
      assertEquals(1, types.getTotalResults(), "one resource type");
      ResourceTypeResource user = scim.getResourceType("User");
      assertEquals("User", user.getName(), "the resource type is User");
      assertEquals(URI.create("/Users"), user.getEndpoint(), "at /Users");
      assertEquals(URI.create(USER_SCHEMA), user.getSchema(), "with the core User schema");

      ListResponse<SchemaResource> schemas = scim.getSchemas();
      assertEquals(1, schemas.getTotalResults(), "one schema");
      SchemaResource schema = scim.getSchema(USER_SCHEMA);
      assertEquals(USER_SCHEMA, schema.getId(), "the User schema by its URN");
      assertEquals(
          Set.of("userName", "externalId", "active"),
          schema.getAttributes().stream()
              .map(AttributeDefinition::getName)
              .collect(java.util.stream.Collectors.toSet()),
          "the schema lists exactly the three attributes backcare keeps");
      assertTrue(
          schema.getAttributes().stream()
              .filter(a -> a.getName().equals("userName"))
              .allMatch(AttributeDefinition::isRequired),
          "userName is required");
    }
  }
}
