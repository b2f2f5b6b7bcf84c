package org.backcare.provisioning.rest;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.backcare.platform.domain.RequestLimits;
import org.backcare.platform.problem.ScimError;
import org.backcare.platform.web.ProblemResponses;
import org.backcare.platform.web.PublicAddresses;
import org.backcare.provisioning.application.ScimUsers;
import org.backcare.provisioning.domain.ProvisionedUser;
import org.backcare.provisioning.domain.ScimException;
import org.backcare.provisioning.domain.ScimFilter;
import org.backcare.provisioning.domain.ScimPaging;
import org.backcare.provisioning.domain.ScimUserInput;
import org.backcare.tenant.domain.Tenant;

/**
 * The SCIM 2.0 service provider of each employer, {@code /backcare/scim/v2/<tenant>/}: {@code
 * Users} (create, read, list with a filter and pages, replace, patch, delete; RFC 7644 section 3)
 * and the discovery documents ({@link ScimDiscovery}). A thin edge: it checks the tenant's secret
 * ({@link ScimTenants}), reads the body as strict UTF-8 JSON within the one body limit, hands the
 * parsed request to {@link ScimUsers}, and answers SCIM JSON.
 *
 * <p>A servlet rather than a second JAX-RS application: every answer, the container's refusals
 * included (an unknown address, a method SCIM does not use, a body that is not JSON), must be a
 * SCIM error body, and the JSON API's filters (member tokens, CSRF, problem documents) must never
 * apply to an employer's directory.
 */
@WebServlet(urlPatterns = "/scim/v2/*", name = "scim")
public class ScimServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(ScimServlet.class.getName());

  @Inject ScimTenants tenants;
  @Inject ScimUsers users;
  @Inject PublicAddresses addresses;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setHeader("Cache-Control", "no-store");
    try {
      route(request, response);
    } catch (ScimException e) {
      if (e.status() == 401) {
        response.setHeader("WWW-Authenticate", "Bearer realm=\"backcare-scim\"");
      }
      ProblemResponses.writeScim(response, new ScimError(e.status(), e.scimType(), e.detail()));
    } catch (RuntimeException e) {
      String reference = UUID.randomUUID().toString();
      LOG.log(Level.SEVERE, "SCIM request failed, reference " + reference, e);
      ProblemResponses.writeScim(
          response,
          new ScimError(
              500,
              Optional.empty(),
              "backcare could not complete the request; nothing was changed. Reference "
                  + reference));
    }
  }

  private void route(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String[] parts =
        Optional.ofNullable(request.getPathInfo()).orElse("/").substring(1).split("/", 2);
    Tenant tenant = tenants.require(parts[0], request.getHeader("Authorization"));
    String root = addresses.resolve(request, "/scim/v2/" + tenant.id().value() + "/");
    String path = parts.length > 1 ? parts[1] : "";
    String method = request.getMethod();
    if (path.equals("Users")) {
      switch (method) {
        case "POST" -> {
          ProvisionedUser user = users.create(tenant, ScimUserInput.fromResource(body(request)));
          response.setHeader("Location", root + "Users/" + user.id());
          write(response, 201, user, root);
        }
        case "GET" -> list(request, response, tenant, root);
        default -> notAllowed(response, "GET, POST");
      }
      return;
    }
    if (path.startsWith("Users/") && path.indexOf('/', 6) < 0) {
      String id = path.substring(6);
      switch (method) {
        case "GET" -> write(response, 200, users.get(tenant, id), root);
        case "PUT" ->
            write(
                response,
                200,
                users.replace(tenant, id, ScimUserInput.fromResource(body(request))),
                root);
        case "PATCH" -> write(response, 200, users.patch(tenant, id, body(request)), root);
        case "DELETE" -> {
          users.delete(tenant, id);
          response.setStatus(204);
        }
        default -> notAllowed(response, "GET, PUT, PATCH, DELETE");
      }
      return;
    }
    if (!method.equals("GET")) {
      notAllowed(response, "GET");
      return;
    }
    JsonObject answer = new ScimDiscovery(root).answer(path);
    json(response, 200, answer.toString());
  }

  private void list(
      HttpServletRequest request, HttpServletResponse response, Tenant tenant, String root)
      throws IOException {
    ScimPaging paging =
        ScimPaging.of(
            number("startIndex", request.getParameter("startIndex")),
            number("count", request.getParameter("count")));
    String filter = request.getParameter("filter");
    Optional<ScimFilter> match =
        filter == null || filter.isBlank()
            ? Optional.empty()
            : Optional.of(ScimFilter.parse(filter));
    json(response, 200, ScimJson.list(users.list(tenant, match, paging), paging, root).toString());
  }

  private static void write(
      HttpServletResponse response, int status, ProvisionedUser user, String root)
      throws IOException {
    json(response, status, ScimJson.user(user, root + "Users/" + user.id()).toString());
  }

  private static void json(HttpServletResponse response, int status, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    response.setStatus(status);
    response.setContentType(ScimError.MEDIA_TYPE + ";charset=UTF-8");
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
  }

  private static void notAllowed(HttpServletResponse response, String allow) {
    response.setHeader("Allow", allow);
    throw new ScimException(405, null, "This SCIM resource answers " + allow + ".");
  }

  /** The body as one JSON object: strict UTF-8, within the one body limit. */
  private static JsonObject body(HttpServletRequest request) throws IOException {
    byte[] bytes = request.getInputStream().readNBytes(RequestLimits.MAX_BODY_BYTES + 1);
    if (bytes.length > RequestLimits.MAX_BODY_BYTES) {
      throw new ScimException(
          413,
          null,
          "A request body may be at most " + RequestLimits.MAX_BODY_BYTES / 1024 + " KiB.");
    }
    if (bytes.length == 0) {
      throw ScimException.invalidSyntax("The request needs a JSON body.");
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      throw ScimException.invalidSyntax("The body is not UTF-8.");
    }
    try (JsonReader reader = Json.createReader(new StringReader(text))) {
      JsonValue value = reader.readValue();
      if (value.getValueType() != JsonValue.ValueType.OBJECT) {
        throw ScimException.invalidSyntax("The body must be a JSON object.");
      }
      return value.asJsonObject();
    } catch (JsonException | IllegalStateException e) {
      throw ScimException.invalidSyntax("The body is not well-formed JSON.");
    }
  }

  /** A whole number from the address, or none; anything else is refused. */
  private static Integer number(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      throw ScimException.invalidValue(name + " must be a whole number.");
    }
  }
}
