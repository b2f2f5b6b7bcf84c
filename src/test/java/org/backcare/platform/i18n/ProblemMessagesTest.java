package org.backcare.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.backcare.platform.domain.Messages;
import org.junit.jupiter.api.Test;

/**
 * Every problem the code raises has its words in every language: the title of its slug and its
 * detail. Read from the sources, so a new problem without words fails here, not in front of a
 * member.
 */
class ProblemMessagesTest {

  /** A factory call: its slug, then the first string literal after it (the detail's key). */
  private static final Pattern CALL =
      Pattern.compile(
          "DomainException\\.(?:of|notFound|invalid|conflict)\\(\\s*"
              + "(?:DomainException\\.Kind\\.\\w+,\\s*)?\"([a-z-]+)\",\\s*([^;]*?)\\)");

  private static final Pattern LITERAL = Pattern.compile("\"([a-z][a-z-]*)\"");

  @Test
  void everyRaisedProblemHasItsWordsInEveryLanguage() throws IOException {
    Set<String> keys = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher call = CALL.matcher(Files.readString(file));
        while (call.find()) {
          keys.add("problem." + call.group(1) + ".title");
          Matcher detail = LITERAL.matcher(call.group(2));
          while (detail.find()) {
            keys.add("problem." + detail.group(1));
          }
        }
      }
    }
    // Keys built from a value rather than written out in the call:
    keys.addAll(
        List.of(
            "problem.session-after-missing",
            "problem.try-after-missing",
            "problem.tips-off",
            "problem.toolbox-off",
            "problem.programs-off"));
    assertTrue(keys.size() > 40, "the scan finds the problems: " + keys);
    List<String> missing = new ArrayList<>();
    for (String language : Messages.LOCALES) {
      ResourceBundle bundle =
          ResourceBundle.getBundle(
              Messages.BUNDLE,
              Locale.forLanguageTag(language),
              ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
      keys.stream()
          .filter(k -> !bundle.containsKey(k))
          .forEach(k -> missing.add(language + ": " + k));
    }
    assertEquals(List.of(), missing, "problem words missing from the bundles");
  }

  /**
   * A problem's detail is always sent through {@code MessageFormat}, so {@code ''} in the bundle is
   * one apostrophe on the wire; a text that is also shown as written on a page would double it.
   * Each detail therefore reads the same both ways: formatted, it has no {@code ''}, and written
   * with {@code ''} it must have a placeholder (so it is never shown unformatted).
   */
  @Test
  void everyProblemDetailReadsWithSingleApostrophesInEveryLanguage() {
    List<String> doubled = new ArrayList<>();
    for (String language : Messages.LOCALES) {
      Locale locale = Locale.forLanguageTag(language);
      ResourceBundle bundle =
          ResourceBundle.getBundle(
              Messages.BUNDLE,
              locale,
              ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
      for (String key : new TreeSet<>(bundle.keySet())) {
        if (!key.startsWith("problem.")) {
          continue;
        }
        String written = bundle.getString(key);
        String sent = Messages.format(key, locale, "x", "y", "z");
        if (sent.contains("''") || (written.contains("''") && !written.contains("{0}"))) {
          doubled.add(language + ": " + key + " = " + written);
        }
      }
    }
    assertEquals(List.of(), doubled, "problem details with a doubled or unformatted apostrophe");
  }
}
