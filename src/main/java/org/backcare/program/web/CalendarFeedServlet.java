package org.backcare.program.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.backcare.platform.web.PublicAddresses;
import org.backcare.program.application.CalendarFeeds;
import org.backcare.tenant.application.CurrentTenant;
import org.backcare.tenant.application.TenantRegistry;
import org.backcare.tenant.domain.TenantId;

/**
 * {@code /calendar/<tenant>/<token>.ics}: a member's planned sessions for their calendar app.
 * Calendar apps cannot sign in, so the secret token in the path is the only key; an unknown token
 * and an unknown tenant answer the same 404, so the URL space reveals nothing.
 */
@WebServlet("/calendar/*")
public class CalendarFeedServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final Pattern PATH =
      Pattern.compile("/([a-z0-9-]{1,40})/([A-Za-z0-9_-]{32})\\.ics");

  @Inject transient CurrentTenant currentTenant;
  @Inject transient TenantRegistry registry;
  @Inject transient CalendarFeeds feeds;
  @Inject transient PublicAddresses publicAddresses;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Matcher path = PATH.matcher(Optional.ofNullable(request.getPathInfo()).orElse(""));
    if (!path.matches()
        || !TenantId.isValid(path.group(1))
        || registry.serving(new TenantId(path.group(1))).isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    currentTenant.use(new TenantId(path.group(1)));
    Optional<String> feed = feeds.feed(path.group(2), publicAddresses.root(request));
    if (feed.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setContentType("text/calendar; charset=utf-8");
    response.setHeader("Cache-Control", "private, no-store");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.getOutputStream().write(feed.get().getBytes(StandardCharsets.UTF_8));
  }
}
