package org.backcare.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.awaitility.Awaitility;
import org.backcare.testing.Deployments;
import org.backcare.testing.Http;
import org.backcare.testing.Tokens;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Tenants are configuration: a new file serves within seconds, a changed file takes effect without
 * a restart, a broken file disables only its own tenant (named with file, key and reason in the log
 * and the readiness check), and environment variables override files.
 *
 * <p>Each test writes its own uniquely named tenant file into the test server's tenant folder and
 * removes it afterwards.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TenantConfigurationIT {

  private static final Duration RELOAD_LIMIT = Duration.ofSeconds(15);

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.backcare();
  }

  @ArquillianResource URL base;

  @Test
  void newAndChangedTenantFilesTakeEffectWithoutRestart() throws Exception {
    String id = "hot-" + UUID.randomUUID().toString().substring(0, 8);
    Path file = tenantFile(id);
    try {
      String keys = keys();
      write(file, "name=Hot Reload Ltd\nissuer=https://portal." + id + ".test\n" + keys);
      Http member = signInAs(id);
      assertEquals(
          "Hot Reload Ltd", tenantName(member), "a new tenant file serves without a restart");

      write(file, "name=Hot Reload Renamed\nissuer=https://portal." + id + ".test\n" + keys);
      String renamed =
          eventually(() -> tenantName(member), "Hot Reload Renamed"::equals, "renamed tenant");
      assertEquals(
          "Hot Reload Renamed", renamed, "a changed tenant file takes effect without a restart");
    } finally {
      Files.deleteIfExists(file);
    }
  }

  @Test
  void brokenFileDisablesOnlyItsTenantAndSaysWhy() throws Exception {
    String id = "broken-" + UUID.randomUUID().toString().substring(0, 8);
    Path file = tenantFile(id);
    try {
      write(
          file,
          "name=Broken Ltd\nissuer=https://portal."
              + id
              + ".test\nbrand.primary=blue\n"
              + "modules=tips,yoga\n");
      String ready =
          eventually(
              () -> new Http(base).get("/health/ready").body(),
              body -> body.contains("disabled." + id),
              "readiness to list " + id);
      assertTrue(ready.contains(file.getFileName().toString()), "names the file: " + ready);
      assertTrue(ready.contains("key brand.primary"), "names the key: " + ready);
      assertTrue(ready.contains("'blue' is not a colour"), "gives the reason: " + ready);
      assertTrue(ready.contains("unknown module 'yoga'"), "reports every problem: " + ready);

      String log = eventually(this::serverLog, l -> l.contains("Tenant " + id), "log line");
      assertTrue(
          log.contains("Tenant " + id + " is disabled: " + file + ", key brand.primary:"),
          "the log names tenant, file, key and reason");

      HttpResponse<String> demo = new Http(base).get("/backcare/api/v1/tenant");
      assertEquals(200, demo.statusCode(), "other tenants keep serving");
      assertEquals(
          "Demo Health Co",
          Http.json(demo).getString("name"),
          "another employer's settings are unaffected by the disabled one");
      HttpResponse<String> home = new Http(base).get("/backcare/");
      assertTrue(!home.body().contains("value=\"" + id + "\""), "a disabled tenant is not offered");
    } finally {
      Files.deleteIfExists(file);
    }
  }

  @Test
  void environmentVariablesOverrideTenantFiles() {
    HttpResponse<String> globex = signInAs("globex").get("/backcare/api/v1/tenant");
    assertEquals(
        "Globex care line (set by environment)",
        Http.json(globex).getJsonObject("care").getString("label"),
        "BACKCARE_TENANT_GLOBEX_CARE_LABEL, set for the test server by failsafe, wins");
    assertEquals(
        "Globex Corporation", Http.json(globex).getString("name"), "other keys come from the file");
  }

  private Http signInAs(String tenant) {
    Http http = new Http(base);
    eventually(
        () -> http.get("/backcare/").body(),
        page -> page.contains("value=\"" + tenant + "\""),
        "demo sign-in to offer " + tenant);
    HttpResponse<String> launched = http.signInAsDemo(tenant);
    assertEquals(303, launched.statusCode(), launched.body());
    return http;
  }

  /** The keys a new test tenant needs: its portal's public key, and the demo signing key. */
  private static String keys() {
    KeyPair keys = Tokens.rsaKeys();
    return "launch-key="
        + Tokens.pem(keys.getPublic()).replace('\n', ' ')
        + "\ndemo.private-key="
        + Tokens.pem(keys.getPrivate()).replace('\n', ' ')
        + "\n";
  }

  private static String tenantName(Http member) {
    HttpResponse<String> tenant = member.get("/backcare/api/v1/tenant");
    assertEquals(200, tenant.statusCode(), tenant.body());
    return Http.json(tenant).getString("name");
  }

  private static Path tenantFile(String id) {
    return Path.of(System.getProperty("backcare.it.config.dir"), "tenants", id + ".properties");
  }

  private static void write(Path file, String content) throws IOException {
    Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
    Files.writeString(temporary, content, StandardCharsets.UTF_8);
    Files.move(
        temporary,
        file,
        java.nio.file.StandardCopyOption.REPLACE_EXISTING,
        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
  }

  /**
   * The test server's log file, wherever its runtime writes it ({@code backcare.it.server.log}).
   */
  private String serverLog() {
    try {
      return Files.readString(Path.of(System.getProperty("backcare.it.server.log")));
    } catch (IOException e) {
      return "";
    }
  }

  private static <T> T eventually(Supplier<T> probe, Predicate<T> done, String what) {
    return Awaitility.await(what)
        .atMost(RELOAD_LIMIT)
        .pollInterval(Duration.ofMillis(200))
        .until(probe::get, done::test);
  }
}
