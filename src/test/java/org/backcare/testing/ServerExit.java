package org.backcare.testing;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.spi.event.container.AfterUnDeploy;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.LoadableExtension;

/**
 * After each undeployment, waits until the Payara Micro process that Payara's managed connector
 * started has exited. The connector only signals the process and returns, so the next test class
 * would start its server while the last one still holds the port and the embedded H2 file; waiting
 * here makes each class begin on a free port and a closed database, as on Liberty, where one server
 * serves every class. On Liberty there is no such process and this does nothing.
 */
public final class ServerExit implements LoadableExtension {

  private static final long GRACE_SECONDS = 60;

  @Override
  public void register(ExtensionBuilder builder) {
    builder.observer(AwaitExit.class);
  }

  /** The observer: Arquillian calls it after every undeployment. */
  public static final class AwaitExit {

    public void afterUndeploy(@Observes AfterUnDeploy event) throws InterruptedException {
      for (ProcessHandle server : payaraMicroChildren()) {
        try {
          server.onExit().get(GRACE_SECONDS, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException
            | java.util.concurrent.TimeoutException e) {
          server.destroyForcibly();
          server.onExit().join();
        }
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
