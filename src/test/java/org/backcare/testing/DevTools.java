package org.backcare.testing;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.openqa.selenium.HasCapabilities;
import org.openqa.selenium.WebDriver;

/**
 * The Chrome DevTools Protocol, with events, for the page a {@link Browser} drives: offline
 * emulation that also covers the page's service worker, a response dropped on the wire, and
 * Chromium's installability verdict.
 *
 * <p>Why not Selenium's own DevTools: it needs a {@code selenium-devtools-vNNN} artifact matching
 * Chromium's version, and Debian's Chromium moves ahead of Selenium releases. This speaks the
 * protocol's JSON over the JDK's WebSocket client to ChromeDriver's {@code debuggerAddress}, so any
 * Chromium works. (The JDK client sends no {@code Origin} header, so Chromium accepts it without
 * {@code --remote-allow-origins}.)
 *
 * <p>Why the service workers get sessions of their own: emulation set on the page target does not
 * reach requests a service worker makes (the page's fetch is answered by the worker, whose own
 * fetch went out unhindered), and Fetch interception on the page never sees them either. Target
 * auto-attach on the page hands over its service workers, also one that starts later, in flat
 * sessions on this one socket. It does not pause them (waitForDebuggerOnStart false): with true,
 * Chromium 156 paused a worker restarting after a stop without telling anyone, and the page hung.
 */
public final class DevTools implements AutoCloseable {

  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonObject>> pending = new ConcurrentHashMap<>();
  private final Map<String, List<BiConsumer<String, JsonObject>>> handlers =
      new ConcurrentHashMap<>();

  /**
   * Events run here, in order, off the socket's thread, so a handler may call send (its answer
   * arrives on the socket's thread). A handler that throws loses only that event.
   */
  private final ExecutorService events = Executors.newSingleThreadExecutor();

  /** Sessions of the page's auto-attached targets (service workers above all). */
  private final Set<String> children = ConcurrentHashMap.newKeySet();

  private volatile boolean offline;

  /** The Fetch.enable parameters while a response is to be dropped; later workers get them too. */
  private volatile JsonObject failing;

  private DevTools(URI webSocketDebuggerUrl) {
    socket =
        HttpClient.newHttpClient()
            .newWebSocketBuilder()
            .connectTimeout(TIMEOUT)
            .buildAsync(webSocketDebuggerUrl, new Listener())
            .orTimeout(TIMEOUT.toSeconds(), TimeUnit.SECONDS)
            .join();
    on("Target.attachedToTarget", this::attached);
    on("Target.detachedFromTarget", e -> children.remove(e.getString("sessionId")));
    send(
        "Target.setAutoAttach",
        json("autoAttach", true, "waitForDebuggerOnStart", false, "flatten", true));
  }

