package org.backcare.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

/**
 * Added only to {@link EdgeIT}'s copy of the WAR: the client address the server believes, which
 * logs and any limit by client would use, so the test can show a client cannot choose it.
 */
@Path("v1/test-client-address")
public class ClientAddressProbe {

  @Context HttpServletRequest request;

  @GET
  @Produces(MediaType.TEXT_PLAIN)
  public String address() {
    return request.getRemoteAddr();
  }
}
