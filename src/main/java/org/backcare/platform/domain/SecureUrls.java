package org.backcare.platform.domain;

import java.net.URI;

/**
 * The one rule for addresses backcare calls or sends secrets to (a portal's keys and events
 * endpoint, an identity provider): https, or plain http only to this machine, which local testing
 * needs and which never crosses a network.
 */
public final class SecureUrls {

  private SecureUrls() {}

  public static boolean httpsOrLoopback(URI uri) {
    String host = uri.getHost();
    boolean loopback = "127.0.0.1".equals(host) || "localhost".equals(host);
    return "https".equals(uri.getScheme()) && host != null
        || "http".equals(uri.getScheme()) && loopback;
  }
}
