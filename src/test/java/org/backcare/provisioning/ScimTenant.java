package org.backcare.provisioning;

import java.net.URL;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import org.awaitility.Awaitility;
import org.backcare.testing.Http;
import org.backcare.testing.TemporaryTenant;

/**
 * An employer of its own with SCIM switched on, for one test: a temporary tenant file with a fresh
 * random {@code scim.secret} (40 characters) and {@code eligibility=scim}, so no two tests ever see
 * each other's users. Removed again on {@link #close()}.
 */
final class ScimTenant implements AutoCloseable {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final TemporaryTenant tenant;
  private final String secret = randomSecret();

  private ScimTenant(String extraProperties) {
    this.tenant =
        new TemporaryTenant(
            "scim",
            "name=SCIM Test Co\n"
                + "eligibility=scim\n"
                + "benefits.contact=Your HR benefits team\n"
                + "scim.secret="
                + secret
                + "\n"
                + extraProperties);
  }

  /** A new SCIM tenant the server at {@code base} serves, with leavers' data erased at once. */
  static ScimTenant create(URL base) {
    return create(base, "");
  }

  /** As {@link #create(URL)}, with more tenant file lines ({@code key=value\n}). */
  static ScimTenant create(URL base, String extraProperties) {
    ScimTenant created = new ScimTenant(extraProperties);
    try {
      return created.awaitServing(base);
    } catch (RuntimeException | Error e) {
      created.close();
      throw e;
    }
  }

  /** A secret as an employer's operator would make one: 30 random bytes, 40 characters. */
  static String randomSecret() {
    byte[] bytes = new byte[30];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  String id() {
    return tenant.id();
  }

  String secret() {
    return secret;
  }

  /** {@code Authorization} header value with this tenant's secret. */
  String bearer() {
    return "Bearer " + secret;
  }

  /** The SCIM root on the server, e.g. {@code /backcare/scim/v2/scim-1a2b3c4d/}. */
  String root() {
    return "/backcare/scim/v2/" + tenant.id() + "/";
  }

  /** Waits (up to 15 s) until the server has read the file and answers SCIM for this tenant. */
  private ScimTenant awaitServing(URL base) {
    Awaitility.await("the server serves SCIM for tenant " + id())
        .atMost(Duration.ofSeconds(15))
        .pollInterval(Duration.ofMillis(200))
        .until(
            () ->
                new Http(base)
                        .get(root() + "ServiceProviderConfig", "Authorization", bearer())
                        .statusCode()
                    == 200);
    return this;
  }

  @Override
  public void close() {
    tenant.close();
  }
}