  /**
   * Attaches to the page target {@code driver} drives: the target whose id is the driver's window
   * handle (ChromeDriver uses target ids as handles), else the page at the driver's URL, else the
   * only page.
   */
  public static DevTools attach(WebDriver driver) {
    var chrome =
        (Map<?, ?>)
            ((HasCapabilities) driver).getCapabilities().getCapability("goog:chromeOptions");
    String address = (String) chrome.get("debuggerAddress");
    try {
      String body =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create("http://" + address + "/json"))
                      .timeout(TIMEOUT)
                      .build(),
                  HttpResponse.BodyHandlers.ofString())
              .body();
      List<JsonObject> pages =
          Json.createReader(new StringReader(body))
              .readArray()
              .getValuesAs(JsonObject.class)
              .stream()
              .filter(t -> "page".equals(t.getString("type")))
              .toList();
      String handle = driver.getWindowHandle();
      String url = driver.getCurrentUrl();
      JsonObject page =
          pages.stream()
              .filter(t -> t.getString("id").equals(handle))
              .findFirst()
              .or(() -> pages.stream().filter(t -> t.getString("url").equals(url)).findFirst())
              .or(() -> pages.size() == 1 ? Optional.of(pages.get(0)) : Optional.empty())
              .orElseThrow(
                  () -> new IllegalStateException("no page target for " + url + " in " + body));
      return new DevTools(URI.create(page.getString("webSocketDebuggerUrl")));
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException("no DevTools targets at " + address, e);
    }
  }

  /** Sends a command to the page and waits (10 s at most) for its result. */
  public JsonObject send(String method, JsonObject params) {
    return send(null, method, params);
  }

  private JsonObject send(String sessionId, String method, JsonObject params) {
    try {
      return call(sessionId, method, params).get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (Exception e) {
      throw new IllegalStateException(method + " failed: " + e, e);
    }
  }

  private CompletableFuture<JsonObject> call(String sessionId, String method, JsonObject params) {
    int id = ids.incrementAndGet();
    var message =
        Json.createObjectBuilder().add("id", id).add("method", method).add("params", params);
    if (sessionId != null) {
      message.add("sessionId", sessionId);
    }
    CompletableFuture<JsonObject> result = new CompletableFuture<>();
    pending.put(id, result);
    result.whenComplete((r, e) -> pending.remove(id));
    synchronized (socket) { // the WebSocket takes one outgoing message at a time
      socket.sendText(message.build().toString(), true).join();
    }
    return result;
  }

  /**
   * Calls {@code handler} with the parameters of each {@code event} (e.g.
   * "Network.requestWillBeSent") the page sends, on one event thread in order; the returned action
   * unsubscribes.
   */
  public Runnable on(String event, Consumer<JsonObject> handler) {
    return onAny(
        event,
        (session, params) -> {
          if (session == null) {
            handler.accept(params);
          }
        });
  }

  /** As {@link #on}, also for attached targets: the handler gets the session id (null: page). */
  private Runnable onAny(String event, BiConsumer<String, JsonObject> handler) {
    handlers.computeIfAbsent(event, e -> new CopyOnWriteArrayList<>()).add(handler);
    return () -> handlers.get(event).remove(handler);
  }

  /**
   * Cuts (or restores) the network for the page and its service workers, now and later ones.
   * Stopped workers are started first: one takes the conditions only while it runs (it keeps them
   * when it stops and starts again), so sent to a stopped worker they would be lost.
   */
  public synchronized void offline(boolean offline) {
    this.offline = offline;
    emulate(null);
    String scopeList = "navigator.serviceWorker?.getRegistrations().then(r => r.map(w => w.scope))";
    var query =
        json("expression", scopeList + " ?? []", "awaitPromise", true, "returnByValue", true);
    JsonObject scopes = send("Runtime.evaluate", query);
    send("ServiceWorker.enable", JsonValue.EMPTY_JSON_OBJECT);
    for (var scope :
        scopes.getJsonObject("result").getJsonArray("value").getValuesAs(JsonString.class)) {
      send("ServiceWorker.startWorker", json("scopeURL", scope.getString()));
    }
    // A worker answers Network.enable once it runs; then the conditions take.
    CompletableFuture.allOf(
            children.stream().map(this::emulateOnceRunning).toArray(CompletableFuture[]::new))
        .orTimeout(TIMEOUT.toSeconds(), TimeUnit.SECONDS)
        .join();
  }

  /**
   * Lets the next response whose URL matches {@code urlPattern} (Fetch wildcards: "*api*") reach
   * the browser, then drops it, so the server did the work but the page's fetch fails with a
   * network error, as when a connection breaks before the answer arrives.
   *
   * @return completed with the dropped request's URL
   */
  public synchronized CompletableFuture<String> failNextResponse(String urlPattern) {
    CompletableFuture<String> dropped = new CompletableFuture<>();
    Runnable[] subscription = new Runnable[1];
    subscription[0] =
        onAny(
            "Fetch.requestPaused",
            (session, paused) -> {
              String request = paused.getString("requestId");
              if (dropped.isDone()) {
                send(session, "Fetch.continueRequest", json("requestId", request));
                return;
              }
              send(
                  session,
                  "Fetch.failRequest",
                  json("requestId", request, "errorReason", "ConnectionReset"));
              subscription[0].run();
              failing = null;
              quietly(null, "Fetch.disable", JsonValue.EMPTY_JSON_OBJECT);
              children.forEach(
                  child -> quietly(child, "Fetch.disable", JsonValue.EMPTY_JSON_OBJECT));
              dropped.complete(paused.getJsonObject("request").getString("url"));
            });
    var pattern = json("urlPattern", urlPattern, "requestStage", "Response");
    failing = json("patterns", Json.createArrayBuilder().add(pattern).build());
    send("Fetch.enable", failing);
    // A page's request that its service worker answers is paused in the worker's session, not here.
    children.forEach(child -> quietly(child, "Fetch.enable", failing));
    return dropped;
  }

  /**
   * Why Chromium would not offer to install the page as an app (error ids); empty when it would.
   */
  public List<String> installabilityErrors() {
    return send("Page.getInstallabilityErrors", JsonValue.EMPTY_JSON_OBJECT)
        .getJsonArray("installabilityErrors")
        .getValuesAs(JsonObject.class)
        .stream()
        .map(e -> e.getString("errorId"))
        .toList();
  }

  /** The problems Chromium found parsing the page's manifest (messages); empty when none. */
  public List<String> manifestErrors() {
    JsonArray errors =
        send("Page.getAppManifest", JsonValue.EMPTY_JSON_OBJECT).getJsonArray("errors");
    return errors.getValuesAs(JsonObject.class).stream().map(e -> e.getString("message")).toList();
  }

  @Override
  public void close() {
    socket
        .sendClose(WebSocket.NORMAL_CLOSURE, "")
        .orTimeout(5, TimeUnit.SECONDS)
        .exceptionally(e -> null)
        .join();
    events.shutdownNow();
  }

  private void attached(JsonObject event) {
    String session = event.getString("sessionId");
    children.add(session);
    if (offline) {
      emulate(session);
    }
    JsonObject patterns = failing;
    if (patterns != null) {
      quietly(session, "Fetch.enable", patterns);
    }
  }

  private void emulate(String session) {
    quietly(session, "Network.enable", JsonValue.EMPTY_JSON_OBJECT);
    quietly(session, "Network.emulateNetworkConditions", conditions());
  }

  private CompletableFuture<JsonObject> emulateOnceRunning(String worker) {
    return call(worker, "Network.enable", JsonValue.EMPTY_JSON_OBJECT)
        .thenCompose(r -> call(worker, "Network.emulateNetworkConditions", conditions()));
  }

  private JsonObject conditions() {
    return json("offline", offline, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1);
  }

  /** A JSON object from name, value pairs (strings, booleans, ints, JSON values). */
  private static JsonObject json(Object... pairs) {
    var object = Json.createObjectBuilder();
    for (int i = 0; i < pairs.length; i += 2) {
      Object value = pairs[i + 1];
      object.add(
          (String) pairs[i],
          value instanceof Boolean b
              ? (b ? JsonValue.TRUE : JsonValue.FALSE)
              : value instanceof Integer n
                  ? Json.createValue(n)
                  : value instanceof JsonValue v ? v : Json.createValue((String) value));
    }
    return object.build();
  }

  /**
   * Sends to the page and waits; to a worker without waiting, since a stopped worker keeps its
   * session but answers only once it runs again (and Network emulation sent meanwhile is lost).
   */
  private void quietly(String session, String method, JsonObject params) {
    if (session == null) {
      send(null, method, params);
    } else {
      call(session, method, params)
          .exceptionally(e -> null); // a worker gone meanwhile: nothing left to do
    }
  }

  private final class Listener implements WebSocket.Listener {
    private final StringBuilder text = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      text.append(data);
      if (last) {
        JsonObject message = Json.createReader(new StringReader(text.toString())).readObject();
        text.setLength(0);
        if (message.containsKey("id")) {
          CompletableFuture<JsonObject> result = pending.get(message.getInt("id"));
          if (result != null && message.containsKey("error")) {
            result.completeExceptionally(
                new IllegalStateException(message.get("error").toString()));
          } else if (result != null) {
            result.complete(message.getJsonObject("result"));
          }
        } else {
          String session = message.getString("sessionId", null);
          JsonObject params = message.getJsonObject("params");
          handlers
              .getOrDefault(message.getString("method"), List.of())
              .forEach(h -> events.execute(() -> h.accept(session, params)));
        }
      }
      webSocket.request(1);
      return null;
    }
  }
}
