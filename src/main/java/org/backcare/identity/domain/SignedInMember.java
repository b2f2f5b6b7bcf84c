package org.backcare.identity.domain;

import java.io.Serializable;
import java.util.Set;

/**
 * Who a request acts for: enough to find the member's rows, nothing a person could be recognised
 * by. Serializable because sessions are persisted to the database when several instances run.
 *
 * @param tenant the employer's tenant id
 * @param memberId the member's row id within that tenant; null for a caller that is not a member
 *     (an API token carrying only the benefits-admin role)
 * @param demo whether this is a demo member created by the demo sign-in
 * @param roles what the token that signed them in allows
 * @param subject the portal's pseudonymous id for the caller, which the audit log needs to say who
 *     read a report
 */
public record SignedInMember(
    String tenant, Long memberId, boolean demo, Set<Role> roles, String subject)
    implements Serializable {

  /** The session attribute it is kept under. */
  public static final String SESSION_ATTRIBUTE = "backcare.member";

  public SignedInMember {
    roles = Set.copyOf(roles);
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }
}
