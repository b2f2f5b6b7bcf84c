package org.backcare.platform.problem;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.backcare.platform.persistence.DatabaseFailures;

/**
 * The problems both edges answer with when there is no domain failure to tell: one per bare HTTP
 * status (the API's unknown paths and wrong methods, the servlet error page), and the 500 that
 * quotes a log reference and nothing else.
 */
public final class Problems {

  private static final Logger LOG = Logger.getLogger(Problems.class.getName());

  private Problems() {}

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

  public static Problem internalError() {
    return Problem.of(
        "internal-error",
        "Something went wrong",
        500,
        "backcare could not complete the request. Nothing was changed; please try again.");
  }

  /**
   * The 503 for {@code failure}, which happened because the database cannot be reached now (its
   * code said so, or the database was asked afterwards and did not answer): the client may retry
   * shortly. Logged as a warning, since the failure is the database's and passes by itself.
   */
  public static Problem databaseUnreachable(Throwable failure) {
    String reference = "urn:uuid:" + UUID.randomUUID();
    LOG.log(Level.WARNING, "Database unreachable " + reference + ": " + failure);
    return Problem.of(
            "unavailable",
            "Unavailable",
            503,
            "backcare cannot reach its database for a moment; try again in a few seconds.")
        .withInstance(reference);
  }

  /** Seconds a client should wait before retrying after a 503. */
  public static final int RETRY_AFTER_SECONDS = 5;

  /**
   * The problem for a failure nothing else explained, logged under a fresh reference that the
   * problem quotes: 503 {@code unavailable} when the database cannot be reached (the client may
   * retry shortly), 503 {@code outcome-unknown} when a commit's outcome was lost with the
   * connection (a retry with the same client id is safe), else 500.
   */
  public static Problem unexpected(Throwable failure) {
    if (DatabaseFailures.unreachable(failure)) {
      return databaseUnreachable(failure);
    }
    String reference = "urn:uuid:" + UUID.randomUUID();
    if (DatabaseFailures.outcomeUnknown(failure)) {
      LOG.log(Level.SEVERE, "Commit outcome unknown " + reference, failure);
      return Problem.of(
              "outcome-unknown",
              "Outcome unknown",
              503,
              "The connection to the database was lost while your change was being saved, so"
                  + " backcare cannot tell whether it was. Sending it again with the same client id"
                  + " is safe; without one, check before you send it again.")
          .withInstance(reference);
    }
    LOG.log(Level.SEVERE, "Unexpected failure " + reference, failure);
    return internalError().withInstance(reference);
  }
}
