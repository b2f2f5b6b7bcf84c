package org.backcare.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.backcare.platform.domain.PublicAddress;

/**
 * Marks the session cookie {@code Secure} whenever backcare's public address is HTTPS, so the
 * cookie follows from the one address an operator configures instead of from a second setting
 * ({@code SESSION_COOKIE_SECURE}) that is easy to forget: behind a TLS ingress the server itself
 * sees plain HTTP and would otherwise let the browser send the member's session over HTTP too. The
 * servlet specification allows this only while the application starts, which is when it runs.
 */
@WebListener
public class SecureSessionCookie implements ServletContextListener {

  @Inject PublicAddresses addresses;

  @Override
  public void contextInitialized(ServletContextEvent started) {
    if (addresses.address().map(PublicAddress::https).orElse(false)) {
      started.getServletContext().getSessionCookieConfig().setSecure(true);
    }
  }
}
