package org.backcare.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the clinical hazard log ({@code src/docs/clinical-safety/hazard-log.md}) true: every hazard
 * has a cause, a harm, risks that match the DCB0129 matrix, at least one control and a residual
 * risk no higher than the initial one; every control names the tests that verify it; and every test
 * it names exists, as a class under {@code src/test/java} with that method. A test renamed or
 * deleted without the log fails here, and so does a hazard the issue asked for that went missing.
 */
class HazardLogTest {

  private static final Path LOG = Path.of("src/docs/clinical-safety/hazard-log.md");
  private static final Path TESTS = Path.of("src/test/java");

  /**
   * The DCB0129 risk matrix, written out from the standard: rating by likelihood (rows, 1 very low
   * to 5 very high) and severity (columns, 1 minor to 5 catastrophic).
   */
  private static final int[][] MATRIX = {
    {1, 1, 2, 2, 3},
    {1, 2, 2, 3, 4},
    {2, 2, 3, 3, 4},
    {2, 3, 3, 4, 5},
    {3, 4, 4, 5, 5},
  };

  /** What the clinical review asked the log to cover at least, by words of the hazard's title. */
  private static final List<String> REQUIRED =
      List.of(
          "not recognised",
          "wrong urgency",
          "lost",
          "professional",
          "next day",
          "too fast",
          "precaution",
          "wrong movement",
          "delays care",
          "care route",
          "language",
          "employer");

  private static final Pattern HAZARD = Pattern.compile("^## (H-\\d{2}) (.+)$", Pattern.MULTILINE);
  private static final Pattern RISK =
      Pattern.compile("severity (\\d), likelihood (\\d): risk (\\d)");
  private static final Pattern CONTROL =
      Pattern.compile("^  - \\*\\*(C-\\d{2}\\.\\d)\\*\\* ", Pattern.MULTILINE);
  private static final Pattern VERIFIED =
      Pattern.compile("`([A-Z][A-Za-z0-9]*)#([a-z][A-Za-z0-9]*)`");

  record Hazard(String id, String title, String text) {}

  @Test
  void everyHazardHasItsCauseHarmRisksAndControls() throws IOException {
    List<Hazard> hazards = hazards();
    assertTrue(hazards.size() >= REQUIRED.size(), "hazards: " + hazards.size());
    for (Hazard hazard : hazards) {
      String where = hazard.id() + " " + hazard.title();
      assertTrue(hazard.text().contains("- **Cause:** "), where + ": no cause");
      assertTrue(hazard.text().contains("- **Harm:** "), where + ": no harm");
      int[] initial = risk(hazard, "- **Initial risk:** ");
      int[] residual = risk(hazard, "- **Residual risk:** ");
      assertTrue(hazard.text().contains("- **Residual:** "), where + ": residual risk explained");
      assertTrue(residual[2] <= initial[2], where + ": the controls cannot raise the risk");
      assertTrue(residual[2] <= 3, where + ": a residual risk of 4 or 5 is not acceptable");
      assertFalse(controls(hazard).isEmpty(), where + ": no control");
    }
  }

  @Test
  void everyControlIsVerifiedByATestThatExists() throws IOException {
    List<String> missing = new ArrayList<>();
    int verifications = 0;
    for (Hazard hazard : hazards()) {
      for (Map.Entry<String, String> control : controls(hazard).entrySet()) {
        Matcher test = VERIFIED.matcher(control.getValue());
        int named = 0;
        while (test.find()) {
          named++;
          verifications++;
          if (!testExists(test.group(1), test.group(2))) {
            missing.add(control.getKey() + " names " + test.group(1) + "#" + test.group(2));
          }
        }
        if (named == 0 || !control.getValue().replaceAll("\\s+", " ").contains("Verified by")) {
          missing.add(control.getKey() + " names no test that verifies it");
        }
      }
    }
    assertTrue(missing.isEmpty(), String.join("\n", missing));
    assertTrue(verifications >= 40, "verifications read: " + verifications);
  }

