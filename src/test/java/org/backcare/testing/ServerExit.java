package org.backcare.testing;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.arquillian.container.spi.event.container.AfterDeploy;
import org.jboss.arquillian.container.spi.event.container.AfterUnDeploy;
import org.jboss.arquillian.container.spi.event.container.BeforeDeploy;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.arquillian.test.spi.TestClass;

/**
 * Keeps Payara Micro's test classes apart. Payara's managed connector starts one server per test
 * class and, at the end of a class, only signals it and returns; the next class would then start
 * its server while the last one still holds the port and the embedded H2 file, fail to bind, and
 * see its tests refused. So after each undeployment this waits for the server process to exit, and
 * before each deployment for the test port to be free. On Liberty, where one server serves every
 * class, it does nothing.
 *
 * <p>It also watches each Payara start. About one start in 60 to 90 under CI's load never reports
 * ("No applications were found deployed to Payara Micro." after the connector's 240 s), and CI
 * keeps only the tail of its output, so when a deployment has not completed {@value #HANG_SECONDS}
 * s after it began (a start takes 5 to 20 s) this writes {@code target/payara-hang-<class>.txt}:
 * thread dumps of the Payara processes and of this JVM, the listening ports, the java processes and
 * the tail of Payara's log. {@code .ci/run} prints those files when the Payara pass fails.
 */
public final class ServerExit implements LoadableExtension {

  private static final long GRACE_SECONDS = 60;

  /**
   * How long a deployment may take before the watchdog reports it; a system property can lower it.
   */
  private static final long HANG_SECONDS = 60;

  @Override
  public void register(ExtensionBuilder builder) {
    builder.observer(AwaitExit.class);
  }

  /** The observer: Arquillian calls it around every deployment. */
  public static final class AwaitExit {

