package org.backcare.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.backcare.platform.domain.Messages;
import org.backcare.platform.problem.Problem;

/**
 * Answers 421 (Misdirected Request) to a request that names a host backcare is not served at (see
 * {@link PublicAddresses}), before anything else reads it: no page, redirect or address is ever
 * built for a host a client made up.
 */
public class PublicAddressFilter extends HttpFilter {

  /** RFC 9110: the request was directed at a server that cannot answer for that host. */
  static final int MISDIRECTED = 421;

  @Inject PublicAddresses addresses;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (addresses.serves(request)) {
      chain.doFilter(request, response);
      return;
    }
    Locale locale = request.getLocale();
    response.setStatus(MISDIRECTED);
    response.setHeader("Cache-Control", "no-store");
    ProblemResponses.write(
        response,
        Problem.of(
            "misdirected",
            Messages.text("problem.misdirected.title", locale),
            MISDIRECTED,
            Messages.text("problem.misdirected", locale)));
  }
}
