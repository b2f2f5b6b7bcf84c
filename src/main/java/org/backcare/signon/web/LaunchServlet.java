package org.backcare.signon.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.backcare.signon.application.Launches;

/**
 * {@code /launch}: where the employer's portal sends a member, with a signed token as the {@code
 * token} query parameter (GET) or form field (POST). On success the member gets a new session (a
 * new id, so no session fixation) and a 303 to the token's destination; on failure a page says why,
 * and neither a member nor a session is created.
 */
@WebServlet(urlPatterns = "/launch", name = "launch")
public class LaunchServlet extends SignOnServlet {

  private static final long serialVersionUID = 1L;

  @Inject Launches launches;

  @Override
  String wayIn() {
    return "Launch";
  }

  @Override
  void serve(HttpServletRequest request, HttpServletResponse response, boolean post) {
    sessions.begin(request, response, launches.launch(request.getParameter("token")));
  }
}
