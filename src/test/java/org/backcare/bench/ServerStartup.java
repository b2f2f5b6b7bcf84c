package org.backcare.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark's start-up and idle-memory figures, so neither can regress unseen (issue 32). It
 * stops the benchmark's server and starts it again with Liberty's own {@code server start}, the way
 * an operator or a container does, and counts the seconds until the first page (the home page, as a
 * visitor) answers 200; then, the server left idle, it reads the process's resident memory from
 * {@code /proc}. Several starts, medians printed; nothing asserted.
 *
 * <p>System properties: {@code bench.wlp} (the Liberty install), {@code bench.server.name}, {@code
 * bench.base} (loopback, as for the journeys), {@code bench.startups} (3), {@code
 * bench.idle.seconds} (20, how long the server rests before its memory is read).
 */
public final class ServerStartup {

  private static final Pattern RESIDENT = Pattern.compile("(?m)^VmRSS:\\s+(\\d+)\\s+kB");

  /** One start: seconds to the first page, and resident megabytes once idle. */
  public record Start(double firstPageSeconds, long residentMegabytes) {}

  public static void main(String[] args) throws Exception {
    Path wlp = Path.of(System.getProperty("bench.wlp", "target/liberty/wlp"));
    String server = System.getProperty("bench.server.name", "backcareBench");
    URI base = MemberJourneyBenchmark.Settings.fromSystemProperties().base();
    int startups = Integer.getInteger("bench.startups", 3);
    int idleSeconds = Integer.getInteger("bench.idle.seconds", 20);
    List<Start> starts = new ArrayList<>();
    for (int i = 0; i < startups; i++) {
      starts.add(restart(wlp, server, base.resolve("/backcare/"), idleSeconds));
      System.out.printf(
          "start %d: first page after `server start` %.1f s, resident memory idle %d MB%n",
          i + 1, starts.get(i).firstPageSeconds(), starts.get(i).residentMegabytes());
    }
    System.out.printf(
        "start-up (median of %d): first page %.1f s; resident memory idle after %d s %d MB"
            + " (Java %s, %s)%n",
        startups,
        median(starts.stream().map(Start::firstPageSeconds).toList()),
        idleSeconds,
        Math.round(median(starts.stream().map(s -> (double) s.residentMegabytes()).toList())),
        Runtime.version(),
        System.getProperty("os.arch"));
  }

  private static Start restart(Path wlp, String server, URI page, int idleSeconds)
      throws IOException, InterruptedException {
    run(wlp, "stop", server);
    long started = System.nanoTime();
    run(wlp, "start", server);
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest get = HttpRequest.newBuilder(page).timeout(Duration.ofSeconds(30)).GET().build();
    while (status(http, get) != 200) {
      if (System.nanoTime() - started > TimeUnit.MINUTES.toNanos(3)) {
        throw new IllegalStateException("no page from " + page + " within 3 minutes of start");
      }
      Thread.sleep(50);
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    Thread.sleep(TimeUnit.SECONDS.toMillis(idleSeconds));
    String pid = Files.readString(wlp.resolve("usr/servers/.pid/" + server + ".pid")).strip();
    long kilobytes = residentKilobytes(Files.readString(Path.of("/proc", pid, "status")));
    return new Start(seconds, kilobytes / 1024);
  }

  private static int status(HttpClient http, HttpRequest get) throws InterruptedException {
    try {
      return http.send(get, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException notYet) {
      return -1;
    }
  }

  private static void run(Path wlp, String action, String server)
      throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder(wlp.resolve("bin/server").toString(), action, server)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    if (!process.waitFor(3, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IllegalStateException("server " + action + " " + server + " took over 3 minutes");
    }
  }

  /** The {@code VmRSS} line of a {@code /proc/<pid>/status} text, in kilobytes. */
  static long residentKilobytes(String procStatus) {
    Matcher m = RESIDENT.matcher(procStatus);
    if (!m.find()) {
      throw new IllegalArgumentException("no VmRSS line in the process status");
    }
    return Long.parseLong(m.group(1));
  }

  /** The middle value (the mean of the two middle ones for an even count). */
  static double median(List<Double> values) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("no values");
    }
    List<Double> sorted = values.stream().sorted().toList();
    int mid = sorted.size() / 2;
    return sorted.size() % 2 == 1 ? sorted.get(mid) : (sorted.get(mid - 1) + sorted.get(mid)) / 2;
  }

  private ServerStartup() {}
}
