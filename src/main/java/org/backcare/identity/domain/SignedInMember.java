package org.backcare.identity.domain;

import java.io.Serializable;

/**
 * What the HTTP session remembers about a signed-in member: enough to find their rows, nothing a
 * person could be recognised by. Serializable because sessions are persisted to the database when
 * several instances run.
 *
 * @param tenant the employer's tenant id
 * @param memberId the member's row id within that tenant
 * @param demo whether this is a demo member created by the demo sign-in
 */
public record SignedInMember(String tenant, long memberId, boolean demo) implements Serializable {

  /** The session attribute it is kept under. */
  public static final String SESSION_ATTRIBUTE = "backcare.member";
}
