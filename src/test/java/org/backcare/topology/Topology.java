package org.backcare.topology;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.backcare.tenant.domain.Pem;
import org.backcare.testing.Tokens;

/**
 * The running production topology as {@code .ci/topology/run} started it (nginx with TLS in front
 * of two backcare instances, Keycloak over HTTPS, the employer's portal site), described by the
 * {@code topology.properties} file it writes. The checks read every address and port from here, so
 * the script alone decides them; without the file (the topology is not running) they fail at once
 * with a message saying how to start it.
 */
final class Topology {

  private final Properties values = new Properties();

  private Topology(Path file) {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      values.load(reader);
    } catch (IOException e) {
      throw new IllegalStateException(
          "no running topology (" + file + "): run bash .ci/topology/run after mvn verify", e);
    }
  }

  /** The topology described in {@code <topology.dir>/topology.properties}. */
  static Topology running() {
    String dir = System.getProperty("topology.dir", "target/topology");
    return new Topology(Path.of(dir, "topology.properties"));
  }

  private String value(String key) {
    String value = values.getProperty(key);
    if (value == null) {
      throw new IllegalStateException("topology.properties has no " + key);
    }
    return value;
  }

  /** Where members reach backcare: {@code https://backcare.test:<ingress>/backcare}. */
  String backcare() {
    return value("backcare.url");
  }

  /** {@code path} (starting with {@code /}) under backcare's public address. */
  String backcare(String path) {
    return backcare() + path;
  }

  /** The ingress's authority, as a request names it in {@code Host}. */
  String ingressAuthority() {
    URI uri = URI.create(backcare());
    return uri.getHost() + ":" + uri.getPort();
  }

  int ingressPort() {
    return Integer.parseInt(value("ingress.port"));
  }

  /** The employer portal's origin, {@code https://portal.test:<ingress>}. */
  String portal() {
    return value("portal.url");
  }

  /** Keycloak's realm, the employers' identity provider. */
  String realm() {
    return value("idp.url") + "/realms/backcare-it";
  }

  int instancePort(char which) {
    return Integer.parseInt(value("instance." + Character.toLowerCase(which) + ".port"));
  }

  /** The loopback address {@code instancePort} would answer on, as nginx names it. */
  String instanceAddress(char which) {
    return "127.0.0.1:" + instancePort(which);
  }

  /** {@code true} when the script runs the proof with a wrong public address. */
  boolean wrongPublicUrl() {
    return "wrong-public-url".equals(value("mode"));
  }

  Path chromiumHome() {
    return Path.of(value("chromium.home"));
  }

  Path samlIdpKey() {
    return Path.of(value("saml.idp.key"));
  }

  Path samlIdpCertificate() {
    return Path.of(value("saml.idp.cert"));
  }

  /** A valid launch token of the portal tenant, signed with the key only the portal holds. */
  Tokens portalLaunch() {
    try {
      String pem = Files.readString(Path.of(value("portal.launch.key")), StandardCharsets.UTF_8);
      return Tokens.launch(value("portal.issuer"), Pem.privateKey(pem));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes the portal's page (the template {@code .ci/topology/portal.html}) with a fresh launch
   * token, and returns its address. A launch token is single use, so each run needs its own.
   */
  String writePortalPage(String token) {
    try {
      String page =
          Files.readString(Path.of(".ci/topology/portal.html"), StandardCharsets.UTF_8)
              .replace("@LAUNCH@", backcare("/launch"))
              .replace("@TOKEN@", token);
      Files.writeString(Path.of(value("portal.dir"), "index.html"), page, StandardCharsets.UTF_8);
      return portal() + "/";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Stops instance {@code which} as an operator would ({@code server stop}, which returns once the
   * server has stopped).
   */
  void stopInstance(char which) throws IOException, InterruptedException {
    Path server = Path.of(value("wlp"), "bin", "server");
    Process stop =
        new ProcessBuilder(
                server.toString(),
                "stop",
                value("instance." + Character.toLowerCase(which) + ".name"))
            .redirectErrorStream(true)
            .start();
    String output = new String(stop.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!stop.waitFor(60, TimeUnit.SECONDS) || stop.exitValue() != 0) {
      throw new AssertionError("server stop of instance " + which + " failed: " + output);
    }
  }
}
