package org.backcare.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A real identity provider for the single sign-on tests: Keycloak (the Quarkus distribution the
 * build unpacks into {@code target/keycloak}), started once per test run in development mode with
 * the realm in {@code src/test/resources/keycloak}, on loopback only, and stopped when the tests'
 * JVM exits. Keycloak needs Java 21 or newer: the Temurin 25 JDK under {@code /usr/lib/jvm} is used
 * when the build runs on 17.
 */
public final class IdentityProvider {

  /** The realm the tests use. */
  public static final String REALM = "backcare-it";

  private static IdentityProvider running;

  private final int port;
  private final Process process;

  private IdentityProvider(int port, Process process) {
    this.port = port;
    this.process = process;
  }

  /** Keycloak, started on first use; later calls get the same one. */
  public static synchronized IdentityProvider start(String backcareBase) {
    if (running != null) {
      return running;
    }
    int port = Integer.getInteger("backcare.it.idp.port", 9480);
    Path home = home();
    Path imports = home.resolve("data/import");
    try {
      // A fresh realm every run: a database left by an earlier run would keep its old addresses.
      deleteTree(home.resolve("data/h2"));
      Files.createDirectories(imports);
      String realm =
          Files.readString(
                  Path.of(
                      System.getProperty("user.dir"),
                      "src/test/resources/keycloak/backcare-it-realm.json"),
                  StandardCharsets.UTF_8)
              .replace("@BACKCARE@", backcareBase);
      Files.writeString(imports.resolve(REALM + "-realm.json"), realm, StandardCharsets.UTF_8);
      ProcessBuilder builder =
          new ProcessBuilder(
                  "bash",
                  home.resolve("bin/kc.sh").toString(),
                  "start-dev",
                  "--import-realm",
                  "--http-host=127.0.0.1",
                  "--http-port=" + port,
                  "--http-management-port=" + (port + 1),
                  "--cache=local",
                  "--log-level=warn")
              .redirectErrorStream(true)
              .redirectOutput(home.resolve("keycloak.log").toFile());
      Map<String, String> env = builder.environment();
      env.put("JAVA_HOME", javaHome().toString());
      env.put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
      Process process = builder.start();
      IdentityProvider provider = new IdentityProvider(port, process);
      Runtime.getRuntime().addShutdownHook(new Thread(provider::stop));
      provider.awaitReady(home.resolve("keycloak.log"));
      running = provider;
      return provider;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The realm's issuer, as its ID tokens name it. */
  public String issuer() {
    return "http://127.0.0.1:" + port + "/realms/" + REALM;
  }

  /** The realm's end-session address, where an employee signs out of their employer's provider. */
  public String endSession() {
    return issuer() + "/protocol/openid-connect/logout";
  }

  private void awaitReady(Path log) throws IOException {
    HttpClient http = HttpClient.newHttpClient();
    URI discovery = URI.create(issuer() + "/.well-known/openid-configuration");
    Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "Keycloak stopped while starting; its log:\n" + Files.readString(log));
      }
      try {
        HttpResponse<Void> answer =
            http.send(
                HttpRequest.newBuilder(discovery).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.discarding());
        if (answer.statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    stop();
    throw new IllegalStateException("Keycloak did not start in 4 minutes; see " + log);
  }

  private void stop() {
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  private static Path home() {
    Path unpacked = Path.of(System.getProperty("user.dir"), "target", "keycloak");
    try (Stream<Path> dirs = Files.list(unpacked)) {
      return dirs.filter(d -> Files.isExecutable(d.resolve("bin/kc.sh")))
          .findFirst()
          .orElseThrow(() -> new IllegalStateException("no Keycloak under " + unpacked));
    } catch (IOException e) {
      throw new IllegalStateException(
          "Keycloak is not unpacked under " + unpacked + " (the build does it before the tests)",
          e);
    }
  }

  /** A JDK of 21 or newer: this JVM's if it is one, else Temurin 25 under /usr/lib/jvm. */
  private static Path javaHome() {
    Path current = Path.of(System.getProperty("java.home"));
    if (Runtime.version().feature() >= 21) {
      return current;
    }
    try (Stream<Path> jdks = Files.list(Path.of("/usr/lib/jvm"))) {
      Optional<Path> newer =
          jdks.filter(d -> d.getFileName().toString().matches("temurin-(2[1-9]|[3-9][0-9]).*"))
              .filter(d -> Files.isExecutable(d.resolve("bin/java")))
              .sorted()
              .reduce((a, b) -> b);
      return newer.orElseThrow(
          () ->
              new IllegalStateException(
                  "Keycloak needs Java 21 or newer; none found under /usr/lib/jvm"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
