package org.backcare.identity.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.backcare.identity.application.CurrentMember;
import org.backcare.identity.domain.Role;
import org.backcare.identity.domain.SignedInMember;
import org.backcare.platform.domain.SessionAttributes;

/** {@code /api/v1/me}: who the caller is, as backcare knows them (never a name or an email). */
@Path("v1/me")
@RequestScoped
public class MeResource {

  /**
   * The caller.
   *
   * @param tenant the employer's tenant id
   * @param member whether the caller is a member (false for an admin-only token)
   * @param roles the roles the caller's token grants
   * @param demo whether this is a demo member
   * @param csrfToken for session callers, the value to send as X-CSRF-Token with changes
   */
  public record MeView(
      String tenant, boolean member, List<String> roles, boolean demo, String csrfToken) {}

  @Inject CurrentMember currentMember;

  @Context HttpServletRequest request;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public MeView me() {
    SignedInMember caller = currentMember.require();
    HttpSession session = request.getSession(false);
    boolean bySession = request.getHeader("Authorization") == null && session != null;
    return new MeView(
        caller.tenant(),
        caller.memberId() != null,
        caller.roles().stream().sorted().map(Role::claim).toList(),
        caller.demo(),
        bySession ? String.valueOf(session.getAttribute(SessionAttributes.CSRF)) : null);
  }
}
