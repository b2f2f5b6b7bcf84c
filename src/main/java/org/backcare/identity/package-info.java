/**
 * Who the member is: a tenant plus the portal's pseudonymous subject, nothing more (no name, no
 * email). Members arrive signed in from their employer's portal; in demo mode a clearly labelled
 * sign-in creates a fresh demo member of the demo tenant.
 *
 * <p>Published for the other features: {@link SignedInMember} (who a request acts for, as {@code
 * CurrentMember} gives it) and {@link Role} (whether they may use backcare as a member or read
 * employer reports). The member entity and its repository stay inside: other features ask {@code
 * CurrentMember} or another identity service.
 */
@Publishes({SignedInMember.class, Role.class})
package org.backcare.identity;

import org.backcare.identity.domain.Role;
import org.backcare.identity.domain.SignedInMember;
import org.backcare.platform.domain.Publishes;
