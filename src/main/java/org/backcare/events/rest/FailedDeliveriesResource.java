package org.backcare.events.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.backcare.events.application.EventDeliveries;
import org.backcare.events.domain.EventRecords;
import org.backcare.identity.application.Operators;
import org.backcare.platform.domain.DomainException;

/**
 * {@code /api/v1/operations/failed-deliveries}: for operators, the participation events whose
 * delivery gave up (which tenant, what type, when, how many attempts, the last error; never the
 * member), and a way to queue one again once the portal is fixed.
 */
@Path("v1/operations/failed-deliveries")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FailedDeliveriesResource {

  @Inject Operators operators;
  @Inject EventDeliveries deliveries;

  @GET
  public List<EventRecords.Delivery> failed(
      @HeaderParam("Authorization") String authorization, @QueryParam("limit") Integer limit) {
    operators.require(authorization);
    int rows = limit == null ? 100 : limit;
    if (rows < 1 || rows > 1000) {
      throw new DomainException(
          DomainException.Kind.INVALID, "invalid-limit", "Invalid limit", "limit is 1 to 1000.");
    }
    return deliveries.failedDeliveries(rows);
  }

  @POST
  @Path("{id}/retry")
  public RetryAnswer retry(
      @HeaderParam("Authorization") String authorization, @PathParam("id") String id) {
    operators.require(authorization);
    if (!deliveries.retry(id)) {
      throw new DomainException(
          DomainException.Kind.NOT_FOUND,
          "delivery-not-found",
          "No such failed delivery",
          "There is no given-up event " + id + "; it may have been delivered or retried already.");
    }
    return new RetryAnswer(id, "PENDING");
  }

  /** The event queued again. */
  public record RetryAnswer(String id, String status) {}
}