  @Test
  void theLogCoversEveryHazardTheClinicalReviewAskedFor() throws IOException {
    List<String> titles = hazards().stream().map(h -> h.title().toLowerCase()).toList();
    for (String topic : REQUIRED) {
      assertTrue(titles.stream().anyMatch(t -> t.contains(topic)), "no hazard about " + topic);
    }
    List<String> ids = hazards().stream().map(Hazard::id).toList();
    assertEquals(ids.stream().distinct().toList(), ids, "hazard ids are unique");
  }

  @Test
  void theCheckerFindsAMissingTest() throws IOException {
    assertTrue(
        testExists("HazardLogTest", "theCheckerFindsAMissingTest"),
        "the checker finds a test method that exists");
    assertFalse(
        testExists("HazardLogTest", "noSuchMethod"),
        "the checker reports a method the test class lacks as missing");
    assertFalse(
        testExists("NoSuchTest", "anything"),
        "the checker reports a test class that does not exist as missing");
  }

  private static List<Hazard> hazards() throws IOException {
    String log = Files.readString(LOG, StandardCharsets.UTF_8);
    List<Hazard> hazards = new ArrayList<>();
    Matcher heading = HAZARD.matcher(log);
    List<int[]> spans = new ArrayList<>();
    List<String[]> names = new ArrayList<>();
    while (heading.find()) {
      spans.add(new int[] {heading.start(), heading.end()});
      names.add(new String[] {heading.group(1), heading.group(2)});
    }
    for (int i = 0; i < spans.size(); i++) {
      int end = i + 1 < spans.size() ? spans.get(i + 1)[0] : log.length();
      hazards.add(
          new Hazard(names.get(i)[0], names.get(i)[1], log.substring(spans.get(i)[1], end)));
    }
    return hazards;
  }

  /** The hazard's risk on the line starting with {@code label}, checked against the matrix. */
  private static int[] risk(Hazard hazard, String label) {
    int line = hazard.text().indexOf(label);
    assertTrue(line >= 0, hazard.id() + ": no line " + label);
    String text = hazard.text().substring(line, hazard.text().indexOf('\n', line));
    Matcher risk = RISK.matcher(text);
    assertTrue(risk.find(), hazard.id() + ": " + text);
    int severity = Integer.parseInt(risk.group(1));
    int likelihood = Integer.parseInt(risk.group(2));
    int rating = Integer.parseInt(risk.group(3));
    assertEquals(
        MATRIX[likelihood - 1][severity - 1], rating, hazard.id() + ": the matrix gives " + text);
    return new int[] {severity, likelihood, rating};
  }

  /** Each control's id and its text, up to the next control or the residual risk. */
  private static Map<String, String> controls(Hazard hazard) {
    Map<String, String> controls = new LinkedHashMap<>();
    String text = hazard.text();
    int end = text.indexOf("- **Residual risk:**");
    Matcher control = CONTROL.matcher(text);
    List<Integer> starts = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    while (control.find()) {
      starts.add(control.start());
      ids.add(control.group(1));
    }
    for (int i = 0; i < starts.size(); i++) {
      int stop = i + 1 < starts.size() ? starts.get(i + 1) : (end < 0 ? text.length() : end);
      controls.put(ids.get(i), text.substring(starts.get(i), stop));
    }
    return controls;
  }

  private static boolean testExists(String className, String method) throws IOException {
    Optional<Path> source;
    try (Stream<Path> files = Files.walk(TESTS)) {
      source =
          files.filter(p -> p.getFileName().toString().equals(className + ".java")).findFirst();
    }
    if (source.isEmpty()) {
      return false;
    }
    String code = Files.readString(source.get(), StandardCharsets.UTF_8);
    Matcher declared = Pattern.compile("\\bvoid " + method + "\\(").matcher(code);
    if (!declared.find()) {
      return false;
    }
    // The annotations between the member before it and the method itself.
    String before = code.substring(0, declared.start());
    int previous = Math.max(before.lastIndexOf("\n  }"), before.lastIndexOf(";\n"));
    String annotations = before.substring(Math.max(previous, 0));
    return annotations.contains("@Test") || annotations.contains("@ParameterizedTest");
  }
}
