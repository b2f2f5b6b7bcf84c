package org.backcare.platform.web;

import jakarta.faces.application.ViewExpiredException;
import jakarta.inject.Inject;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.backcare.platform.domain.Messages;
import org.backcare.platform.domain.SessionAttributes;
import org.backcare.platform.persistence.DatabaseFailures;
import org.backcare.platform.persistence.DatabaseProbe;
import org.backcare.platform.problem.Problem;
import org.backcare.platform.problem.Problems;

/**
 * The one error page of the application (web.xml sends every error here). API addresses get an RFC
 * 9457 problem, anything else a short page a person can read and act on. Unexpected exceptions are
 * logged with a reference, which is all the client sees of them.
 *
 * <p>A plain servlet rather than a Faces view on purpose: an error in Faces itself must still get a
 * readable page.
 */
@WebServlet(urlPatterns = "/error", name = "errors")
public class ErrorPageServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject DatabaseProbe database;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
    int status = code instanceof Integer i ? i : 404;
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    String path = uri == null ? request.getRequestURI() : uri.toString();
    Problem problem =
        Addresses.unservable(path, request.getContextPath())
            ? Problems.forStatus(404)
            : databaseAway(failure)
                ? Problems.databaseUnreachable(failure)
                : problemFor(status, failure);
    if (response.isCommitted()) {
      return;
    }
    response.resetBuffer();
    response.setStatus(problem.status());
    if (problem.status() == 503) {
      response.setHeader("Retry-After", String.valueOf(Problems.RETRY_AFTER_SECONDS));
    }
    if (path.startsWith(request.getContextPath() + "/api/")) {
      ProblemResponses.write(response, problem);
      return;
    }
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setContentType("text/html");
    boolean ended = request.getAttribute(SessionAttributes.ENDED_ELSEWHERE) != null;
    writePage(response.getWriter(), request.getContextPath(), problem, Locale.ENGLISH, ended);
  }

  /**
   * Whether {@code failure} came from a database that does not answer now. Its code alone cannot
   * always tell: a database refusing connections for maintenance says 55000, one starting 57P03, a
   * dropped socket 08006, and the driver, the pool and EclipseLink each wrap them differently; a
   * page must still become "try again shortly" rather than an unexplained failure.
   */
  private boolean databaseAway(Throwable failure) {
    return failure != null
        && !DatabaseFailures.unreachable(failure)
        && DatabaseFailures.fromDatabase(failure)
        && !database.reachableAfterFailure();
  }

  /**
   * Answers with {@code problem} as a readable page, for edges outside Faces (the launch) that
   * refuse a request themselves.
   */
  public static void render(HttpServletResponse response, String contextPath, Problem problem)
      throws IOException {
    render(response, contextPath, problem, Locale.ENGLISH);
  }

  /**
   * As {@link #render(HttpServletResponse, String, Problem)}, for a problem written in {@code
   * locale}: the page names its language and its own words (the way back, the reference) follow.
   */
  public static void render(
      HttpServletResponse response, String contextPath, Problem problem, Locale locale)
      throws IOException {
    response.setStatus(problem.status());
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setContentType("text/html");
    writePage(response.getWriter(), contextPath, problem, locale, false);
  }

  /**
   * A missing static file reaches us as an exception, and so does an expired Faces view: both are
   * the client's situation, not our failure, and get their own answer. Anything else with an
   * exception, or any 5xx, is logged as unexpected.
   */
  private static Problem problemFor(int status, Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof FileNotFoundException) {
        return Problems.forStatus(404);
      }
      if (cause instanceof ViewExpiredException) {
        return Problem.of(
            "page-expired",
            "This page has expired",
            400,
            "The page was open too long. Go back, reload it and try again.");
      }
    }
    if (failure != null || status >= 500) {
      return Problems.unexpected(
          failure != null ? failure : new IllegalStateException("status " + status));
    }
    return Problems.forStatus(status);
  }

  /**
   * The page. It tells the member's app to forget what the device kept ({@code data-device}) when
   * the employer ended the member's access: a refused arrival, or a session found {@code ended}
   * elsewhere by this request.
   */
  private static void writePage(
      PrintWriter out, String contextPath, Problem problem, Locale locale, boolean ended) {
    String language = Messages.LOCALES.contains(locale.getLanguage()) ? locale.getLanguage() : "en";
    Locale written = Locale.forLanguageTag(language);
    String title = Html.escape(problem.title());
    out.write("<!DOCTYPE html>\n<html lang=\"" + language + "\"><head><meta charset=\"utf-8\">");
    out.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
    out.write("<title>" + title + " - backcare</title>");
    out.write(
        "<link rel=\"stylesheet\" href=\""
            + Html.escape(contextPath)
            + "/resources/css/backcare.css\"></head>");
    boolean forget = ended || problem.type().endsWith(":not-eligible");
    out.write(
        forget
            ? "<body data-base=\"" + Html.escape(contextPath) + "/\" data-device=\"clear\">"
            : "<body>");
    out.write("<main id=\"main\" class=\"error-page\"><h1>" + title + "</h1>");
    out.write("<p>" + Html.escape(problem.detail()) + "</p>");
    if (problem.instance() != null) {
      out.write(
          "<p class=\"reference\">"
              + Html.escape(Messages.text("error.reference", written))
              + " <code>"
              + Html.escape(problem.instance())
              + "</code></p>");
    }
    out.write(
        "<p><a href=\""
            + Html.escape(contextPath)
            + "/\">"
            + Html.escape(Messages.text("error.back-home", written))
            + "</a></p>");
    out.write("</main>");
    if (forget) {
      out.write("<script src=\"" + Html.escape(contextPath) + "/resources/js/app.js\"></script>");
    }
    out.write("</body></html>\n");
  }
}
