package org.backcare.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A small black-box HTTP client for integration tests: one cookie jar per instance (so one instance
 * is one browser session), no redirects followed, and helpers for JSON bodies and Faces form posts.
 */
public final class Http {

  private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>");
  private static final Pattern NAME = Pattern.compile("\\bname=\"([^\"]*)\"");
  private static final Pattern VALUE = Pattern.compile("\\bvalue=\"([^\"]*)\"");

  private final URI server;
  private final HttpClient client;
  private final CookieManager cookies;

  /** A client for the server behind {@code deploymentUrl} (e.g. http://host:port/backcare/). */
  public Http(URL deploymentUrl) {
    this(deploymentUrl, new CookieManager());
  }

  private Http(URL deploymentUrl, CookieManager cookies) {
    URI uri = URI.create(deploymentUrl.toString());
    this.server = URI.create(uri.getScheme() + "://" + uri.getAuthority());
    this.cookies = cookies;
    this.client =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
  }

  /** The same browser (its cookies) talking to another server, e.g. another instance. */
  public Http at(URL otherServer) {
    return new Http(otherServer, cookies);
  }

  /** {@code path} is absolute on the server, e.g. {@code /backcare/api/v1/tenant}. */
  public HttpResponse<String> get(String path, String... headers) {
    return send(request(path, headers).GET().build());
  }

  public HttpResponse<String> send(String method, String path, String body, String... headers) {
    return send(
        request(path, headers)
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  /** {@code method} on {@code path} with a body of unknown length (sent chunked). */
  public HttpResponse<String> sendChunked(
      String method, String path, byte[] body, String... headers) {
    return send(
        request(path, headers)
            .method(
                method,
                HttpRequest.BodyPublishers.ofInputStream(
                    () -> new java.io.ByteArrayInputStream(body)))
            .build());
  }

  /**
   * Submits the Faces form {@code formId} found on {@code page} with {@code fields} (names relative
   * to the form, e.g. {@code tenant}) by pressing {@code button}. Like a browser, it sends every
   * hidden field the form carries (the view state, and the marker each Faces implementation adds in
   * its own way: MyFaces {@code form_SUBMIT=1}, Mojarra {@code form=form}), so the same test works
   * on any server.
   */
  public HttpResponse<String> submitForm(
      String pagePath, String page, String formId, String button, Map<String, String> fields) {
    Matcher start =
        Pattern.compile("<form[^>]*\\bid=\"" + Pattern.quote(formId) + "\"").matcher(page);
    if (!start.find()) {
      throw new AssertionError("no form " + formId + " on " + pagePath);
    }
    int end = page.indexOf("</form>", start.end());
    String formHtml = page.substring(start.start(), end < 0 ? page.length() : end);
    StringBuilder form = new StringBuilder();
    Matcher input = INPUT.matcher(formHtml);
    while (input.find()) {
      String tag = input.group();
      if (!tag.contains("type=\"hidden\"")) {
        continue;
      }
      Matcher name = NAME.matcher(tag);
      Matcher value = VALUE.matcher(tag);
      if (name.find() && !fields.containsKey(unescape(name.group(1)).replace(formId + ":", ""))) {
        form.append(form.length() == 0 ? "" : "&").append(encode(unescape(name.group(1))));
        form.append('=').append(encode(value.find() ? unescape(value.group(1)) : ""));
      }
    }
    if (form.indexOf(encode("jakarta.faces.ViewState") + "=") < 0) {
      throw new AssertionError("no Faces view state in form " + formId + " on " + pagePath);
    }
    form.append('&').append(encode(formId + ":" + button)).append("=go");
    form.append(
        fields.entrySet().stream()
            .map(e -> "&" + encode(formId + ":" + e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining()));
    return send(
        request(pagePath, "Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form.toString()))
            .build());
  }

  /** The character references a server may use in an attribute value. */
  private static String unescape(String attribute) {
    Matcher reference = Pattern.compile("&#(x?)([0-9a-fA-F]+);").matcher(attribute);
    StringBuilder plain = new StringBuilder();
    while (reference.find()) {
      int code = Integer.parseInt(reference.group(2), reference.group(1).isEmpty() ? 10 : 16);
      reference.appendReplacement(plain, Matcher.quoteReplacement(Character.toString(code)));
    }
    reference.appendTail(plain);
    return plain
        .toString()
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
  }

  /** Follows the redirect {@code response} points to (a GET on its Location). */
  public HttpResponse<String> follow(HttpResponse<String> response) {
    String location =
        response
            .headers()
            .firstValue("Location")
            .orElseThrow(() -> new AssertionError("no Location on " + response.statusCode()));
    return get(URI.create(location).getRawPath() + query(URI.create(location)));
  }

  /**
   * Signs in through the demo sign-in as a new demo member of {@code tenant}: the home page's form
   * mints a launch token, then {@code /launch} starts the session. Returns the launch's answer.
   */
  public HttpResponse<String> signInAsDemo(String tenant) {
    HttpResponse<String> home = get("/backcare/");
    HttpResponse<String> minted =
        submitForm(
            "/backcare/index.xhtml", home.body(), "demoSignIn", "signIn", Map.of("tenant", tenant));
    if (minted.statusCode() != 302
        || !minted.headers().firstValue("Location").orElse("").contains("/launch?token=")) {
      throw new AssertionError("demo sign-in did not redirect to the launch: " + minted.body());
    }
    return follow(minted);
  }

  private static String query(URI uri) {
    return uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
  }

  /** The body of {@code response} as a list of JSON objects. */
  public static java.util.List<JsonObject> jsonArray(HttpResponse<String> response) {
    try (var reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readArray().getValuesAs(JsonObject.class);
    }
  }

  /** The body of {@code response} as a JSON object. */
  public static JsonObject json(HttpResponse<String> response) {
    try (var reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readObject();
    }
  }

  private HttpRequest.Builder request(String path, String... headers) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(server.resolve(path)).timeout(Duration.ofSeconds(30));
    if (headers.length > 0) {
      builder.headers(headers);
    }
    return builder;
  }

  /**
   * {@code method} on {@code path} without checking the answer against the API description: for a
   * request the server's own HTTP layer refuses before any application sees it, whose answer is the
   * server's and not part of backcare's API.
   */
  public HttpResponse<String> sendToServerLayer(String method, String path, String... headers) {
    return send(
        request(path, headers).method(method, HttpRequest.BodyPublishers.noBody()).build(), false);
  }

  private HttpResponse<String> send(HttpRequest request) {
    return send(request, true);
  }

  private HttpResponse<String> send(HttpRequest request, boolean checkContract) {
    try {
      HttpResponse<String> answer = client.send(request, HttpResponse.BodyHandlers.ofString());
      if (checkContract) {
        ApiContract.check(server, request, answer);
      }
      return answer;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
