package org.backcare.platform.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Every API answer is about a member or an employer, so none may be kept by a shared or browser
 * cache unless its resource says otherwise (the catalogues revalidate with their {@code ETag}).
 */
@Provider
public class PrivateByDefault implements ContainerResponseFilter {

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (!response.getHeaders().containsKey("Cache-Control")) {
      response.getHeaders().putSingle("Cache-Control", "no-store");
    }
  }
}
