/**
 * Sign-on: how a member arrives signed in, and how an employer's identity provider signs them out
 * again. The ways in are the portal's signed launch token ({@code /launch}), bearer tokens on API
 * calls, OpenID Connect ({@code /sso/oidc/<tenant>/login|callback|backchannel-logout}), SAML 2.0
 * ({@code /sso/saml/<tenant>/metadata|login|acs|slo}) and demo mode's "try it", which mints a
 * launch token and takes the same path.
 *
 * <p>A feature of its own, not part of {@code identity}: it is a protocol edge whose rules (token
 * and assertion checks, single use, provider documents, sign-out marks) change for their own
 * reasons (a new protocol, a library upgrade, a provider's quirk), while {@code identity} only
 * answers who a member is. Sign-on uses identity's member directory; identity uses nothing here.
 *
 * <p>One place per rule: every way in ends in {@link org.backcare.signon.application.Arrivals},
 * which turns a checked subject and roles into a signed-in member; every session begins in {@code
 * web.SignOnSessions}, which also stamps and reads the provider's sign-out mark; both protocols
 * read providers through {@code application.ProviderDocuments} (one HTTP client, one cache, one
 * "provider unavailable"); each protocol names its refusals in its own words ({@code
 * LaunchTokenRefusals}, {@code OidcRefusals}, {@code SamlRefusals}) from its library's codes.
 *
 * <p>Layers: {@code domain} holds the refusals, the value objects and the ports for what sign-on
 * stores ({@code ProviderSignOuts}, {@code SpentTokens}, {@code SamlRequests}); {@code application}
 * the protocols on their libraries (jose4j for launch tokens, Nimbus OAuth 2.0 SDK for OpenID
 * Connect, java-saml for SAML); one JDBC adapter per port beside them; {@code web} the servlets,
 * the session start and the filter that decides who each request acts for.
 *
 * <p>Published for other features: {@code application.Arrivals} (the one door for a future way in,
 * such as SCIM-driven rules) and {@code domain.TokenRejected} with {@code domain.TokenProblem} (a
 * refusal and its stable problem slug). Everything else is internal; who is signed in is identity's
 * {@code CurrentMember}.
 */
package org.backcare.signon;
