package org.backcare.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

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
   * Adds the frame-friendly session cookie for {@code session}. Its value has the server's format:
   * a four-character cache id ({@code 0000} for a new session), the session id, and the clone id
   * configured as {@code SESSION_CLONE_ID}.
   */
  static void issueForFrame(
      HttpServletResponse response, HttpSession session, String contextPath, String cloneId) {
    response.addHeader(
        "Set-Cookie",
        NAME
            + "=0000"
            + session.getId()
            + ":"
            + cloneId
            + "; Path="
            + (contextPath.isEmpty() ? "/" : contextPath)
            + "; Secure; HttpOnly; SameSite=None; Partitioned");
  }
}
