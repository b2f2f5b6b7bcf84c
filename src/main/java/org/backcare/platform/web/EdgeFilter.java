package org.backcare.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.backcare.platform.domain.Messages;
import org.backcare.platform.domain.PublicAddress;
import org.backcare.platform.domain.RequestLimits;
import org.backcare.platform.domain.RequestLimits.Refusal;
import org.backcare.platform.problem.Problem;
import org.backcare.platform.problem.ScimError;

/**
 * The first thing every request meets, with or without an ingress in front: a request no page or
 * API call of backcare's could be is refused here with its own status and a page or problem, before
 * the server parses a form, a Faces view is built, a metric is recorded or a session is read. The
 * rules themselves are {@link RequestLimits}; this class only applies them to the servlet request.
 *
 * <p>It also sets what depends on the public address rather than on the page: {@code
 * Strict-Transport-Security} whenever backcare is served over HTTPS, so a browser that once reached
 * it never again sends a member's cookie over plain HTTP, and redirects made absolute with that
 * address.
 */
public class EdgeFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** One year, the value HSTS preload lists and the OWASP guidance use. */
  static final String HSTS = "max-age=31536000";

  /**
   * A page is rendered into a buffer this large before anything is sent, so a failure halfway
   * through (the database going away) still becomes the 503 page instead of a page cut off after a
   * 200; Faces pages get the same size from {@code jakarta.faces.FACELETS_BUFFER_SIZE} (web.xml).
   * The largest page, the toolbox, is about 28 KB.
   */
  static final int PAGE_BUFFER_BYTES = 64 * 1024;

  @Inject PublicAddresses addresses;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (addresses.address().map(PublicAddress::https).orElse(request.isSecure())) {
      response.setHeader("Strict-Transport-Security", HSTS);
    }
    String inside = insidePath(request);
    boolean scim = inside.startsWith("/scim/");
    boolean api = inside.startsWith("/api/") || scim;
    Refusal refusal =
        RequestLimits.check(
            request.getMethod(),
            inside,
            api,
            request.getContentLengthLong(),
            request.getContentType(),
            request.getHeader("Transfer-Encoding") != null);
    if (refusal == null && RequestLimits.mayHaveParameters(request.getContentType())) {
      refusal = RequestLimits.checkParameters(parameterCount(request), hasBody(request));
    } else if (refusal == null && request.getQueryString() != null) {
      refusal = RequestLimits.checkParameters(parameterCount(request), false);
    }
    if (refusal != null) {
      refuse(request, response, refusal, api, scim);
      return;
    }
    if (!api && !response.isCommitted()) {
      response.setBufferSize(PAGE_BUFFER_BYTES);
    }
    chain.doFilter(request, publicRedirects(response));
  }

  /**
   * Redirects to a path of backcare's (every Faces navigation, the demo sign-in) made absolute with
   * the public address rather than by the server from the request's scheme and host.
   */
  private HttpServletResponse publicRedirects(HttpServletResponse response) {
    return addresses
        .address()
        .<HttpServletResponse>map(
            address ->
                new HttpServletResponseWrapper(response) {
                  @Override
                  public void sendRedirect(String location) throws IOException {
                    super.sendRedirect(address.absolute(location));
                  }
                })
        .orElse(response);
  }

  /** The decoded path inside backcare, as the servlet container will route it. */
  private static String insidePath(HttpServletRequest request) {
    String servletPath = request.getServletPath() == null ? "" : request.getServletPath();
    String pathInfo = request.getPathInfo() == null ? "" : request.getPathInfo();
    String path = servletPath + pathInfo;
    return path.isEmpty() ? "/" : path;
  }

  private static boolean hasBody(HttpServletRequest request) {
    return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
  }

  /**
   * How many parameter values the request carries, or {@link Integer#MAX_VALUE} when the server
   * itself gave up parsing them (Open Liberty throws past its own limit, Payara drops the rest).
   */
  private static int parameterCount(HttpServletRequest request) {
    try {
      int count = 0;
      for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
        count += Math.max(1, parameter.getValue().length);
      }
      return count;
    } catch (IllegalStateException | IllegalArgumentException e) {
      return Integer.MAX_VALUE;
    }
  }

  private static void refuse(
      HttpServletRequest request,
      HttpServletResponse response,
      Refusal refusal,
      boolean api,
      boolean scim)
      throws IOException {
    Locale locale = request.getLocale();
    Problem problem =
        Problem.of(
            refusal.slug(),
            Messages.text("problem." + refusal.slug() + ".title", locale),
            refusal.status(),
            Messages.format("problem." + refusal.slug(), locale, refusal.argument()));
    response.setHeader("Cache-Control", "no-store");
    if (refusal.status() == 405) {
      response.setHeader("Allow", String.join(", ", RequestLimits.allowed(api)));
    }
    if (refusal.closesConnection()) {
      // The rest of an oversized body is never read: tell the client the connection ends here.
      response.setHeader("Connection", "close");
    }
    if (scim) {
      ProblemResponses.writeScim(
          response,
          new ScimError(
              refusal.status(),
              refusal.status() == 400 ? Optional.of("invalidValue") : Optional.empty(),
              problem.detail()));
    } else if (api) {
      response.setStatus(refusal.status());
      ProblemResponses.write(response, problem);
    } else {
      ErrorPageServlet.render(response, request.getContextPath(), problem, locale);
    }
  }
}
