/**
 * Who the member is: a tenant plus the portal's pseudonymous subject, nothing more (no name, no
 * email). The member directory finds or enrols members; {@code CurrentMember} says who the current
 * request acts for. Operators, who run the installation, are here too.
 *
 * <p>How a member gets signed in (launch tokens, OpenID Connect, SAML, demo mode) is not here but
 * in {@code org.backcare.signon}, which uses this feature's directory; nothing here uses sign-on.
 *
 * <p>Published for the other features: {@link SignedInMember} (who a request acts for, as {@code
 * CurrentMember} gives it) and {@link Role} (whether they may use backcare as a member or read
 * employer reports), and {@link MemberSubject}, the rule for what a portal or provider may send as
 * a subject, because sign-on refuses a token with a subject the member table would not take. The
 * member entity and its repository stay inside: other features ask {@code CurrentMember} or {@code
 * MemberDirectory}.
 */
@Publishes({SignedInMember.class, Role.class, MemberSubject.class})
package org.backcare.identity;

import org.backcare.identity.domain.MemberSubject;
import org.backcare.identity.domain.Role;
import org.backcare.identity.domain.SignedInMember;
import org.backcare.platform.domain.Publishes;
