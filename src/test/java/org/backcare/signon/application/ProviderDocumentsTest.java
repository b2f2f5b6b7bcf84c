package org.backcare.signon.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.backcare.signon.domain.TokenProblem;
import org.backcare.signon.domain.TokenRejected;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** How backcare reads a provider's documents: a bounded read, the declared charset, the cache. */
class ProviderDocumentsTest {

  private final AtomicReference<byte[]> body = new AtomicReference<>();
  private final AtomicReference<String> contentType = new AtomicReference<>("application/json");
  private final AtomicInteger reads = new AtomicInteger();
  private HttpServer provider;
  private ProviderDocuments documents;
  private URI address;

  @BeforeEach
  void start() throws IOException {
    provider = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    provider.createContext(
        "/doc",
        exchange -> {
          reads.incrementAndGet();
          byte[] bytes = body.get();
          exchange.getResponseHeaders().set("Content-Type", contentType.get());
          exchange.sendResponseHeaders(200, bytes.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
          }
        });
    provider.start();
    address = URI.create("http://127.0.0.1:" + provider.getAddress().getPort() + "/doc");
    documents = new ProviderDocuments();
    documents.clock = Clock.systemUTC();
  }

  @AfterEach
  void stop() {
    provider.stop(0);
  }

  @Test
  void anAnswerLargerThanTheLimitIsRefusedAsAProviderThatCannotBeRead() {
    body.set(new byte[ProviderDocuments.MAX_BYTES + 1]);
    TokenRejected refused =
        assertThrows(
            TokenRejected.class,
            () -> documents.get(address, "the key set", text -> text),
            "an answer over 1 MiB is not read into the heap");
    assertEquals(
        TokenProblem.PROVIDER_UNAVAILABLE,
        refused.problem(),
        "the member is told the provider cannot be reached, not that their sign-in was bad");
    assertTrue(
        refused.getMessage().contains("more than"),
        () -> "the log says the answer was too large: " + refused.getMessage());
  }

  @Test
  void anAnswerOfExactlyTheLimitIsRead() {
    body.set("a".repeat(ProviderDocuments.MAX_BYTES).getBytes(StandardCharsets.US_ASCII));
    assertEquals(
        ProviderDocuments.MAX_BYTES,
        documents.get(address, "the metadata", String::length),
        "the limit itself is still accepted");
  }

  @Test
  void theDeclaredCharsetIsHonouredAndUtf8IsTheDefault() {
    body.set("Müller".getBytes(StandardCharsets.ISO_8859_1));
    contentType.set("application/xml; charset=ISO-8859-1");
    assertEquals(
        "Müller",
        documents.get(address, "the metadata", text -> text),
        "metadata declared as ISO-8859-1 is decoded as such");
    body.set("Müller".getBytes(StandardCharsets.UTF_8));
    contentType.set("application/json; charset=not-a-charset");
    assertEquals(
        "Müller",
        documents.reread(URI.create(address + "?again"), "the key set", text -> text),
        "an unknown charset falls back to UTF-8, JSON's only encoding, rather than failing");
  }

  @Test
  void aDocumentIsReadOnceWhileItIsFresh() {
    body.set("{}".getBytes(StandardCharsets.UTF_8));
    documents.get(address, "the discovery document", text -> text);
    documents.get(address, "the discovery document", text -> text);
    assertEquals(1, reads.get(), "a second sign-in within the hour uses the cached document");
  }

  @Test
  void aPostAnswerIsBoundedToo() {
    body.set(new byte[ProviderDocuments.MAX_BYTES + 1]);
    TokenRejected refused =
        assertThrows(
            TokenRejected.class,
            () -> documents.post(address, Map.of(), "grant_type=authorization_code"),
            "a token endpoint's oversized answer is refused like any other");
    assertEquals(
        TokenProblem.PROVIDER_UNAVAILABLE,
        refused.problem(),
        "an oversized token answer means the provider is unavailable");
  }
}
