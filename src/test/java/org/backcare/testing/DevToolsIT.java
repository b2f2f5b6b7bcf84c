package org.backcare.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * {@link DevTools} against a real Chromium and a tiny installable offline app served by the JDK's
 * HTTP server: no application server, so the helper's own behaviour is what passes or fails.
 */
class DevToolsIT {

  private static final String PAGE =
      """
      <!doctype html><html lang="en"><head><meta charset="utf-8"><title>App</title>
      <meta name="viewport" content="width=device-width, initial-scale=1">
      %s</head><body><h1>App</h1><script>
      navigator.serviceWorker.register('/app/sw.js', {scope: '/app/'});
      </script></body></html>
      """;
  private static final String MANIFEST =
      """
      {"name": "Offline app", "short_name": "App", "start_url": "/app/", "scope": "/app/",
       "display": "standalone",
       "icons": [{"src": "/app/icon.svg", "sizes": "any", "type": "image/svg+xml"},
                 {"src": "/app/icon.svg", "sizes": "512x512", "type": "image/svg+xml"}]}
      """;
  private static final String ICON =
      "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 512 512'>"
          + "<rect width='512' height='512' fill='#0a6'/></svg>";

  /**
   * Network first, the cache when the network fails; API calls carry X-Via so the server sees the
   * worker.
   */
  private static final String WORKER =
      """
      self.addEventListener('install', e => e.waitUntil(
        caches.open('app').then(c => c.addAll(['/app/index.html'])).then(() => self.skipWaiting())));
      self.addEventListener('activate', e => e.waitUntil(self.clients.claim()));
      self.addEventListener('fetch', e => {
        const api = new URL(e.request.url).pathname === '/app/api';
        const request = api ? fetch(e.request.url, {headers: {'X-Via': 'sw'}}) : fetch(e.request);
        e.respondWith(request.catch(() => caches.match(e.request).then(r => r || Response.error())));
      });
      """;

  @RegisterExtension Browser browser = new Browser();

  private final AtomicInteger apiCalls = new AtomicInteger();
  private final AtomicInteger workerCalls = new AtomicInteger();
  private HttpServer server;
  private String base;

  @BeforeEach
  void serve() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        exchange -> {
          String path = exchange.getRequestURI().getPath();
          switch (path) {
            case "/app/", "/app/index.html" ->
                answer(
                    exchange,
                    "text/html",
                    PAGE.formatted("<link rel=\"manifest\" href=\"/app/manifest.webmanifest\">"));
            case "/app/plain.html" -> answer(exchange, "text/html", PAGE.formatted(""));
            case "/app/manifest.webmanifest" ->
                answer(exchange, "application/manifest+json", MANIFEST);
            case "/app/icon.svg" -> answer(exchange, "image/svg+xml", ICON);
            case "/app/sw.js" -> answer(exchange, "text/javascript", WORKER);
            case "/app/api" -> {
              if ("sw".equals(exchange.getRequestHeaders().getFirst("X-Via"))) {
                workerCalls.incrementAndGet();
              }
              answer(
                  exchange, "application/json", "{\"calls\": " + apiCalls.incrementAndGet() + "}");
            }
            default -> {
              exchange.sendResponseHeaders(404, -1);
              exchange.close();
            }
          }
        });
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void installableOnceTheWorkerRunsAndNotWithoutAManifest() {
    WebDriver driver = controlledApp();
    try (DevTools devTools = DevTools.attach(driver)) {
      assertEquals(List.of(), devTools.manifestErrors());
      assertEquals(List.of(), devTools.installabilityErrors());
    }
    driver.get(base + "/app/plain.html");
    try (DevTools devTools = DevTools.attach(driver)) {
      List<String> errors = devTools.installabilityErrors();
      assertFalse(errors.isEmpty(), "no manifest, yet installable");
      System.out.println("Installability errors without a manifest: " + errors);
    }
  }

  @Test
  void offlineCutsThePageAndItsServiceWorker() {
    WebDriver driver = controlledApp();
    try (DevTools devTools = DevTools.attach(driver)) {
      assertEquals("ok", fetchApi(driver));
      assertEquals(1, workerCalls.get(), "the page's fetch went through the service worker");

      devTools.offline(true);
      int before = apiCalls.get();
      assertTrue(fetchApi(driver).startsWith("error"));
      assertEquals(before, apiCalls.get(), "the worker's fetch reached the server");

      devTools.offline(false);
      assertEquals("ok", fetchApi(driver));
      assertEquals(before + 1, workerCalls.get());
    }
  }

  @Test
  void offlineCoversAServiceWorkerThatStartsLaterOrWasStopped() {
    WebDriver driver = browser.driver();
    try (DevTools devTools = DevTools.attach(driver)) { // before the app: its worker comes later
      controlledApp();
      devTools.send("ServiceWorker.enable", JsonValue.EMPTY_JSON_OBJECT);
      devTools.send("ServiceWorker.stopAllWorkers", JsonValue.EMPTY_JSON_OBJECT);
      devTools.offline(true);
      int before = apiCalls.get();
      assertTrue(fetchApi(driver).startsWith("error"));
      assertEquals(before, apiCalls.get(), "the stopped worker, woken, reached the server");

      devTools.send("ServiceWorker.stopAllWorkers", JsonValue.EMPTY_JSON_OBJECT);
      assertTrue(fetchApi(driver).startsWith("error"));
      assertEquals(before, apiCalls.get(), "the restarted worker reached the server");

      devTools.offline(false);
      assertEquals("ok", fetchApi(driver));
      assertEquals(1, workerCalls.get());
    }
  }

  @Test
  void aDroppedResponseReachedTheServerButNotThePage() throws Exception {
    WebDriver driver = controlledApp();
    try (DevTools devTools = DevTools.attach(driver)) {
      int before = apiCalls.get();
      var dropped = devTools.failNextResponse("*api*");
      assertTrue(fetchApi(driver).startsWith("error"));
      assertTrue(dropped.get(5, TimeUnit.SECONDS).endsWith("/app/api"));
      assertEquals(before + 1, apiCalls.get(), "the request never reached the server");
      assertEquals("ok", fetchApi(driver));
      assertEquals(before + 2, apiCalls.get());
    }
  }

  /** Opens the app and waits until its service worker controls the page. */
  private WebDriver controlledApp() {
    WebDriver driver = browser.driver();
    driver.get(base + "/app/index.html");
    Object controlled =
        ((JavascriptExecutor) driver)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "navigator.serviceWorker.ready.then(() => navigator.serviceWorker.controller"
                    + " ? done(true) : navigator.serviceWorker.oncontrollerchange = () => done(true));");
    assertEquals(Boolean.TRUE, controlled);
    return driver;
  }

  /** "ok" when the page's fetch of the API answered, else "error: ..." with the rejection. */
  private static String fetchApi(WebDriver driver) {
    return (String)
        ((JavascriptExecutor) driver)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "fetch('/app/api', {cache: 'no-store'}).then(r => r.json())"
                    + ".then(() => done('ok'), e => done('error: ' + e));");
  }

  private static void answer(HttpExchange exchange, String type, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.sendResponseHeaders(200, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }
}
