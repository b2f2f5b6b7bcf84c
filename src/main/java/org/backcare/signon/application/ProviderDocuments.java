package org.backcare.signon.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.backcare.signon.domain.TokenProblem;
import org.backcare.signon.domain.TokenRejected;

/**
 * What backcare reads from employers' identity providers, for both protocols: OpenID Connect
 * discovery documents and key sets, SAML metadata, and the token endpoint's answers. One HTTP
 * client (no redirects followed, short timeouts), one cache (a document is trusted for {@link
 * #LIFETIME}, then read again, so a rotated key or changed metadata takes effect without a
 * restart), and one way a provider that cannot be reached is reported: {@link
 * TokenProblem#PROVIDER_UNAVAILABLE}, which the member sees as "try again in a minute". An answer
 * is read up to {@link #MAX_BYTES} and no further: a provider's documents are a few kilobytes, and
 * an instance with a small heap must not be filled by a misconfigured or hostile address.
 *
 * <p>The protocol libraries parse what is read here; they never open connections of their own.
 */
@ApplicationScoped
public class ProviderDocuments {

  /** How long a provider's document is trusted before it is read again. */
  static final Duration LIFETIME = Duration.ofHours(1);

  /** A document read again early (a key not found) is not read again sooner than this. */
  static final Duration EARLIEST_REREAD = Duration.ofMinutes(1);

  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  /**
   * The largest answer read from a provider: 1 MiB, far above a key set (a few KB), a discovery
   * document or one provider's SAML metadata (tens of KB).
   */
  static final int MAX_BYTES = 1 << 20;

  @Inject Clock clock;

  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();
  private final Map<String, Parsed> parsed = new ConcurrentHashMap<>();

  private record Parsed(Object value, Instant readAt) {}

  /**
   * The document at {@code url} as {@code parse} reads it, from the cache while it is fresh.
   *
   * @param what the document, in words for a refusal ("the discovery document")
   * @param parse reads the text; a {@link TokenRejected} it throws is passed on as it is, anything
   *     else means the provider sent something unreadable
   */
  public <T> T get(URI url, String what, Function<String, T> parse) {
    return cached(url.toString(), what, () -> fetch(url, what), parse, LIFETIME);
  }

  /** As {@link #get}, but read again unless the cached copy is under a minute old. */
  public <T> T reread(URI url, String what, Function<String, T> parse) {
    return cached(url.toString(), what, () -> fetch(url, what), parse, EARLIEST_REREAD);
  }

  /** A document given as text (inline metadata), parsed at most once per {@link #LIFETIME}. */
  public <T> T parse(String text, String what, Function<String, T> parse) {
    return cached(text, what, () -> text, parse, LIFETIME);
  }

  /** Posts a form to a provider's endpoint; the caller reads the status and the answer. */
  public Answer post(URI url, Map<String, String> headers, String form) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(url)
            .timeout(TIMEOUT)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(form));
    headers.forEach(request::header);
    return send(request.build());
  }

  @SuppressWarnings("unchecked")
  private <T> T cached(
      String key, String what, Supplier<String> text, Function<String, T> parse, Duration fresh) {
    String entry = what + " " + key;
    Instant now = clock.instant();
    Parsed known = parsed.get(entry);
    if (known != null && known.readAt().plus(fresh).isAfter(now)) {
      return (T) known.value();
    }
    T value;
    try {
      value = parse.apply(text.get());
    } catch (TokenRejected e) {
      throw e;
    } catch (RuntimeException e) {
      throw new TokenRejected(TokenProblem.PROVIDER_UNAVAILABLE, what + " could not be read");
    }
    parsed.put(entry, new Parsed(value, now));
    return value;
  }

  private String fetch(URI url, String what) {
    Answer answer =
        send(
            HttpRequest.newBuilder(url)
                .timeout(TIMEOUT)
                .header("Accept", "application/json, application/xml;q=0.9, */*;q=0.8")
                .GET()
                .build());
    if (answer.statusCode() != 200) {
      throw new TokenRejected(
          TokenProblem.PROVIDER_UNAVAILABLE, what + " answered " + answer.statusCode());
    }
    return answer.body();
  }

  private Answer send(HttpRequest request) {
    try {
      HttpResponse<InputStream> answer =
          http.send(request, HttpResponse.BodyHandlers.ofInputStream());
      return new Answer(answer.statusCode(), text(request, answer));
    } catch (IOException e) {
      throw new TokenRejected(
          TokenProblem.PROVIDER_UNAVAILABLE, request.uri().getHost() + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TokenRejected(TokenProblem.PROVIDER_UNAVAILABLE, "interrupted");
    }
  }

  /**
   * The answer's text in its declared charset (UTF-8 if none), refused beyond {@link #MAX_BYTES}.
   */
  private static String text(HttpRequest request, HttpResponse<InputStream> answer)
      throws IOException {
    try (InputStream body = answer.body()) {
      byte[] bytes = body.readNBytes(MAX_BYTES + 1);
      if (bytes.length > MAX_BYTES) {
        throw new TokenRejected(
            TokenProblem.PROVIDER_UNAVAILABLE,
            request.uri().getHost() + " answered more than " + MAX_BYTES + " bytes");
      }
      return new String(bytes, charset(answer));
    }
  }

  /** The charset the answer declares, if Java knows it; UTF-8 otherwise (JSON's only one). */
  private static Charset charset(HttpResponse<?> answer) {
    String type = answer.headers().firstValue("Content-Type").orElse("");
    for (String parameter : type.split(";")) {
      String p = parameter.strip();
      if (p.regionMatches(true, 0, "charset=", 0, 8)) {
        try {
          return Charset.forName(p.substring(8).replace("\"", ""));
        } catch (IllegalArgumentException unknown) {
          return StandardCharsets.UTF_8;
        }
      }
    }
    return StandardCharsets.UTF_8;
  }

  /** A provider's answer: its status and its body, read as text. */
  public record Answer(int statusCode, String body) {}
}
