package org.backcare.signon.domain;

/**
 * Why a portal's token was refused, each with a stable name (the problem type's slug) and words for
 * the member, who can do nothing about it but go back to the portal, and for the portal developer,
 * who can.
 */
public enum TokenProblem {
  MALFORMED("token-malformed", "The sign-in link is damaged or incomplete."),
  UNSIGNED("token-unsigned", "The sign-in link is not signed, so it cannot be trusted."),
  ALGORITHM_NOT_ALLOWED(
      "token-algorithm-not-allowed",
      "The sign-in link is signed in a way backcare does not accept (only RS256 and ES256)."),
  UNKNOWN_ISSUER(
      "token-unknown-issuer", "The sign-in link comes from a portal backcare does not know."),
  TENANT_DISABLED(
      "tenant-disabled",
      "Your employer's backcare is switched off for maintenance. Please try again later."),
  BAD_SIGNATURE(
      "token-bad-signature",
      "The sign-in link's signature does not match your employer's portal, so it was refused."),
  WRONG_AUDIENCE("token-wrong-audience", "The sign-in link was made for another service."),
  EXPIRED("token-expired", "The sign-in link has expired."),
  NOT_YET_VALID("token-not-yet-valid", "The sign-in link is not valid yet."),
  LIFETIME_TOO_LONG(
      "token-lifetime-too-long", "The sign-in link is valid for longer than backcare allows."),
  MISSING_CLAIM("token-missing-claim", "The sign-in link lacks information backcare needs."),
  BAD_SUBJECT(
      "token-bad-subject", "The sign-in link does not identify you in a form backcare accepts."),
  REPLAYED("token-replayed", "This sign-in link has already been used."),
  BAD_DESTINATION(
      "token-bad-destination",
      "The sign-in link points to a page outside backcare, so it was refused."),
  SIGN_ON_NOT_OFFERED(
      "sign-on-not-offered", "Your employer has not switched on this way of signing in."),
  SIGN_ON_STALE(
      "sign-on-stale",
      "This sign-in was started too long ago or in another browser, so it cannot be finished."),
  WRONG_NONCE("token-wrong-nonce", "The sign-in answer was made for another sign-in."),
  PROVIDER_REFUSED("identity-provider-refused", "Your employer's sign-in service said no."),
  PROVIDER_UNAVAILABLE(
      "identity-provider-unavailable",
      "Your employer's sign-in service could not be reached. Please try again in a minute.");

  private final String slug;
  private final String message;

  TokenProblem(String slug, String message) {
    this.slug = slug;
    this.message = message;
  }

  /** The stable name, used as the problem type {@code urn:backcare:problem:<slug>}. */
  public String slug() {
    return slug;
  }

  /** What went wrong, in words. */
  public String message() {
    return message;
  }
}
