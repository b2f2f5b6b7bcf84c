package org.backcare.platform.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import org.backcare.platform.domain.DomainException;

/**
 * An {@code Accept} or {@code Accept-Language} header the server cannot parse (a quality of {@code
 * q=abc}, say) is the client's mistake: a 400 naming the header, not a 500 from deep in the
 * container.
 */
@Provider
@PreMatching
public class ReadableHeaders implements ContainerRequestFilter {

  @Override
  public void filter(ContainerRequestContext request) {
    try {
      request.getAcceptableMediaTypes();
    } catch (RuntimeException e) {
      throw DomainException.invalid("bad-request", "header-unreadable", "Accept");
    }
    try {
      request.getAcceptableLanguages();
    } catch (RuntimeException e) {
      throw DomainException.invalid("bad-request", "header-unreadable", "Accept-Language");
    }
  }
}
