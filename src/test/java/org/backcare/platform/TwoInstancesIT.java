package org.backcare.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.backcare.testing.ApiMember;
import org.backcare.testing.DatabaseOutage;
import org.backcare.testing.Http;
import org.backcare.testing.TemporaryTenant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two more backcare servers, assembled and started here as production runs them (sessions in the
 * database through {@code deploy/liberty/production.xml}, PostgreSQL, the WAR Maven built), beside
 * the test server on the same database: a member's session survives the instance that made it
 * dying; a slow portal receives each event attempt once although three dispatchers share the
 * outbox; visitors' pages leave no session rows; a leaver deprovisioned through one instance is
 * signed out on both. Runs on PostgreSQL (CI's second pass).
 */
class TwoInstancesIT {

  private static final String DB_URL = System.getenv("DB_URL");
  private static final Path WLP =
      Path.of(System.getProperty("backcare.wlp.home", "target/liberty/wlp"));
  private static final List<Instance> INSTANCES = new ArrayList<>();
  private static final List<String> STARTUP_ERRORS = new ArrayList<>();
  private static final List<String> STARTING_ANSWERS =
      new java.util.concurrent.CopyOnWriteArrayList<>();

  /** One of the two extra servers. */
  record Instance(String name, int port) {
    URL base() {
      try {
        return URI.create("http://localhost:" + port + "/backcare/").toURL();
      } catch (java.net.MalformedURLException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  @BeforeAll
  static void startTwoInstances() throws Exception {
    // Sessions that outlive an instance are the server's work, configured differently per server:
    // Open Liberty keeps them in the database (deploy/liberty/production.xml, assembled here),
    // Payara Micro replicates them through its Hazelcast data grid. This test builds Liberty
    // servers, so it runs in the Liberty passes; the outbox it also checks is the same code on any
    // server.
    Assumptions.assumeTrue(
        "liberty".equals(System.getProperty("backcare.it.runtime", "liberty")),
        "assembles Open Liberty servers with database sessions; Payara shares sessions by Hazelcast");
    Assumptions.assumeTrue(
        DB_URL != null && DB_URL.startsWith("jdbc:postgresql:"),
        "needs PostgreSQL (DB_URL): instances share sessions and the outbox through it");
    INSTANCES.add(assemble("backcareA", 9281));
    INSTANCES.add(assemble("backcareB", 9282));
    List<Process> starting = new ArrayList<>();
    for (Instance instance : INSTANCES) {
      starting.add(server("start", instance.name()).start());
    }
    for (Process process : starting) {
      process.waitFor();
    }
    for (Instance instance : INSTANCES) {
      Awaitility.await(instance.name() + " serves")
          .atMost(Duration.ofSeconds(120))
          .pollInterval(Duration.ofMillis(200))
          .ignoreExceptions()
          .until(
              () -> {
                int page = new Http(instance.base()).get("/backcare/").statusCode();
                STARTING_ANSWERS.add(instance.name() + " " + page);
                return page == 200
                    && new Http(instance.base()).get("/health/ready").statusCode() == 200;
              });
      Path log = WLP.resolve("usr/servers/" + instance.name() + "/logs/messages.log");
      try (var lines = Files.lines(log)) {
        lines.filter(line -> ERROR_LINE.matcher(line).find()).forEach(STARTUP_ERRORS::add);
      }
    }
  }

  /** A line Open Liberty logged at error level: {@code [time] thread class E message}. */
  private static final java.util.regex.Pattern ERROR_LINE =
      java.util.regex.Pattern.compile("^\\[[^\\]]+\\] \\S+ +\\S+ +E ");

  /** A clean start, as production starts (the WAR in dropins, production.xml), logs no error. */
  /**
   * A leaver's session ends on every instance at once: the member's session lives in the database
   * and is used on both instances; the employer's directory deprovisions them through one instance
   * (SCIM, as Entra ID sends it); the next request on either instance finds them signed out. It
   * needs both instances up; JUnit's default method order runs it before the test that stops one.
   */
  @Test
  void aLeaverDeprovisionedThroughOneInstanceIsSignedOutOnBoth() {
    Instance a = INSTANCES.get(0);
    Assumptions.assumeTrue(alive(a), "both instances are up (another test stops one)");
    Instance b = INSTANCES.get(1);
    String secret = "two-instances-scim-" + java.util.UUID.randomUUID();
    try (TemporaryTenant tenant =
        new TemporaryTenant(
            "leavers",
            "name=Two Instances Co\neligibility=scim\nscim.secret="
                + secret
                + "\nbenefits.contact=the Benefits Desk\n")) {
      tenant.awaitKnown(a.base());
      tenant.awaitKnown(b.base());
      String subject = "m-" + java.util.UUID.randomUUID();
      Http directory = new Http(b.base());
      HttpResponse<String> created =
          directory.send(
              "POST",
              "/backcare/scim/v2/" + tenant.id() + "/Users",
              "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\""
                  + subject
                  + "\"}",
              "Authorization",
              "Bearer " + secret,
              "Content-Type",
              "application/scim+json");
      assertEquals(201, created.statusCode(), created.body());
      String id = Http.json(created).getString("id");

      Http member = new Http(a.base());
      String token = tenant.launch().claim("sub", subject).claim("dest", "home").sign();
      HttpResponse<String> launched =
          member.get("/backcare/launch?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
      assertEquals(303, launched.statusCode(), launched.body());
      Http sameBrowserOnB = member.at(b.base());
      assertTrue(signedIn(member), "signed in on A");
      assertTrue(signedIn(sameBrowserOnB), "the same session on B");

      HttpResponse<String> deprovisioned =
          directory.send(
              "PATCH",
              "/backcare/scim/v2/" + tenant.id() + "/Users/" + id,
              "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],"
                  + "\"Operations\":[{\"op\":\"Replace\",\"path\":\"active\",\"value\":\"False\"}]}",
              "Authorization",
              "Bearer " + secret,
              "Content-Type",
              "application/scim+json");
      assertEquals(200, deprovisioned.statusCode(), deprovisioned.body());
      assertTrue(!signedIn(member), "A signs the leaver out on their next request");
      assertTrue(!signedIn(sameBrowserOnB), "and so does B");
    }
  }

  private static boolean alive(Instance instance) {
    try {
      return new Http(instance.base()).get("/health/live").statusCode() == 200;
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static boolean signedIn(Http browser) {
    return browser.get("/backcare/api/v1/me").statusCode() == 200;
  }

  @Test
  void aCleanStartLogsNoError() {
    Assumptions.assumeFalse(STARTING_ANSWERS.isEmpty(), "the instances started");
    assertEquals(List.of(), STARTUP_ERRORS, "errors logged while starting");
  }

  /**
   * What backcare's address answered while the instances started. Open Liberty opens its port only
   * once the application has started, so a starting instance refuses the connection (the ingress
   * tries another) or, while migrations or the database are not ready, answers 503; a 404 would
   * tell a client the address does not exist.
   */
  @Test
  void aStartingInstanceNeverAnswersNotFound() {
    Assumptions.assumeFalse(STARTING_ANSWERS.isEmpty(), "the instances started");
    assertTrue(
        STARTING_ANSWERS.stream().noneMatch(answer -> answer.endsWith(" 404")),
        "answers while starting: " + STARTING_ANSWERS);
  }

  @AfterAll
  static void stopTheInstances() throws Exception {
    for (Instance instance : INSTANCES) {
      server("stop", instance.name()).start().waitFor();
    }
  }

  /** A server directory like production's: the product's server.xml plus production.xml. */
  private static Instance assemble(String name, int port) throws IOException {
    Path it = WLP.resolve("usr/servers").resolve(System.getProperty("backcare.it.server"));
    Path dir = WLP.resolve("usr/servers").resolve(name);
    deleteTree(dir);
    Files.createDirectories(dir.resolve("configDropins/overrides"));
    Files.createDirectories(dir.resolve("dropins"));
    Files.createDirectories(dir.resolve("lib/jdbc"));
    Files.copy(it.resolve("server.xml"), dir.resolve("server.xml"));
    Files.copy(
        Path.of("deploy/liberty/production.xml"),
        dir.resolve("configDropins/overrides/production.xml"));
    try (Stream<Path> drivers = Files.list(it.resolve("lib/jdbc"))) {
      for (Path driver : drivers.toList()) {
        Files.copy(driver, dir.resolve("lib/jdbc").resolve(driver.getFileName()));
      }
    }
    Files.copy(
        Path.of(System.getProperty("backcare.war")),
        dir.resolve("dropins/backcare.war"),
        StandardCopyOption.REPLACE_EXISTING);
    Files.writeString(
        dir.resolve("bootstrap.properties"),
        "http.port=" + port + "\nhttps.port=" + (port + 400) + "\n");
    Files.writeString(
        dir.resolve("jvm.options"),
        String.join(
            "\n",
            "-Dbackcare.config.dir=" + System.getProperty("backcare.it.config.dir"),
            "-Dbackcare.demo=true",
            "-Dbackcare.tenants.refresh-seconds=0.5",
            "-Dbackcare.events.poll-seconds=0.3",
            "-Dbackcare.events.timeout-seconds=10",
            "-Dbackcare.retention.first-run-minutes=1440",
            ""));
    return new Instance(name, port);
  }

  private static ProcessBuilder server(String action, String name) {
    return new ProcessBuilder(WLP.resolve("bin/server").toString(), action, name)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD);
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path path : all.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
        Files.delete(path);
      }
    }
  }

  /** Kills an instance as a crash would: no shutdown, no chance to write anything more. */
  private static void crash(Instance instance) {
    ProcessHandle.allProcesses()
        .filter(
            p ->
                p.info()
                    .commandLine()
                    .map(c -> c.contains("ws-server.jar") && c.contains(instance.name()))
                    .orElse(false))
        .forEach(ProcessHandle::destroyForcibly);
    Awaitility.await(instance.name() + " is down")
        .atMost(Duration.ofSeconds(30))
        .ignoreExceptions()
        .until(
            () -> {
              try {
                new Http(instance.base()).get("/health/live");
                return false;
              } catch (UncheckedIOException refused) {
                return true;
              }
            });
  }

  private static int sessionRows() throws SQLException {
    try (Connection db =
            DriverManager.getConnection(
                DB_URL,
                System.getenv().getOrDefault("DB_USER", "postgres"),
                System.getenv().getOrDefault("DB_PASSWORD", ""));
        ResultSet rows =
            // Liberty also keeps one row per application (id = appname), written on its first
            // request; only the other rows are sessions.
            db.createStatement()
                .executeQuery("SELECT count(*) FROM backcare_http_sessions WHERE id <> appname")) {
      rows.next();
      return rows.getInt(1);
    }
  }

  @Test
  void visitorsLeaveNoSessionRowsAndAMemberSessionSurvivesItsInstanceDying() throws Exception {
    Instance a = INSTANCES.get(0);
    Instance b = INSTANCES.get(1);
    Http visitor = new Http(a.base());
    int before = sessionRows();
    for (int i = 0; i < 25; i++) {
      for (String page :
          List.of("/backcare/", "/backcare/index.xhtml", "/backcare/tips/self-check.xhtml")) {
        assertEquals(200, visitor.get(page).statusCode(), page);
      }
    }
    assertEquals(before, sessionRows(), "75 visitor pages wrote no session");

    // A member launches on A; A dies; B carries on with the same session from the database.
    Http member = new Http(a.base());
    String token = org.backcare.testing.TenantKeys.of("demo").launch().claim("dest", "home").sign();
    HttpResponse<String> launched =
        member.get("/backcare/launch?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
    assertEquals(303, launched.statusCode(), launched.body());
    assertTrue(member.follow(launched).body().contains("id=\"signed-in\""), "signed in on A");
    assertTrue(sessionRows() > before, "the member's session is in the database");
    crash(a);
    Http sameBrowserOnB = member.at(b.base());
    String home = sameBrowserOnB.get("/backcare/").body();
    assertTrue(home.contains("id=\"signed-in\""), "B knows the member after A died: " + home);

    // The session store is the database: while it is away, B can read no session, and must say
    // so with a 503 page rather than show the visitor's page as if the member had signed out.
    try (DatabaseOutage outage = DatabaseOutage.begin(DB_URL)) {
      DatabaseOutageIT.assertOutagePage(sameBrowserOnB.get("/backcare/"), "home on B");
    }
    Awaitility.await("B reads the session again")
        .atMost(Duration.ofSeconds(30))
        .ignoreExceptions()
        .until(() -> sameBrowserOnB.get("/backcare/").body().contains("id=\"signed-in\""));
  }

  /** A portal that takes its time over every event and records each attempt it receives. */
  static final class SlowPortal implements AutoCloseable {
    final List<String> received = new CopyOnWriteArrayList<>();
    final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
    final HttpServer server;

    SlowPortal(Duration delay) throws IOException {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      server.setExecutor(Executors.newFixedThreadPool(8));
      server.createContext(
          "/events",
          exchange -> {
            exchange.getRequestBody().readAllBytes();
            String id = exchange.getRequestHeaders().getFirst("Backcare-Event-Id");
            received.add(id);
            attempts.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
            try {
              Thread.sleep(delay.toMillis());
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
          });
      server.start();
    }

    String url() {
      return "http://127.0.0.1:" + server.getAddress().getPort() + "/events";
    }

    @Override
    public void close() {
      server.stop(0);
    }
  }

  @Test
  void aSlowPortalReceivesEachEventOnceWhileThreeInstancesShareTheOutbox() throws Exception {
    Instance b = INSTANCES.get(1);
    // Twelve events of five seconds each: one dispatcher sending a leased batch one after another
    // would outlive its lease (timeout + 30 s) and let another instance send the rest again.
    try (SlowPortal portal = new SlowPortal(Duration.ofSeconds(5));
        TemporaryTenant tenant =
            new TemporaryTenant(
                "cluster",
                "name=Cluster Test Co\nmodules=tips,toolbox,programs\n"
                    + "events.url="
                    + portal.url()
                    + "\nevents.secret=cluster-test-secret-0123456789abcdef\n")) {
      tenant.awaitKnown(b.base());
      Set<String> members = new HashSet<>();
      for (int i = 0; i < 12; i++) {
        ApiMember m = new ApiMember(b.base(), tenant::launch);
        for (String move : List.of("cat-cow", "knee-rocking", "glute-bridge")) {
          m.keep(move);
        }
        members.add(m.subject());
      }
      Awaitility.await("twelve toolbox events reach the slow portal")
          .atMost(Duration.ofSeconds(150))
          .pollInterval(Duration.ofMillis(500))
          .until(() -> portal.attempts.size() >= 12);
      // Any second sender of the same attempt has a further twelve seconds to show itself.
      Awaitility.await("no attempt arrives twice")
          .during(Duration.ofSeconds(12))
          .atMost(Duration.ofSeconds(14))
          .pollInterval(Duration.ofMillis(250))
          .until(() -> portal.received.size() == portal.attempts.size());
      assertEquals(12, portal.attempts.size(), "one event per member: " + portal.received);
      portal.attempts.forEach(
          (id, count) ->
              assertEquals(1, count.get(), "event " + id + " was sent " + count + " times"));
      assertEquals(
          12,
          members.size(),
          "each launch made a member of its own, so twelve events means one each");
    }
  }
}
