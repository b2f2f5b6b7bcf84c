package org.backcare.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.backcare.platform.problem.Problem;
import org.backcare.platform.problem.ScimError;

/**
 * Writes a problem from a servlet or filter (outside JAX-RS) as {@code application/problem+json} in
 * UTF-8, as bytes. Going through the response's writer would let the server pick the encoding and
 * name it: Payara writes ISO-8859-1 and appends {@code ;charset=ISO-8859-1}, which turns a Spanish
 * problem's accents into nonsense for a client reading JSON as UTF-8 (RFC 8259), while Open Liberty
 * leaves the type bare. Bytes make every server send the same answer.
 */
public final class ProblemResponses {

  private ProblemResponses() {}

  /** Writes {@code error} as a SCIM error body, with its status, for the SCIM addresses. */
  public static void writeScim(HttpServletResponse response, ScimError error) throws IOException {
    byte[] body = error.toJson().getBytes(StandardCharsets.UTF_8);
    response.setStatus(error.status());
    response.setContentType(ScimError.MEDIA_TYPE);
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  /** Sends {@code problem} with the status already set on {@code response}. */
  public static void write(HttpServletResponse response, Problem problem) throws IOException {
    byte[] body = problem.toJson().getBytes(StandardCharsets.UTF_8);
    response.setContentType(Problem.MEDIA_TYPE);
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
