/**
 * How a member arrives signed in, and how an employer's provider signs them out again: the portal's
 * signed launch token ({@code /launch}), bearer tokens on API calls, OpenID Connect ({@code
 * /sso/oidc/<tenant>/...}), SAML 2.0 ({@code /sso/saml/<tenant>/...}) and demo mode's "try it"
 * sign-in, which mints a launch token and goes the same way.
 *
 * <p>A feature of its own because it is a protocol edge with its own rules (token checks, single
 * use, provider documents, sign-out marks) that change for reasons of their own (a new protocol, a
 * library upgrade), while {@code identity} only answers who a member is. Every way in is meant to
 * end in {@code application.Arrivals}, so a rule about arriving is written once.
 *
 * <p>Layers: {@code domain} holds the refusals ({@code TokenProblem}, {@code TokenRejected}), the
 * value objects and the ports for what sign-on stores; {@code application} the protocols and {@code
 * Arrivals}; {@code persistence} the JDBC adapters of the ports; {@code web} the servlets, the
 * session start and the filter that decides who each request acts for.
 *
 * <p>Meant for other features: {@code domain.TokenRejected} and {@code domain.TokenProblem} (a
 * refusal's stable slug). Nothing else here is for other features to use; they learn who is signed
 * in from {@code identity}'s {@code CurrentMember}.
 */
package org.backcare.signon;
