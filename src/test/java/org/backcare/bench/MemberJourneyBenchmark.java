package org.backcare.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.backcare.testing.TenantKeys;

/**
 * What members actually do, measured against the server's own floor in the same run: catalogue and
 * tip reads, the member's toolbox and progress, editing a move, tries and programme sessions, the
 * Faces pages a member opens, and a Monday-morning launch surge. Each read is reported as a ratio
 * to the static stylesheet (HTTP handling with no application code) and each write as a ratio to a
 * plain single-row insert into the same database, so the figures mean something on a shared, noisy
 * machine. Rounds are interleaved (every target once, then again) and medians taken over rounds. It
 * prints figures and never asserts a time.
 *
 * <p>System properties: {@code bench.base} (loopback only, default {@code http://localhost:9280});
 * {@code bench.concurrency} (members at once, a comma list, default {@code 32,200}); {@code
 * bench.warmup.seconds} (5); {@code bench.seconds} (5 per target and round); {@code bench.rounds}
 * (3); {@code bench.surge} (launches in the surge, 2000; 0 to skip); {@code bench.tenant} (demo);
 * {@code bench.db.url}/{@code bench.db.user}/{@code bench.db.password} (the server's database, for
 * the insert floor; without it writes have no ratio); {@code bench.targets} (a comma list to run
 * only some). Signing keys come from the tenant file under {@code backcare.it.config.dir}.
 */
public final class MemberJourneyBenchmark {

