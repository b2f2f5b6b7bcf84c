package org.backcare.signon.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;
import org.backcare.platform.problem.Problem;
import org.backcare.platform.web.ErrorPageServlet;
import org.backcare.signon.application.Launches;
import org.backcare.signon.domain.TokenRejected;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code /launch}: where the employer's portal sends a member, with a signed token as the {@code
 * token} query parameter (GET) or form field (POST). On success the member gets a new session (a
 * new id, so no session fixation) and a 303 to the token's destination; on failure a page says why,
 * and neither a member nor a session is created.
 */
@WebServlet(urlPatterns = "/launch", name = "launch")
public class LaunchServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(LaunchServlet.class.getName());

  @Inject Launches launches;

  @Inject
  @ConfigProperty(name = "SESSION_CLONE_ID", defaultValue = "backcare")
  String cloneId;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    launch(request, response);
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    launch(request, response);
  }

  private void launch(HttpServletRequest request, HttpServletResponse response) throws IOException {
    response.setHeader("Cache-Control", "no-store");
    Launches.Launch launch;
    try {
      launch = launches.launch(request.getParameter("token"));
    } catch (TokenRejected e) {
      LOG.info(() -> "Launch refused: " + e.slug() + " " + e.detail());
      ErrorPageServlet.render(
          response,
          request.getContextPath(),
          Problem.of(
              e.slug(),
              e.title(),
              401,
              e.problem().message()
                  + " Go back to your employer's portal and open backcare again."));
      return;
    }
    MemberSessions.begin(
        request,
        response,
        launch.member(),
        launch.token().tenant().sessionIdle(),
        launch.token().locale().filter(launch.token().tenant().locales()::contains),
        launch.destination(),
        cloneId);
  }
}