    /** One daemon thread, so a report never keeps the test JVM alive. */
    private static final ScheduledExecutorService WATCHDOG =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "payara-hang-watchdog");
              thread.setDaemon(true);
              return thread;
            });

    @Inject private Instance<TestClass> testClass;

    private ScheduledFuture<?> watchdog;

    public void afterUndeploy(@Observes AfterUnDeploy event) throws InterruptedException {
      cancelWatchdog();
      for (ProcessHandle server : payaraMicroChildren()) {
        long started = System.nanoTime();
        try {
          server.onExit().get(GRACE_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
          server.destroyForcibly();
          server.onExit().join();
        }
        System.out.printf(
            "Payara Micro (pid %d) exited %d ms after its class ended%n",
            server.pid(), (System.nanoTime() - started) / 1_000_000);
      }
    }

    public void beforeDeploy(@Observes BeforeDeploy event) throws InterruptedException {
      if (!"payara".equals(System.getProperty("backcare.it.runtime"))) {
        return;
      }
      int port = Integer.parseInt(System.getProperty("backcare.it.http.port"));
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(GRACE_SECONDS);
      while (listening(port)) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException(
              "port " + port + " is still in use: another process holds the test server's port");
        }
        Thread.sleep(200);
      }
      startWatchdog(port);
    }

    public void afterDeploy(@Observes AfterDeploy event) {
      cancelWatchdog();
    }

    private void startWatchdog(int port) {
      cancelWatchdog();
      String name =
          testClass.get() != null
              ? testClass.get().getJavaClass().getSimpleName()
              : String.valueOf(System.currentTimeMillis());
      long seconds = Long.getLong("backcare.it.hang.seconds", HANG_SECONDS);
      watchdog =
          WATCHDOG.schedule(() -> reportHang(name, seconds, port), seconds, TimeUnit.SECONDS);
    }

    private void cancelWatchdog() {
      if (watchdog != null) {
        watchdog.cancel(false);
        watchdog = null;
      }
    }

    /**
     * Writes what a hung start looks like from outside, each part even if another fails. Payara's
     * thread dumps come last: CI keeps the tail of its output, and they show where the start
     * stopped.
     */
    private static void reportHang(String name, long seconds, int port) {
      Path file = Path.of("target", "payara-hang-" + name + ".txt");
      if (Files.exists(file)) { // a rerun of the class: keep the first report too
        file = Path.of("target", "payara-hang-" + name + "-" + System.currentTimeMillis() + ".txt");
      }
      StringBuilder report = new StringBuilder();
      report.append(
          String.format(
              "%s: the Payara Micro deployment of %s has not completed %d s after it began"
                  + " (load average %s)%n",
              Instant.now(), name, seconds, read("/proc/loadavg").strip()));
      report.append("\n== Java processes\n");
      report.append(
          run("sh", "-c", "ps -eo pid,ppid,pcpu,rss,etimes,args | grep '[j]ava' | cut -c1-300"));
      report.append("\n== Listening TCP ports (the test port is ").append(port).append(")\n");
      report.append(run("ss", "-ltnp"));
      report.append("\n== The last 200 lines of Payara's log\n").append(logTail(200));
      report.append("\n== The busiest threads of the test JVM (pid ");
      report.append(ProcessHandle.current().pid()).append(")\n").append(ownThreads(15));
      List<ProcessHandle> servers = payaraMicroChildren();
      if (servers.isEmpty()) {
        report.append("\nNo Payara Micro process is running.\n");
      }
      for (ProcessHandle server : servers) {
        report.append(
            String.format(
                "%n== Threads of Payara Micro, pid %d: %s%n",
                server.pid(), server.info().commandLine().orElse("?")));
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        report.append(run(jcmd.toString(), String.valueOf(server.pid()), "Thread.print"));
      }
      try {
        Files.writeString(file, report, StandardCharsets.UTF_8);
        System.out.printf("Payara Micro has not started in %d s: see %s%n", seconds, file);
      } catch (IOException e) {
        System.out.printf(
            "Payara Micro has not started in %d s (%s not written: %s)%n%s",
            seconds, file, e, report);
      }
    }

    /**
     * This JVM's busiest threads and the CPU time each has used: the connector waits in one of
     * them, and a thread spinning here would take the cores Payara needs to start.
     */
    private static String ownThreads(int limit) {
      ThreadMXBean threads = ManagementFactory.getThreadMXBean();
      StringBuilder dump = new StringBuilder();
      Arrays.stream(threads.dumpAllThreads(false, false))
          .sorted(
              Comparator.comparingLong(
                  (ThreadInfo t) -> -threads.getThreadCpuTime(t.getThreadId())))
          .limit(limit)
          .forEach(
              thread -> {
                dump.append(
                    String.format(
                        "\"%s\" cpu=%d ms %s%n",
                        thread.getThreadName(),
                        threads.getThreadCpuTime(thread.getThreadId()) / 1_000_000,
                        thread.getThreadState()));
                Arrays.stream(thread.getStackTrace())
                    .limit(12)
                    .forEach(frame -> dump.append("\tat ").append(frame).append('\n'));
              });
      return dump.toString();
    }

    private static String logTail(int lines) {
      String log = System.getProperty("backcare.it.server.log");
      if (log == null || !Files.isReadable(Path.of(log))) {
        return "(no log at " + log + ")\n";
      }
      List<String> all = read(log).lines().toList();
      return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size())) + "\n";
    }

    private static String read(String file) {
      try {
        return Files.readString(Path.of(file), StandardCharsets.ISO_8859_1);
      } catch (IOException e) {
        return "(" + e + ")";
      }
    }

    /** Runs a diagnostic command for at most 60 s (jcmd on a stuck JVM may itself hang). */
    private static String run(String... command) {
      try {
        Path output = Files.createTempFile("payara-hang", ".txt");
        try {
          Process process =
              new ProcessBuilder(command)
                  .redirectErrorStream(true)
                  .redirectOutput(output.toFile())
                  .start();
          if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return Files.readString(output, StandardCharsets.ISO_8859_1)
                + "("
                + command[0]
                + " did not finish in 60 s)\n";
          }
          return Files.readString(output, StandardCharsets.ISO_8859_1);
        } finally {
          Files.deleteIfExists(output);
        }
      } catch (IOException e) {
        return "(" + String.join(" ", command) + ": " + e + ")\n";
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return "(interrupted)\n";
      }
    }

    private static boolean listening(int port) {
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
        return true;
      } catch (IOException refused) {
        return false;
      }
    }

    private static List<ProcessHandle> payaraMicroChildren() {
      return ProcessHandle.current()
          .children()
          .filter(
              child ->
                  child
                      .info()
                      .commandLine()
                      .map(line -> line.contains("payara-micro"))
                      .orElse(false))
          .toList();
    }
  }
}
