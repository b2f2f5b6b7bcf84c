package org.backcare.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.ToDoubleFunction;

/**
 * Measures backcare's JSON API read {@code GET /backcare/api/v1/tenant} against the static file
 * {@code GET /backcare/resources/css/backcare.css} on the same server in the same run.
 *
 * <p>Why: absolute numbers on this noisy shared machine mean little, since they move with whatever
 * else runs on it. The static file is the server's own floor (HTTP handling and dispatch, no
 * application code), so the api/static ratio shows what backcare's API costs above the bare server.
 * Rounds are interleaved (api 1, static 1, api 2, ...) so noise hits both targets alike, and
 * medians over rounds resist the odd disturbed round.
 *
 * <p>System properties: {@code bench.base} (default {@code http://localhost:9080}, loopback only),
 * {@code bench.concurrency} (8), {@code bench.warmup.seconds} (5), {@code bench.seconds} (10 per
 * measured round), {@code bench.rounds} (3). Exit codes: 0 success; 1 a target did not answer 200
 * or a round had more than 1% errors; 2 invalid settings or a non-loopback base URL.
 */
public final class ApiVersusStaticBenchmark {

  private static final Set<String> LOOPBACK_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]");
  private static final double MAX_ERROR_RATE = 0.01;
  private static final String ROUND_HEADER =
      "target  round  requests  errors      req/s   p50 ms   p90 ms   p99 ms   max ms";
  private static final String ROUND_CELLS = "%9d %7d %10.1f %8.3f %8.3f %8.3f %8.3f";
  private static final HttpResponse.BodyHandler<Void> DISCARD =
      HttpResponse.BodyHandlers.discarding();

  private ApiVersusStaticBenchmark() {}

  private record Settings(URI base, int concurrency, int warmupSeconds, int seconds, int rounds) {

    static Settings fromSystemProperties() {
      URI base = URI.create(System.getProperty("bench.base", "http://localhost:9080"));
      if (!LOOPBACK_HOSTS.contains(String.valueOf(base.getHost()))) {
        throw new IllegalArgumentException(
            "bench.base host must be localhost, 127.0.0.1 or [::1], was " + base);
      }
      return new Settings(
          base,
          positiveInt("bench.concurrency", 8),
          positiveInt("bench.warmup.seconds", 5),
          positiveInt("bench.seconds", 10),
          positiveInt("bench.rounds", 3));
    }

    private static int positiveInt(String name, int defaultValue) {
      int value = Integer.parseInt(System.getProperty(name, String.valueOf(defaultValue)).trim());
      if (value < 1) {
        throw new IllegalArgumentException(name + " must be at least 1, was " + value);
      }
      return value;
    }
  }

  /** Per-thread primitive buffer, so recording a latency allocates nothing in the common case. */
  private static final class WorkerLog {
    private long[] micros = new long[1 << 14];
    private int size;
    private long errors;

    void record(long latencyMicros, boolean ok) {
      if (size == micros.length) {
        micros = Arrays.copyOf(micros, size * 2);
      }
      micros[size++] = latencyMicros;
      errors += ok ? 0 : 1;
    }
  }

  /** One measured round; latencies cover every request, errors included. */
  private record RoundResult(long errors, double throughput, long[] sortedMicros) {

    static RoundResult of(List<WorkerLog> logs, double elapsedSeconds) {
      long[] micros =
          logs.stream()
              .flatMapToLong(log -> Arrays.stream(log.micros, 0, log.size))
              .sorted()
              .toArray();
      long errors = logs.stream().mapToLong(log -> log.errors).sum();
      return new RoundResult(errors, micros.length / elapsedSeconds, micros);
    }

    /** Nearest-rank percentile of the latencies, in milliseconds. */
    double millis(double percentile) {
      if (sortedMicros.length == 0) {
        return Double.NaN;
      }
      int rank = (int) Math.ceil(percentile / 100.0 * sortedMicros.length);
      return sortedMicros[Math.max(rank, 1) - 1] / 1000.0;
    }

    double errorRate() {
      return sortedMicros.length == 0 ? 1.0 : (double) errors / sortedMicros.length;
    }

    String cells() {
      long requests = sortedMicros.length;
      double p50 = millis(50);
      return String.format(
          ROUND_CELLS, requests, errors, throughput, p50, millis(90), millis(99), millis(100));
    }
  }

  public static void main(String[] args) throws InterruptedException, ExecutionException {
    Settings settings;
    try {
      settings = Settings.fromSystemProperties();
    } catch (IllegalArgumentException e) {
      System.err.println("Refusing to run: " + e.getMessage());
      System.exit(2);
      return;
    }
    HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    Map<String, HttpRequest> targets = new LinkedHashMap<>();
    targets.put("api", request(settings.base(), "/backcare/api/v1/tenant", "application/json"));
    targets.put("static", request(settings.base(), "/backcare/resources/css/backcare.css", "*/*"));
    if (!allAnswerOk(client, targets.values())) {
      System.exit(1);
    }
    printSettings(settings);
    Map<String, List<RoundResult>> results = runInterleaved(client, targets, settings);
    printRounds(results, settings.rounds());
    printMediansAndRatios(results);
    boolean tooManyErrors =
        results.values().stream()
            .flatMap(List::stream)
            .anyMatch(round -> round.errorRate() > MAX_ERROR_RATE);
    if (tooManyErrors) {
      System.err.println("FAILED: at least one round had more than 1% errors");
    }
    System.exit(tooManyErrors ? 1 : 0);
  }

  private static HttpRequest request(URI base, String path, String accept) {
    return HttpRequest.newBuilder(base.resolve(path))
        .timeout(Duration.ofSeconds(10))
        .header("Accept", accept)
        .GET()
        .build();
  }

  private static boolean allAnswerOk(HttpClient client, Iterable<HttpRequest> requests)
      throws InterruptedException {
    for (HttpRequest request : requests) {
      int status = statusOf(client, request);
      if (status != 200) {
        String answer = status < 0 ? "no answer (is the server up?)" : "status " + status;
        System.err.println("Error: " + request.uri() + " gave " + answer + ", expected 200");
        return false;
      }
    }
    return true;
  }

  private static Map<String, List<RoundResult>> runInterleaved(
      HttpClient client, Map<String, HttpRequest> targets, Settings settings)
      throws InterruptedException, ExecutionException {
    int threads = settings.concurrency();
    ExecutorService workers = Executors.newFixedThreadPool(threads);
    try {
      Map<String, List<RoundResult>> results = new LinkedHashMap<>();
      for (int round = 0; round <= settings.rounds(); round++) {
        int seconds = round == 0 ? settings.warmupSeconds() : settings.seconds();
        for (Map.Entry<String, HttpRequest> target : targets.entrySet()) {
          RoundResult result = runRound(client, workers, target.getValue(), threads, seconds);
          if (round > 0) {
            results.computeIfAbsent(target.getKey(), k -> new ArrayList<>()).add(result);
          }
        }
      }
      return results;
    } finally {
      workers.shutdownNow();
    }
  }

  private static RoundResult runRound(
      HttpClient client, ExecutorService workers, HttpRequest request, int threads, int seconds)
      throws InterruptedException, ExecutionException {
    long start = System.nanoTime();
    long deadline = start + Duration.ofSeconds(seconds).toNanos();
    Callable<WorkerLog> worker = () -> loopUntil(client, request, deadline);
    List<WorkerLog> logs = new ArrayList<>();
    for (Future<WorkerLog> future : workers.invokeAll(Collections.nCopies(threads, worker))) {
      logs.add(future.get());
    }
    return RoundResult.of(logs, (System.nanoTime() - start) / 1e9);
  }

  private static WorkerLog loopUntil(HttpClient client, HttpRequest request, long deadline)
      throws InterruptedException {
    WorkerLog log = new WorkerLog();
    while (System.nanoTime() < deadline) {
      long sent = System.nanoTime();
      boolean ok = statusOf(client, request) == 200;
      log.record((System.nanoTime() - sent) / 1000, ok);
    }
    return log;
  }

  /** The response status, or -1 when no response came (refused, reset or timed out). */
  private static int statusOf(HttpClient client, HttpRequest request) throws InterruptedException {
    try {
      return client.send(request, DISCARD).statusCode();
    } catch (IOException e) {
      return -1;
    }
  }

  private static void printSettings(Settings settings) {
    System.out.println("backcare benchmark: API read versus static file (the server's floor)");
    System.out.println(settings);
    System.out.printf(
        "jvm=%s processors=%d%n%n", Runtime.version(), Runtime.getRuntime().availableProcessors());
  }

  private static void printRounds(Map<String, List<RoundResult>> results, int rounds) {
    System.out.println(ROUND_HEADER);
    for (int round = 0; round < rounds; round++) {
      for (Map.Entry<String, List<RoundResult>> target : results.entrySet()) {
        String cells = target.getValue().get(round).cells();
        System.out.printf("%-7s %5d %s%n", target.getKey(), round + 1, cells);
      }
    }
  }

  private static void printMediansAndRatios(Map<String, List<RoundResult>> results) {
    System.out.printf("%nmedian over rounds%ntarget       req/s   p50 ms   p99 ms%n");
    for (Map.Entry<String, List<RoundResult>> target : results.entrySet()) {
      List<RoundResult> rounds = target.getValue();
      double throughput = median(rounds, RoundResult::throughput);
      double p50 = median(rounds, round -> round.millis(50));
      double p99 = median(rounds, round -> round.millis(99));
      System.out.printf("%-7s %10.1f %8.3f %8.3f%n", target.getKey(), throughput, p50, p99);
    }
    List<RoundResult> api = results.get("api");
    List<RoundResult> floor = results.get("static");
    double throughputRatio =
        median(api, RoundResult::throughput) / median(floor, RoundResult::throughput);
    double latencyRatio = median(api, r -> r.millis(50)) / median(floor, r -> r.millis(50));
    System.out.printf(
        "%nratio api/static: throughput %.2f  p50 latency %.2f%n", throughputRatio, latencyRatio);
  }

  private static double median(List<RoundResult> rounds, ToDoubleFunction<RoundResult> metric) {
    double[] values = rounds.stream().mapToDouble(metric).sorted().toArray();
    int middle = values.length / 2;
    return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
  }
}
