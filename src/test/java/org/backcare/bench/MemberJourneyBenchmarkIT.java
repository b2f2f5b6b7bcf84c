package org.backcare.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.backcare.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A short smoke of the member-journey benchmark against the test server, so the benchmark cannot
 * rot: every journey runs for a second with a few members and answers as it should. It asserts that
 * the journeys work and the report is complete, never how fast they were.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MemberJourneyBenchmarkIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.backcare();
  }

  @ArquillianResource URL base;

  @Test
  void everyJourneyRunsWithoutErrorsAndIsReported() throws Exception {
    String db = System.getenv("DB_URL");
    MemberJourneyBenchmark.Settings settings =
        new MemberJourneyBenchmark.Settings(
            URI.create(base.getProtocol() + "://" + base.getHost() + ":" + base.getPort()),
            List.of(2),
            0,
            1,
            1,
            10,
            "demo",
            Optional.ofNullable(db).filter(u -> u.startsWith("jdbc:postgresql:")),
            Optional.ofNullable(System.getenv("DB_USER")).orElse("postgres"),
            Optional.ofNullable(System.getenv("DB_PASSWORD")).orElse(""),
            Optional.empty());
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    MemberJourneyBenchmark.Report report =
        new MemberJourneyBenchmark(settings)
            .run(new PrintStream(printed, true, StandardCharsets.UTF_8));
    String text = printed.toString(StandardCharsets.UTF_8);
    assertEquals(11, report.figures().size(), text);
    report.figures().forEach(f -> assertTrue(f.requests() > 0, f + "\n" + text));
    assertEquals(0, report.errors(), text);
    assertFalse(report.tooManyErrors(), text);
    assertEquals(10, report.surge().orElseThrow().requests(), text);
    assertEquals(0, report.surge().orElseThrow().errors(), text);
    assertTrue(text.contains("| toolbox-edit | write |"), text);
    assertEquals(settings.dbUrl().isPresent(), report.insertFloor().isPresent(), text);
  }
}
