package org.backcare.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** How often the probe asks the database, and when it trusts what it remembered. */
class DatabaseProbeTest {

  private final AtomicBoolean up = new AtomicBoolean(true);
  private final AtomicInteger asked = new AtomicInteger();
  private final DatabaseProbe probe = new DatabaseProbe();

  DatabaseProbeTest() {
    Connection connection =
        (Connection)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {Connection.class},
                (proxy, method, args) ->
                    switch (method.getName()) {
                      case "isValid" -> up.get();
                      case "close" -> null;
                      default -> throw new UnsupportedOperationException(method.getName());
                    });
    probe.dataSource =
        (DataSource)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                  if (!method.getName().equals("getConnection")) {
                    throw new UnsupportedOperationException(method.getName());
                  }
                  asked.incrementAndGet();
                  if (!up.get()) {
                    throw new SQLException("database not accepting connections", "55000");
                  }
                  return connection;
                });
  }

  @Test
  void aRememberedGoodAnswerIsNotTrustedAfterAFailure() {
    assertTrue(probe.reachable(), "the database answers");
    up.set(false);
    assertTrue(probe.reachable(), "within two seconds the good answer is remembered");
    assertEquals(1, asked.get(), "and the database is not asked again");
    assertFalse(
        probe.reachableAfterFailure(),
        "a caller who just saw the database fail gets a fresh answer: the outage began");
    assertEquals(2, asked.get(), "asked once more");
  }

  @Test
  void aRememberedBadAnswerSparesTheDatabaseDuringAnOutage() {
    up.set(false);
    assertFalse(probe.reachableAfterFailure(), "down");
    for (int i = 0; i < 50; i++) {
      assertFalse(probe.reachableAfterFailure(), "still down");
    }
    assertEquals(1, asked.get(), "fifty failing requests ask the database once in two seconds");
  }
}
