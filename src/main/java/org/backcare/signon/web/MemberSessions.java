package org.backcare.signon.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.backcare.identity.domain.SignedInMember;
import org.backcare.platform.domain.SessionAttributes;

/**
 * The one way a member's session begins, whichever way they arrived (signed launch token, OpenID
 * Connect, demo): any earlier session is ended and a new one begun, so its id is new (no session
 * fixation), with a fresh CSRF token, the frame-friendly cookie when opened in the portal's frame,
 * and a 303 to the destination.
 */
final class MemberSessions {

  /** Marks a session signed on through an identity provider, which may later sign it out. */
  static final String SIGN_ON = "backcare.sign-on";

  private MemberSessions() {}

  /** What a provider may later sign out: its session id and the member, from this moment. */
  record SignOnMark(String sidRef, String subjectRef, java.time.Instant since)
      implements java.io.Serializable {}

  static HttpSession begin(
      HttpServletRequest request,
      HttpServletResponse response,
      SignedInMember member,
      Duration idle,
      Optional<String> locale,
      String destination,
      String cloneId) {
    HttpSession previous = request.getSession(false);
    if (previous != null) {
      previous.invalidate();
    }
    HttpSession session = request.getSession(true);
    session.setMaxInactiveInterval((int) idle.toSeconds());
    session.setAttribute(SignedInMember.SESSION_ATTRIBUTE, member);
    session.setAttribute(SessionAttributes.CSRF, UUID.randomUUID().toString());
    locale.ifPresent(l -> session.setAttribute(SessionAttributes.LOCALE, l));
    if (SessionCookies.inFrame(request)) {
      SessionCookies.issueForFrame(response, session, request.getContextPath(), cloneId);
    }
    response.setHeader("Cache-Control", "no-store");
    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
    response.setHeader("Location", request.getContextPath() + destination);
    return session;
  }
}
