package org.backcare.platform.rest;

import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.backcare.platform.domain.DomainException;

/**
 * Turns every failure the API can meet into an RFC 9457 problem: domain failures keep their own
 * type, JAX-RS failures (unknown path, wrong method, unacceptable media type) get one per status,
 * validation failures list the fields, and anything unexpected becomes a 500 whose detail is only a
 * reference to the log. No stack trace or server page ever reaches a client.
 */
public final class ProblemMappers {

  private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

  private ProblemMappers() {}

  /** The problem for a bare HTTP status, as the servlet error page also uses it. */
  public static Problem forStatus(int status) {
    return switch (status) {
      case 400 -> Problem.of("bad-request", "Bad request", 400, "The request could not be read.");
      case 401 ->
          Problem.of(
              "not-signed-in",
              "Not signed in",
              401,
              "Open backcare from your employer's portal to sign in.");
      case 403 -> Problem.of("forbidden", "Forbidden", 403, "You may not use this resource.");
      case 404 -> Problem.of("not-found", "Not found", 404, "There is nothing at this address.");
      case 405 ->
          Problem.of(
              "method-not-allowed",
              "Method not allowed",
              405,
              "This address does not accept that method.");
      case 406 ->
          Problem.of(
              "not-acceptable",
              "Not acceptable",
              406,
              "This address cannot answer in the media type asked for.");
      case 415 ->
          Problem.of(
              "unsupported-media-type",
              "Unsupported media type",
              415,
              "Send the request body as application/json.");
      case 503 ->
          Problem.of(
              "unavailable", "Unavailable", 503, "backcare is not ready; try again shortly.");
      default ->
          status >= 500
              ? internalError()
              : Problem.of("http-" + status, "Request failed", status, "The request failed.");
    };
  }

  private static Problem internalError() {
    return Problem.of(
        "internal-error",
        "Something went wrong",
        500,
        "backcare could not complete the request. Nothing was changed; please try again.");
  }

  /** Logs {@code failure} under a fresh reference and returns the 500 problem quoting it. */
  public static Problem unexpected(Throwable failure) {
    String reference = "urn:uuid:" + UUID.randomUUID();
    LOG.log(Level.SEVERE, "Unexpected failure " + reference, failure);
    return internalError().withInstance(reference);
  }

  static int status(DomainException.Kind kind) {
    return switch (kind) {
      case INVALID -> 400;
      case UNAUTHENTICATED -> 401;
      case FORBIDDEN -> 403;
      case NOT_FOUND -> 404;
      case CONFLICT -> 409;
      case UNAVAILABLE -> 503;
    };
  }

  /** Domain failures keep their own type and words. */
  @Provider
  public static class DomainFailure implements ExceptionMapper<DomainException> {
    @Override
    public Response toResponse(DomainException e) {
      Response response =
          Problem.of(e.slug(), e.title(), status(e.kind()), e.detail()).toResponse();
      if (e.kind() == DomainException.Kind.UNAUTHENTICATED) {
        return Response.fromResponse(response)
            .header("WWW-Authenticate", "Bearer realm=\"backcare\"")
            .build();
      }
      return response;
    }
  }

  /** Unknown paths, wrong methods, unacceptable media types and the like. */
  @Provider
  public static class HttpFailure implements ExceptionMapper<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException e) {
      int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
      if (status >= 500) {
        return unexpected(e).toResponse();
      }
      if (e.getCause() instanceof JsonbException) {
        return malformedBody().toResponse();
      }
      Response.ResponseBuilder answer = Response.fromResponse(forStatus(status).toResponse());
      if (status == 405 && e.getResponse().getHeaderString("Allow") != null) {
        answer.header("Allow", e.getResponse().getHeaderString("Allow"));
      }
      return answer.build();
    }
  }

  /** Bean Validation failures, with every failing field. */
  @Provider
  public static class ValidationFailure implements ExceptionMapper<ConstraintViolationException> {
    @Override
    public Response toResponse(ConstraintViolationException e) {
      return Problem.of(
              "validation-failed",
              "Invalid request",
              400,
              "Some values in the request are not acceptable.")
          .withErrors(
              e.getConstraintViolations().stream()
                  .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                  .map(ProblemMappers::fieldError)
                  .toList())
          .toResponse();
    }
  }

  /** A body that is not the JSON the resource expects. */
  @Provider
  public static class MalformedBody implements ExceptionMapper<ProcessingException> {
    @Override
    public Response toResponse(ProcessingException e) {
      return malformedBody().toResponse();
    }
  }

  /** Anything else: logged with a reference; the client sees only the reference. */
  @Provider
  public static class UnexpectedFailure implements ExceptionMapper<Throwable> {
    @Override
    public Response toResponse(Throwable e) {
      if (e instanceof JsonbException) {
        return malformedBody().toResponse();
      }
      for (Throwable cause = e; cause != null; cause = cause.getCause()) {
        if (cause instanceof jakarta.persistence.OptimisticLockException) {
          return Problem.of(
                  "stale-write",
                  "Changed elsewhere",
                  409,
                  "Someone changed this at the same moment; reload it and try again.")
              .toResponse();
        }
        if (cause instanceof DomainException domain) {
          return new DomainFailure().toResponse(domain);
        }
      }
      return unexpected(e).toResponse();
    }
  }

  private static Problem malformedBody() {
    return Problem.of(
        "malformed-body", "Malformed body", 400, "The request body is not the JSON expected.");
  }

  private static Problem.FieldError fieldError(ConstraintViolation<?> violation) {
    String path = violation.getPropertyPath().toString();
    int dot = path.lastIndexOf('.');
    return new Problem.FieldError(dot < 0 ? path : path.substring(dot + 1), violation.getMessage());
  }
}
