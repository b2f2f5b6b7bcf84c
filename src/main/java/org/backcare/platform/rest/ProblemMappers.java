package org.backcare.platform.rest;

import jakarta.json.bind.JsonbException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.Locale;
import org.backcare.platform.domain.DomainException;
import org.backcare.platform.persistence.Writes;
import org.backcare.platform.problem.Problem;
import org.backcare.platform.problem.Problems;

/**
 * Turns every failure the API can meet into an RFC 9457 problem: domain failures keep their own
 * type, JAX-RS failures (unknown path, wrong method, unacceptable media type) get one per status,
 * validation failures list the fields, and anything unexpected becomes a 500 whose detail is only a
 * reference to the log. No stack trace or server page ever reaches a client.
 */
public final class ProblemMappers {

  private ProblemMappers() {}

  /** A response carrying {@code problem}. */
  public static Response response(Problem problem) {
    Response.ResponseBuilder answer =
        Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem.toJson());
    if (problem.status() == 503) {
      answer.header("Retry-After", Problems.RETRY_AFTER_SECONDS);
    }
    return answer.build();
  }

  static int status(DomainException.Kind kind) {
    return switch (kind) {
      case INVALID -> 400;
      case UNAUTHENTICATED -> 401;
      case FORBIDDEN -> 403;
      case NOT_FOUND -> 404;
      case CONFLICT -> 409;
      case TOO_LARGE -> 413;
      case UNAVAILABLE -> 503;
    };
  }

  /** Domain failures keep their own type and words. */
  @Provider
  public static class DomainFailure implements ExceptionMapper<DomainException> {

    @Context UriInfo uri;
    @Context HttpHeaders headers;

    @Override
    public Response toResponse(DomainException e) {
      Locale locale = RequestLanguage.of(uri, headers);
      Response response =
          response(Problem.of(e.slug(), e.title(locale), status(e.kind()), e.detail(locale)));
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

    @Context HttpServletRequest request;

    @Override
    public Response toResponse(WebApplicationException e) {
      if (BodyLimit.exceeded(request)) {
        return new DomainFailure().toResponse(BodyLimit.tooLarge(request));
      }
      if (e instanceof NumberParameters.Unreadable unreadable) {
        return response(unreadable.problem());
      }
      DomainException domain = domainCause(e);
      if (domain != null) {
        return new DomainFailure().toResponse(domain);
      }
      int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
      if (status >= 500) {
        return response(Problems.unexpected(e));
      }
      if (e.getCause() instanceof JsonbException) {
        return response(malformedBody());
      }
      Response.ResponseBuilder answer = Response.fromResponse(response(Problems.forStatus(status)));
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
      return response(
          Problem.of(
                  "validation-failed",
                  "Invalid request",
                  400,
                  "Some values in the request are not acceptable.")
              .withErrors(
                  e.getConstraintViolations().stream()
                      .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                      .map(ProblemMappers::fieldError)
                      .toList()));
    }
  }

  /** A body that is not the JSON the resource expects. */
  @Provider
  public static class MalformedBody implements ExceptionMapper<ProcessingException> {

    @Context HttpServletRequest request;

    @Override
    public Response toResponse(ProcessingException e) {
      if (BodyLimit.exceeded(request)) {
        return new DomainFailure().toResponse(BodyLimit.tooLarge(request));
      }
      DomainException domain = domainCause(e);
      return domain != null ? new DomainFailure().toResponse(domain) : response(malformedBody());
    }
  }

  /** Anything else: logged with a reference; the client sees only the reference. */
  @Provider
  public static class UnexpectedFailure implements ExceptionMapper<Throwable> {

    @Context HttpServletRequest request;

    @Override
    public Response toResponse(Throwable e) {
      if (BodyLimit.exceeded(request)) {
        return new DomainFailure().toResponse(BodyLimit.tooLarge(request));
      }
      if (e instanceof JsonbException) {
        return response(malformedBody());
      }
      if (Writes.lostRace(e)) {
        // A versioned write not flushed through Writes, lost at the commit: the same 409.
        return new DomainFailure().toResponse(Writes.lostRace());
      }
      for (Throwable cause = e; cause != null; cause = cause.getCause()) {
        if (cause instanceof DomainException domain) {
          return new DomainFailure().toResponse(domain);
        }
      }
      return response(Problems.unexpected(e));
    }
  }

  /** A domain failure behind a wrapper (a body reader, the container), if there is one. */
  private static DomainException domainCause(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof DomainException domain) {
        return domain;
      }
    }
    return null;
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
