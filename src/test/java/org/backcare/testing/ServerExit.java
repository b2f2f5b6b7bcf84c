package org.backcare.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.arquillian.container.spi.event.container.AfterUnDeploy;
import org.jboss.arquillian.container.spi.event.container.BeforeDeploy;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.LoadableExtension;

/**
 * Keeps Payara Micro's test classes apart. Payara's managed connector starts one server per test
 * class and, at the end of a class, only signals it and returns; the next class would then start
 * its server while the last one still holds the port and the embedded H2 file, fail to bind, and
 * see its tests refused. So after each undeployment this waits for the server process to exit, and
 * before each deployment for the test port to be free. On Liberty, where one server serves every
 * class, it does nothing.
 */
public final class ServerExit implements LoadableExtension {

  private static final long GRACE_SECONDS = 60;

  @Override
  public void register(ExtensionBuilder builder) {
    builder.observer(AwaitExit.class);
  }

  /** The observer: Arquillian calls it around every deployment. */
  public static final class AwaitExit {

    public void afterUndeploy(@Observes AfterUnDeploy event) throws InterruptedException {
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
