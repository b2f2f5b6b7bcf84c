package org.backcare.app.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.backcare.app.application.OfflineKit;

/**
 * {@code /api/v1/me/offline}: the pages and files the member's device keeps for offline use, which
 * the page script fetches into the service worker's cache.
 */
@Path("v1/me/offline")
@RequestScoped
public class OfflineResource {

  @Inject OfflineKit kit;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public OfflineKit.Kit kit() {
    return kit.kit();
  }
}
