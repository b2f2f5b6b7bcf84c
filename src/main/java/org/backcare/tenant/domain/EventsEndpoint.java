package org.backcare.tenant.domain;

import java.net.URI;

/**
 * Where an employer's portal wants participation events, and the secret it checks their signatures
 * with. The secret never appears in {@link #toString()}, so it cannot leak into a log line.
 *
 * @param url the portal's https endpoint (plain http only on loopback, for local testing)
 * @param secret the shared HMAC-SHA256 key, at least 32 characters
 */
public record EventsEndpoint(URI url, String secret) {

  /** The shortest secret accepted: 32 characters of a random key is 128 bits or more. */
  public static final int MIN_SECRET_LENGTH = 32;

  @Override
  public String toString() {
    return "EventsEndpoint[url=" + url + ", secret=(hidden)]";
  }
}
