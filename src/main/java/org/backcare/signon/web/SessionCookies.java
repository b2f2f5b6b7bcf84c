package org.backcare.signon.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;

/**
 * The session cookie when backcare is opened inside the portal's iframe. There it must be {@code
 * Secure; SameSite=None; Partitioned} or the browser drops it as a third-party cookie; opened
 * top-level it stays {@code SameSite=Lax} (server.xml). The servlet API cannot vary a session
 * cookie per request, so the launch re-issues it with the frame's attributes; the browser refuses
 * the server's Lax copy in a cross-site frame and keeps this one.
 */
final class SessionCookies {

  static final String NAME = "BACKCARE_SESSION";

  private SessionCookies() {}

  /** Whether the browser says this request loads a frame (Fetch Metadata). */
  static boolean inFrame(HttpServletRequest request) {
    String destination = request.getHeader("Sec-Fetch-Dest");
    return "iframe".equals(destination) || "frame".equals(destination);
  }

  /**
   * Adds the frame-friendly session cookie for {@code session}. Its value must be the one the
   * server gave the session cookie, whose format is the server's own: the value in the server's
   * {@code Set-Cookie} on this response when the server has added it already (Payara, Tomcat), else
   * Open Liberty's format: a four-character cache id ({@code 0000} for a new session), the session
   * id, and the clone id configured as {@code SESSION_CLONE_ID}.
   */
  static void issueForFrame(
      HttpServletResponse response, HttpSession session, String contextPath, String cloneId) {
    String name = session.getServletContext().getSessionCookieConfig().getName();
    String cookie = name == null ? NAME : name;
    String value = serverValue(response, cookie).orElse("0000" + session.getId() + ":" + cloneId);
    response.addHeader(
        "Set-Cookie",
        cookie
            + "="
            + value
            + "; Path="
            + (contextPath.isEmpty() ? "/" : contextPath)
            + "; Secure; HttpOnly; SameSite=None; Partitioned");
  }

  /** The value of the last {@code Set-Cookie} for {@code name} already on the response, if any. */
  static Optional<String> serverValue(HttpServletResponse response, String name) {
    String value = null;
    for (String header : response.getHeaders("Set-Cookie")) {
      if (header.startsWith(name + "=")) {
        int end = header.indexOf(';');
        value = header.substring(name.length() + 1, end < 0 ? header.length() : end);
      }
    }
    return Optional.ofNullable(value).filter(v -> !v.isEmpty());
  }
}
