package org.backcare.signon.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DestinationTest {

  @ParameterizedTest
  @CsvSource({
    "home, /",
    "tips, /tips/",
    "toolbox, /toolbox/mine.xhtml",
    "program, /programs/progress.xhtml",
    "/index.xhtml, /index.xhtml",
    "/tips/desk-setup?tab=why, /tips/desk-setup?tab=why"
  })
  void namedPlacesAndPathsInsideBackcareAreAccepted(String dest, String path) {
    assertEquals(
        path,
        Destination.resolve(Optional.of(dest)),
        "dest " + dest + " names a place inside backcare, so the member lands on " + path);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://evil.example",
        "//evil",
        "//evil.example/path",
        "/\\evil.example",
        "evil.example",
        "javascript:alert(1)",
        "/../../etc/passwd",
        "/a/..",
        "/ok\r\nLocation: https://evil.example",
        "@evil.example"
      })
  void anythingThatCouldLeaveBackcareIsRefused(String dest) {
    TokenRejected rejected =
        assertThrows(
            TokenRejected.class,
            () -> Destination.resolve(Optional.of(dest)),
            "dest "
                + dest
                + " could send the member outside backcare (open redirect), so it is refused");
    assertEquals(
        TokenProblem.BAD_DESTINATION,
        rejected.problem(),
        "a destination that could leave backcare is refused as a bad destination: " + dest);
  }

  @ParameterizedTest
  @ValueSource(strings = {""})
  void noDestinationMeansHome(String dest) {
    assertEquals(
        "/",
        Destination.resolve(Optional.of(dest)),
        "an empty dest lands the member on backcare's home page");
    assertEquals(
        "/",
        Destination.resolve(Optional.empty()),
        "a launch without dest lands the member on backcare's home page");
  }
}
