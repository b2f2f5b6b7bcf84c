/**
 * Who the member is: a tenant plus the portal's pseudonymous subject, nothing more (no name, no
 * email). The member directory finds or enrols members; {@code CurrentMember} says who the current
 * request acts for and is what other features use, with {@code SignedInMember}, {@code Role} and
 * {@code Member}. Operators, who run the installation, are here too.
 *
 * <p>How a member gets signed in (launch tokens, OpenID Connect, SAML, demo mode) is not here but
 * in {@code org.backcare.signon}, which uses this feature's directory; nothing here uses sign-on.
 */
package org.backcare.identity;