  private static final Set<String> LOOPBACK_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]");
  private static final double MAX_ERROR_RATE = 0.01;
  private static final List<String> MOVES =
      List.of("cat-cow", "knee-rocking", "glute-bridge", "pelvic-tilt");
  private static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*(\\d+)");
  private static final HttpResponse.BodyHandler<String> BODY = HttpResponse.BodyHandlers.ofString();

  /** The run's settings, from system properties. */
  public record Settings(
      URI base,
      List<Integer> concurrency,
      int warmupSeconds,
      int seconds,
      int rounds,
      int surge,
      String tenant,
      Optional<String> dbUrl,
      String dbUser,
      String dbPassword,
      Optional<Set<String>> only) {

    public static Settings fromSystemProperties() {
      URI base = URI.create(System.getProperty("bench.base", "http://localhost:9280"));
      if (!LOOPBACK_HOSTS.contains(String.valueOf(base.getHost()))) {
        throw new IllegalArgumentException(
            "bench.base host must be localhost, 127.0.0.1 or [::1], was " + base);
      }
      List<Integer> concurrency =
          Arrays.stream(System.getProperty("bench.concurrency", "32,200").split(","))
              .map(String::strip)
              .map(Integer::valueOf)
              .toList();
      if (concurrency.isEmpty() || concurrency.stream().anyMatch(c -> c < 1)) {
        throw new IllegalArgumentException("bench.concurrency must list numbers of at least 1");
      }
      String targets = System.getProperty("bench.targets", "").strip();
      return new Settings(
          base,
          concurrency,
          number("bench.warmup.seconds", 5, 0),
          number("bench.seconds", 5, 1),
          number("bench.rounds", 3, 1),
          number("bench.surge", 2000, 0),
          System.getProperty("bench.tenant", "demo"),
          Optional.ofNullable(System.getProperty("bench.db.url")).filter(u -> !u.isBlank()),
          System.getProperty("bench.db.user", "postgres"),
          System.getProperty("bench.db.password", ""),
          targets.isEmpty() ? Optional.empty() : Optional.of(Set.of(targets.split(","))));
    }

    private static int number(String name, int fallback, int least) {
      int value = Integer.parseInt(System.getProperty(name, String.valueOf(fallback)).strip());
      if (value < least) {
        throw new IllegalArgumentException(name + " must be at least " + least + ", was " + value);
      }
      return value;
    }
  }

  /** One simulated member: their API token, their page session, and what they last wrote. */
  static final class Member {
    final String subject;
    final String bearer;
    Member heavy;
    String cookie;
    int version;
    final AtomicInteger writes = new AtomicInteger();

    Member(String subject, String bearer) {
      this.subject = subject;
      this.bearer = bearer;
    }

    String nextClientId(String kind) {
      return kind + "-" + subject + "-" + writes.incrementAndGet();
    }
  }

  /** What a target sends for a member, and the statuses that count as success. */
  record Target(String name, Kind kind, Function<Member, HttpRequest> request, Set<Integer> ok) {}

  /** Reads are compared with the static file, writes with a database insert. */
  enum Kind {
    FLOOR,
    READ,
    PAGE,
    WRITE
  }

  /** Per-thread latencies, recorded without allocation in the common case. */
  static final class WorkerLog {
    private long[] micros = new long[1 << 12];
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

  /** One measured round of one target. */
  record Round(long errors, double throughput, long[] sortedMicros) {

    static Round of(List<WorkerLog> logs, double elapsedSeconds) {
      long[] micros =
          logs.stream()
              .flatMapToLong(log -> Arrays.stream(log.micros, 0, log.size))
              .sorted()
              .toArray();
      return new Round(
          logs.stream().mapToLong(log -> log.errors).sum(), micros.length / elapsedSeconds, micros);
    }

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
  }

  /** The medians of one target at one concurrency. */
  public record Figure(
      String target,
      String kind,
      int members,
      double perSecond,
      double p50,
      double p99,
      long errors,
      long requests) {}

  /** Everything a run measured. */
  public record Report(
      List<Figure> figures, Optional<Figure> surge, Optional<Double> insertFloor, long errors) {

    /** Whether any target failed more than 1% of its requests. */
    public boolean tooManyErrors() {
      return figures.stream().anyMatch(f -> f.requests() == 0 || f.errors() > f.requests() / 100)
          || surge.map(s -> s.errors() > s.requests() / 100).orElse(false);
    }
  }

  private final Settings settings;
  private final HttpClient client;
  private final TenantKeys keys;
  private boolean heavyData;

  public MemberJourneyBenchmark(Settings settings) {
    this.settings = settings;
    this.client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    this.keys = TenantKeys.of(settings.tenant());
  }

  public static void main(String[] args) throws Exception {
    Settings settings;
    try {
      settings = Settings.fromSystemProperties();
    } catch (IllegalArgumentException e) {
      System.err.println("Refusing to run: " + e.getMessage());
      System.exit(2);
      return;
    }
    Report report = new MemberJourneyBenchmark(settings).run(System.out);
    if (report.tooManyErrors()) {
      System.err.println("FAILED: a target had more than 1% errors");
      System.exit(1);
    }
  }

  /**
   * Runs every target at every concurrency, then the surge and the insert floor; prints as it goes.
   */
  public Report run(java.io.PrintStream out) throws Exception {
    out.printf(
        "backcare member journeys: %s, members at once %s, %d rounds of %d s (warm-up %d s)%n",
        settings.base(),
        settings.concurrency(),
        settings.rounds(),
        settings.seconds(),
        settings.warmupSeconds());
    out.printf(
        "jvm=%s processors=%d%n", Runtime.version(), Runtime.getRuntime().availableProcessors());
    int most = settings.concurrency().stream().mapToInt(Integer::intValue).max().orElse(1);
    List<Member> members = prepare(most, out);
    heavyData = members.get(0).heavy != null;
    List<Target> targets = targets();
    List<Figure> figures = new ArrayList<>();
    for (int level : settings.concurrency()) {
      Map<String, List<Round>> rounds = interleaved(targets, members.subList(0, level));
      figures.addAll(print(out, level, targets, rounds));
    }
    Optional<Figure> surge = settings.surge() > 0 ? Optional.of(surge(out)) : Optional.empty();
    Optional<Double> floor = insertFloor(most, out);
    floor.ifPresent(rate -> printWriteRatios(out, figures, rate));
    long errors = figures.stream().mapToLong(Figure::errors).sum();
    return new Report(figures, surge, floor, errors);
  }

  // ---- members ----

  private String bearer(String subject) {
    return "Bearer "
        + keys.launch()
            .claim("sub", subject)
            .without("jti")
            .expiresIn(Duration.ofMinutes(55))
            .sign();
  }

  /** Members with a toolbox of four moves and a programme, each with an API token and a session. */
  private List<Member> prepare(int count, java.io.PrintStream out) throws Exception {
    String run = Long.toString(System.currentTimeMillis(), 36);
    List<Member> members = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String subject = "bench-" + run + "-" + i;
      members.add(new Member(subject, bearer(subject)));
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(16, count));
    try {
      List<Future<Void>> done = new ArrayList<>();
      for (Member m : members) {
        done.add(
            pool.submit(
                () -> {
                  setUp(m);
                  return null;
                }));
      }
      for (Future<Void> f : done) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    int heavy = heavyMembers();
    for (int i = 0; i < count && heavy > 0; i++) {
      String subject = "heavy-" + (i % heavy);
      members.get(i).heavy = new Member(subject, bearer(subject));
    }
    out.printf(
        "prepared %d members (toolbox of %d moves, a programme, a session)%s%n%n",
        count,
        MOVES.size(),
        heavy == 0 ? "" : "; " + heavy + " members with a long history (heavy-N) read too");
    return members;
  }

  /**
   * How many members with a long history BenchData wrote ({@code heavy-0} and up), found in the
   * server's database; 0 without one, and the heavy targets are then left out.
   */
  private int heavyMembers() {
    if (settings.dbUrl().isEmpty()) {
      return 0;
    }
    try (Connection c =
            DriverManager.getConnection(
                settings.dbUrl().get(), settings.dbUser(), settings.dbPassword());
        PreparedStatement count =
            c.prepareStatement(
                "SELECT count(*) FROM members WHERE tenant_id = ? AND subject LIKE 'heavy-%'")) {
      count.setString(1, settings.tenant());
      try (java.sql.ResultSet r = count.executeQuery()) {
        r.next();
        return r.getInt(1);
      }
    } catch (SQLException e) {
      return 0;
    }
  }

  private void setUp(Member m) throws IOException, InterruptedException {
    for (String move : MOVES) {
      expect(api(m, "POST", "/me/toolbox/" + move, null), 200, 201);
    }
    expect(
        api(
            m,
            "POST",
            "/me/enrollment",
            "{\"programId\":\"core-foundations\",\"precautions\":\"none\",\"screen\":[],"
                + "\"sessionHour\":7}"),
        201,
        200);
    HttpResponse<String> toolbox = expect(api(m, "GET", "/me/toolbox", null), 200);
    Matcher version = VERSION.matcher(toolbox.body());
    m.version = version.find() ? Integer.parseInt(version.group(1)) : 0;
    String launch = keys.launch().claim("sub", m.subject).claim("dest", "home").sign();
    HttpResponse<String> launched =
        send(
            HttpRequest.newBuilder(settings.base().resolve("/backcare/launch"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "token=" + URLEncoder.encode(launch, StandardCharsets.UTF_8)))
                .build());
    m.cookie =
        launched.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("BACKCARE_SESSION="))
            .map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
            .reduce((a, b) -> b)
            .orElseThrow(
                () -> new IllegalStateException("the launch gave no session: " + launched));
  }

  private HttpRequest api(Member m, String method, String path, String json) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(settings.base().resolve("/backcare/api/v1" + path))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", m.bearer)
            .header("Accept", "application/json");
    if (json == null) {
      return b.method(method, HttpRequest.BodyPublishers.noBody()).build();
    }
    return b.header("Content-Type", "application/json")
        .method(method, HttpRequest.BodyPublishers.ofString(json))
        .build();
  }

  private HttpRequest page(Member m, String path) {
    return HttpRequest.newBuilder(settings.base().resolve(path))
        .timeout(Duration.ofSeconds(30))
        .header("Cookie", m.cookie)
        .header("Accept", "text/html")
        .GET()
        .build();
  }

  // ---- targets ----

  private List<Target> targets() {
    List<Target> all = new ArrayList<>();
    all.add(
        new Target(
            "static",
            Kind.FLOOR,
            m ->
                HttpRequest.newBuilder(
                        settings.base().resolve("/backcare/resources/css/backcare.css"))
                    .timeout(Duration.ofSeconds(30))
                    .GET()
                    .build(),
            Set.of(200)));
    all.add(new Target("tips", Kind.READ, m -> api(m, "GET", "/tips", null), Set.of(200)));
    all.add(
        new Target("exercises", Kind.READ, m -> api(m, "GET", "/exercises", null), Set.of(200)));
    all.add(new Target("toolbox", Kind.READ, m -> api(m, "GET", "/me/toolbox", null), Set.of(200)));
    all.add(
        new Target("progress", Kind.READ, m -> api(m, "GET", "/me/progress", null), Set.of(200)));
    if (heavyData) {
      all.add(
          new Target(
              "toolbox-heavy",
              Kind.READ,
              m -> api(m.heavy, "GET", "/me/toolbox", null),
              Set.of(200)));
      all.add(
          new Target(
              "progress-heavy",
              Kind.READ,
              m -> api(m.heavy, "GET", "/me/progress", null),
              Set.of(200)));
    }
    all.add(new Target("page-home", Kind.PAGE, m -> page(m, "/backcare/"), Set.of(200)));
    all.add(new Target("page-toolbox", Kind.PAGE, m -> page(m, "/backcare/toolbox/"), Set.of(200)));
    all.add(
        new Target(
            "page-progress",
            Kind.PAGE,
            m -> page(m, "/backcare/programs/progress.xhtml"),
            Set.of(200)));
    all.add(
        new Target(
            "try",
            Kind.WRITE,
            m ->
                api(
                    m,
                    "POST",
                    "/me/tries",
                    "{\"clientId\":\""
                        + m.nextClientId("t")
                        + "\",\"exerciseId\":\"cat-cow\",\"before\":5,\"after\":3,"
                        + "\"completed\":true}"),
            Set.of(201)));
    all.add(
        new Target(
            "session",
            Kind.WRITE,
            m ->
                api(
                    m,
                    "POST",
                    "/me/sessions",
                    "{\"clientId\":\""
                        + m.nextClientId("s")
                        + "\",\"completed\":true,\"before\":4,\"after\":3,\"redFlags\":[]}"),
            Set.of(201)));
    all.add(new Target("toolbox-edit", Kind.WRITE, this::describe, Set.of(200)));
    return settings
        .only()
        .map(
            only ->
                all.stream()
                    .filter(t -> t.name().equals("static") || only.contains(t.name()))
                    .toList())
        .orElse(all);
  }

  /** A note change on the member's first move, with the version they last saw. */
  private HttpRequest describe(Member m) {
    return api(
        m,
        "PUT",
        "/me/toolbox/" + MOVES.get(0),
        "{\"note\":\"after lunch "
            + m.writes.incrementAndGet()
            + "\",\"situations\":[],"
            + "\"version\":"
            + m.version
            + "}");
  }

  // ---- running ----

  private Map<String, List<Round>> interleaved(List<Target> targets, List<Member> members)
      throws InterruptedException, ExecutionException {
    ExecutorService workers = Executors.newFixedThreadPool(members.size());
    try {
      Map<String, List<Round>> results = new LinkedHashMap<>();
      for (int round = 0; round <= settings.rounds(); round++) {
        int seconds = round == 0 ? settings.warmupSeconds() : settings.seconds();
        if (seconds == 0) {
          continue;
        }
        for (Target target : targets) {
          Round result = round(workers, target, members, seconds);
          if (round > 0) {
            results.computeIfAbsent(target.name(), k -> new ArrayList<>()).add(result);
          }
        }
      }
      return results;
    } finally {
      workers.shutdownNow();
    }
  }

  private Round round(ExecutorService workers, Target target, List<Member> members, int seconds)
      throws InterruptedException, ExecutionException {
    long start = System.nanoTime();
    long deadline = start + Duration.ofSeconds(seconds).toNanos();
    List<Callable<WorkerLog>> jobs = new ArrayList<>();
    for (Member m : members) {
      jobs.add(() -> loop(target, m, deadline));
    }
    List<WorkerLog> logs = new ArrayList<>();
    for (Future<WorkerLog> f : workers.invokeAll(jobs)) {
      logs.add(f.get());
    }
    return Round.of(logs, (System.nanoTime() - start) / 1e9);
  }

  private WorkerLog loop(Target target, Member m, long deadline) throws InterruptedException {
    WorkerLog log = new WorkerLog();
    while (System.nanoTime() < deadline) {
      long sent = System.nanoTime();
      HttpResponse<String> answer = sendQuietly(target.request().apply(m));
      boolean ok = answer != null && target.ok().contains(answer.statusCode());
      if (ok && target.name().equals("toolbox-edit")) {
        Matcher v = VERSION.matcher(answer.body());
        if (v.find()) {
          m.version = Integer.parseInt(v.group(1));
        }
      }
      log.record((System.nanoTime() - sent) / 1000, ok);
    }
    return log;
  }

  /** The launch surge: every launch a fresh signed token, verified and its use recorded. */
  private Figure surge(java.io.PrintStream out) throws InterruptedException, ExecutionException {
    int launches = settings.surge();
    int at = Math.min(32, launches);
    List<String> tokens = new ArrayList<>(launches);
    String run = UUID.randomUUID().toString().substring(0, 8);
    for (int i = 0; i < launches; i++) {
      tokens.add(keys.launch().claim("sub", "surge-" + run + "-" + i).claim("dest", "home").sign());
    }
    AtomicInteger next = new AtomicInteger();
    ExecutorService workers = Executors.newFixedThreadPool(at);
    long start = System.nanoTime();
    List<WorkerLog> logs = new ArrayList<>();
    try {
      List<Callable<WorkerLog>> jobs = new ArrayList<>();
      for (int w = 0; w < at; w++) {
        jobs.add(
            () -> {
              WorkerLog log = new WorkerLog();
              for (int i = next.getAndIncrement(); i < launches; i = next.getAndIncrement()) {
                HttpRequest launch =
                    HttpRequest.newBuilder(settings.base().resolve("/backcare/launch"))
                        .timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(
                            HttpRequest.BodyPublishers.ofString(
                                "token="
                                    + URLEncoder.encode(tokens.get(i), StandardCharsets.UTF_8)))
                        .build();
                long sent = System.nanoTime();
                HttpResponse<String> answer = sendQuietly(launch);
                log.record(
                    (System.nanoTime() - sent) / 1000,
                    answer != null && answer.statusCode() == 303);
              }
              return log;
            });
      }
      for (Future<WorkerLog> f : workers.invokeAll(jobs)) {
        logs.add(f.get());
      }
    } finally {
      workers.shutdownNow();
    }
    Round r = Round.of(logs, (System.nanoTime() - start) / 1e9);
    Figure surge =
        new Figure(
            "launch-surge",
            "LAUNCH",
            at,
            r.throughput(),
            r.millis(50),
            r.millis(99),
            r.errors(),
            r.sortedMicros().length);
    out.printf(
        "%nlaunch surge: %d launches (new members, unique tokens) from %d connections%n"
            + "  %.1f launches/s  p50 %.1f ms  p99 %.1f ms  errors %d%n",
        launches, at, surge.perSecond(), surge.p50(), surge.p99(), surge.errors());
    return surge;
  }

  /**
   * Single-row inserts into a scratch table of the server's database from as many connections as
   * members: the database's own rate for the kind of write a try or a session is.
   */
  private Optional<Double> insertFloor(int connections, java.io.PrintStream out)
      throws InterruptedException, ExecutionException {
    if (settings.dbUrl().isEmpty()) {
      out.println("\nno bench.db.url: writes are not compared with the database's insert rate");
      return Optional.empty();
    }
    String url = settings.dbUrl().get();
    int threads = Math.min(connections, 32);
    try (Connection c = DriverManager.getConnection(url, settings.dbUser(), settings.dbPassword());
        Statement s = c.createStatement()) {
      s.execute("DROP TABLE IF EXISTS bench_insert_floor");
      s.execute(
          "CREATE TABLE bench_insert_floor (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
              + " member_id BIGINT NOT NULL, exercise_id VARCHAR(60) NOT NULL,"
              + " before_rating INTEGER NOT NULL, at TIMESTAMP WITH TIME ZONE NOT NULL)");
    } catch (SQLException e) {
      out.println("\ninsert floor not measured: " + e.getMessage());
      return Optional.empty();
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Double> rates = new ArrayList<>();
    try {
      for (int round = 0; round < settings.rounds(); round++) {
        long deadline = System.nanoTime() + Duration.ofSeconds(settings.seconds()).toNanos();
        long start = System.nanoTime();
        List<Callable<Long>> jobs = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          long member = t;
          jobs.add(
              () -> {
                long n = 0;
                try (Connection c =
                        DriverManager.getConnection(url, settings.dbUser(), settings.dbPassword());
                    PreparedStatement insert =
                        c.prepareStatement(
                            "INSERT INTO bench_insert_floor (member_id, exercise_id, before_rating,"
                                + " at) VALUES (?, ?, ?, ?)")) {
                  c.setAutoCommit(true);
                  while (System.nanoTime() < deadline) {
                    insert.setLong(1, member);
                    insert.setString(2, "cat-cow");
                    insert.setInt(3, 5);
                    insert.setTimestamp(4, Timestamp.from(Instant.now()));
                    insert.executeUpdate();
                    n++;
                  }
                }
                return n;
              });
        }
        long total = 0;
        for (Future<Long> f : pool.invokeAll(jobs)) {
          total += f.get();
        }
        rates.add(total / ((System.nanoTime() - start) / 1e9));
      }
    } finally {
      pool.shutdownNow();
      try (Connection c =
              DriverManager.getConnection(url, settings.dbUser(), settings.dbPassword());
          Statement s = c.createStatement()) {
        s.execute("DROP TABLE IF EXISTS bench_insert_floor");
      } catch (SQLException e) {
        out.println("could not drop bench_insert_floor: " + e.getMessage());
      }
    }
    Collections.sort(rates);
    double median = rates.get(rates.size() / 2);
    out.printf(
        "%ninsert floor: single-row inserts, autocommit, %d connections: %.0f/s (median of %d)%n",
        threads, median, rates.size());
    return Optional.of(median);
  }

  // ---- printing ----

  private List<Figure> print(
      java.io.PrintStream out, int level, List<Target> targets, Map<String, List<Round>> rounds) {
    List<Figure> figures = new ArrayList<>();
    for (Target t : targets) {
      List<Round> r = rounds.get(t.name());
      figures.add(
          new Figure(
              t.name(),
              t.kind().name(),
              level,
              median(r, Round::throughput),
              median(r, x -> x.millis(50)),
              median(r, x -> x.millis(99)),
              r.stream().mapToLong(Round::errors).sum(),
              r.stream().mapToLong(x -> x.sortedMicros().length).sum()));
    }
    double floor =
        figures.stream()
            .filter(f -> f.target().equals("static"))
            .findFirst()
            .orElseThrow()
            .perSecond();
    out.printf("%d members at once (medians of %d rounds)%n", level, settings.rounds());
    out.println("| target | kind | req/s | p50 ms | p99 ms | errors | ratio to static |");
    out.println("| --- | --- | ---: | ---: | ---: | ---: | ---: |");
    for (Figure f : figures) {
      out.printf(
          Locale.ROOT,
          "| %s | %s | %.0f | %.1f | %.1f | %d | %.2f |%n",
          f.target(),
          f.kind().toLowerCase(Locale.ROOT),
          f.perSecond(),
          f.p50(),
          f.p99(),
          f.errors(),
          f.perSecond() / floor);
    }
    out.println();
    return figures;
  }

  private static void printWriteRatios(
      java.io.PrintStream out, List<Figure> figures, double floor) {
    out.println("writes as a ratio to the insert floor");
    for (Figure f : figures) {
      if (f.kind().equals(Kind.WRITE.name())) {
        out.printf(
            Locale.ROOT,
            "  %-13s %3d members: %.0f/s = %.2f of %.0f%n",
            f.target(),
            f.members(),
            f.perSecond(),
            f.perSecond() / floor,
            floor);
      }
    }
  }

  private static double median(List<Round> rounds, ToDoubleFunction<Round> metric) {
    double[] values = rounds.stream().mapToDouble(metric).sorted().toArray();
    int middle = values.length / 2;
    return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
  }

  // ---- HTTP ----

  private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
    return client.send(request, BODY);
  }

  private HttpResponse<String> sendQuietly(HttpRequest request) throws InterruptedException {
    try {
      return client.send(request, BODY);
    } catch (IOException e) {
      return null;
    }
  }

  private HttpResponse<String> expect(HttpRequest request, int... statuses)
      throws IOException, InterruptedException {
    HttpResponse<String> answer = send(request);
    for (int status : statuses) {
      if (answer.statusCode() == status) {
        return answer;
      }
    }
    throw new IllegalStateException(
        request.method()
            + " "
            + request.uri()
            + " answered "
            + answer.statusCode()
            + ": "
            + answer.body());
  }
}
