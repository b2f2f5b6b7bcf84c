package org.backcare.platform.domain;

/**
 * The names under which a member's HTTP session keeps what the launch set, shared by the pages, the
 * filter and the API so that none of them reaches into another edge for a constant.
 */
public final class SessionAttributes {

  /** The locale the launch asked for, if the employer offers it. */
  public static final String LOCALE = "backcare.locale";

  /** The session's CSRF token, which an API change made with the session must send back. */
  public static final String CSRF = "backcare.csrf";

  /**
   * A request attribute, set when this request found the member's session ended elsewhere (the
   * employer's directory or the identity provider ended it): the page it gets tells the member's
   * app to forget what the device kept.
   */
  public static final String ENDED_ELSEWHERE = "backcare.session-ended-elsewhere";

  private SessionAttributes() {}
}
