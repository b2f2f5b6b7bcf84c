package org.backcare.testing;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.util.Properties;
import org.backcare.tenant.domain.Pem;

/**
 * The shipped demo tenants' portal signing keys and issuers, read from the test server's tenant
 * files, so integration tests can sign launches exactly as those portals would.
 */
public final class TenantKeys {

  private final Properties file = new Properties();

  private TenantKeys(String tenant) {
    Path path =
        Path.of(System.getProperty("backcare.it.config.dir"), "tenants", tenant + ".properties");
    try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      file.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static TenantKeys of(String tenant) {
    return new TenantKeys(tenant);
  }

  public String issuer() {
    return file.getProperty("issuer");
  }

  public PrivateKey signingKey() {
    return Pem.privateKey(file.getProperty("demo.private-key"));
  }

  /** A valid launch token of this tenant's portal. */
  public Tokens launch() {
    return Tokens.launch(issuer(), signingKey());
  }
}
