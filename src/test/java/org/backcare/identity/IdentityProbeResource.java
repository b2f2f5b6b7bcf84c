package org.backcare.identity;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.backcare.identity.domain.Members;
import org.backcare.tenant.application.CurrentTenant;
import org.backcare.tenant.domain.TenantId;

/**
 * Added only to {@link LaunchIT}'s copy of the WAR: lets the test see what a refused launch must
 * not have created (a member, a session) and send a state-changing API call.
 */
@Path("v1/test-probe")
public class IdentityProbeResource {

  @Inject CurrentTenant currentTenant;
  @Inject Members members;
  @Context HttpServletRequest request;

  /** 200 if {@code tenant} has a member with {@code subject}, else 404. */
  @GET
  @Path("members/{tenant}/{subject}")
  @Transactional
  public Response member(@PathParam("tenant") String tenant, @PathParam("subject") String subject) {
    currentTenant.use(new TenantId(tenant));
    return members.bySubject(subject).isPresent()
        ? Response.ok("member").build()
        : Response.status(404).build();
  }

  /** The idle timeout, in seconds, of the caller's session. */
  @GET
  @Path("session-idle")
  public String sessionIdle() {
    HttpSession session = request.getSession(false);
    return session == null ? "none" : String.valueOf(session.getMaxInactiveInterval());
  }

  /** A change: accepted only if the edge let it through. */
  @POST
  @Path("changes")
  @Consumes(MediaType.APPLICATION_JSON)
  public String change(String body) {
    return "accepted";
  }
}
