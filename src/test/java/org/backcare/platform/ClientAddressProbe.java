package org.backcare.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

/**
 * Added only to {@link EdgeIT}'s copy of the WAR: the client address the server believes, which
 * logs and any limit by client would use, so the test can show a client cannot choose it; and a
 * form field as decoded after the edge read the form, to show that reading does not garble it.
 */
@Path("v1/test-client-address")
public class ClientAddressProbe {

  @Context HttpServletRequest request;

  @GET
  @Produces(MediaType.TEXT_PLAIN)
  public String address() {
    return request.getRemoteAddr();
  }

  /** The form field {@code text} as the server decoded it, after the edge counted the fields. */
  @POST
  @Path("field")
  @Produces(MediaType.TEXT_PLAIN + ";charset=UTF-8")
  public String field() {
    return request.getParameter("text");
  }
}
