package org.backcare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.backcare.platform.domain.Publishes;
import org.junit.jupiter.api.Test;

/**
 * The boundaries the README promises, read from the sources: a feature (a top-level package under
 * {@code org.backcare} other than {@code platform}) uses another feature only through that
 * feature's {@code application} package or the types it lists in {@link Publishes} on its root
 * {@code package-info}; and a {@code domain} or {@code application} package never uses a {@code
 * rest} or {@code web} package (nor a domain an {@code application} one), its own or another's.
 *
 * <p>Uses are {@code import} lines (static ones too) and fully-qualified names in code (comments
 * and string literals left out). A new feature is found by its folder; one whose {@code
 * package-info} carries no {@code @Publishes} publishes nothing.
 */
class FeatureBoundariesTest {

  private static final Path MAIN = Path.of("src/main/java");
  private static final Path ROOT = MAIN.resolve("org/backcare");
  private static final String BASE = "org.backcare.";

  /** Plumbing every feature may use. */
  private static final String SHARED = "platform";

  /** A main source file: its feature and its layer (empty for the feature's root package). */
  record Source(String file, String feature, String layer) {
    static Source of(Path file) {
      List<String> parts = new ArrayList<>();
      ROOT.relativize(file).forEach(p -> parts.add(p.toString()));
      String layer = parts.size() > 2 ? parts.get(1) : "";
      return new Source(MAIN.relativize(file).toString(), parts.get(0), layer);
    }
  }

  /** A name one source uses: a type, a member of a type, or a package (a wildcard import). */
  record Use(Source from, String name) {

    String feature() {
      return segments()[0];
    }

    String layer() {
      String[] segments = segments();
      return segments.length > 1 && isPackage(segments[1]) ? segments[1] : "";
    }

    /** The top-level type the name is or is in; empty for a package. */
    Optional<String> type() {
      String[] segments = segments();
      for (int i = 0; i < segments.length; i++) {
        if (!isPackage(segments[i])) {
          return Optional.of(BASE + String.join(".", Arrays.copyOf(segments, i + 1)));
        }
      }
      return Optional.empty();
    }

    private String[] segments() {
      return name.substring(BASE.length()).split("\\.");
    }

    private static boolean isPackage(String segment) {
      return segment.equals("*") || Character.isLowerCase(segment.charAt(0));
    }

    @Override
    public String toString() {
      return from.file() + " uses " + name;
    }
  }

  /**
   * What is wrong with {@code use}, if anything.
   *
   * @param published a feature's published types (fully-qualified)
   */
  static Optional<String> violation(Use use, Function<String, Set<String>> published) {
    Source from = use.from();
    boolean inner = from.layer().equals("domain") || from.layer().equals("application");
    if (inner && Set.of("rest", "web").contains(use.layer())) {
      return Optional.of("a " + from.layer() + " package uses an edge (" + use.layer() + ")");
    }
    if (from.layer().equals("domain") && use.layer().equals("application")) {
      return Optional.of("a domain package uses an application package");
    }
    String target = use.feature();
    if (target.equals(from.feature()) || target.equals(SHARED)) {
      return Optional.empty();
    }
    if (use.layer().equals("application")) {
      return Optional.empty();
    }
    if (use.type().filter(published.apply(target)::contains).isPresent()) {
      return Optional.empty();
    }
    return Optional.of(
        "'"
            + target
            + "' neither offers it through its application package nor publishes it"
            + " (@Publishes on org.backcare."
            + target
            + ".package-info)");
  }

  @Test
  void featuresMeetOnlyThroughApplicationServicesAndPublishedTypes() {
    List<String> problems = new ArrayList<>();
    for (Use use : uses()) {
      Optional<String> problem = violation(use, FeatureBoundariesTest::published);
      if (problem.isPresent()) {
        problems.add(use + ": " + problem.get());
      }
    }
    assertTrue(
        problems.isEmpty(),
        problems.size()
            + " use(s) cross a boundary; call the owner's application service, or publish a"
            + " shared value type from the owner's package-info:\n  "
            + String.join("\n  ", problems));
  }

  @Test
  void publishedTypesAreTheirFeaturesOwnAndExplained() {
    for (String feature : features()) {
      Set<String> types = published(feature);
      String javadoc = javadoc(ROOT.resolve(feature).resolve("package-info.java"));
      for (String type : types) {
        assertTrue(
            type.startsWith(BASE + feature + "."),
            feature + " publishes " + type + ", which is not its own");
        assertFalse(
            type.startsWith(BASE + feature + ".application."),
            feature + " publishes " + type + ": application services are open to all already");
        String simple = type.substring(type.lastIndexOf('.') + 1);
        assertTrue(
            javadoc.contains(simple),
            "org.backcare."
                + feature
                + "'s package-info publishes "
                + simple
                + " without a word on why others need it");
        assertFalse(
            isEntity(type), feature + " publishes the entity " + type + ": entities stay inside");
      }
    }
  }

  @Test
  void theRuleFlagsWhatCrossesAndPassesWhatMayCross() {
    Function<String, Set<String>> safetyPublishesSignsForm =
        f -> f.equals("safety") ? Set.of("org.backcare.safety.web.SignsForm") : Set.of();
    Source programPage = new Source("program/web/ProgramsPage.java", "program", "web");
    Source toolboxService = new Source("toolbox/application/Tries.java", "toolbox", "application");
    Source safetyRule = new Source("safety/domain/Triage.java", "safety", "domain");

    assertEquals(
        Optional.empty(),
        violation(
            new Use(programPage, "org.backcare.safety.web.SignsForm"), safetyPublishesSignsForm),
        "a published form may be reused by another feature's page");
    assertTrue(
        violation(new Use(programPage, "org.backcare.safety.web.SignsForm"), f -> Set.of())
            .isPresent(),
        "the same form, unpublished, is another feature's edge");
    assertTrue(
        violation(
                new Use(programPage, "org.backcare.safety.rest.CareView"), safetyPublishesSignsForm)
            .isPresent(),
        "publishing one edge type does not open the rest of the edge");
    assertTrue(
        violation(
                new Use(toolboxService, "org.backcare.identity.domain.Members"),
                safetyPublishesSignsForm)
            .isPresent(),
        "another feature's repository port is not to be used");
    assertTrue(
        violation(new Use(toolboxService, "org.backcare.safety.domain.*"), safetyPublishesSignsForm)
            .isPresent(),
        "a wildcard import of another feature's domain names no published type");
    assertEquals(
        Optional.empty(),
        violation(
            new Use(toolboxService, "org.backcare.safety.application.SafetyReports.Outcome"),
            f -> Set.of()),
        "another feature's application service (and what it answers) is always open");
    assertEquals(
        Optional.empty(),
        violation(
            new Use(
                new Source("signon/web/X.java", "signon", "web"),
                "org.backcare.identity.domain.SignedInMember"),
            f -> Set.of("org.backcare.identity.domain.SignedInMember")),
        "a new feature is held to the same rule");
    assertTrue(
        violation(
                new Use(safetyRule, "org.backcare.safety.application.SafetyReports"), f -> Set.of())
            .isPresent(),
        "a domain package does not use its own application package");
    assertTrue(
        violation(new Use(safetyRule, "org.backcare.platform.web.ErrorPages"), f -> Set.of())
            .isPresent(),
        "nor the platform's edge");
    assertTrue(
        violation(new Use(toolboxService, "org.backcare.toolbox.rest.TriesResource"), f -> Set.of())
            .isPresent(),
        "an application package does not use an edge, even its own feature's");
  }

  @Test
  void theSourcesAreFoundAndRead() {
    Set<String> features = features();
    assertTrue(
        features.containsAll(Set.of("safety", "program", "toolbox", "tenant", "identity")),
        "the features are found under " + ROOT.toAbsolutePath() + ": " + features);
    assertTrue(
        uses().stream().filter(u -> !u.feature().equals(u.from().feature())).count() > 100,
        "the cross-feature uses are read (an empty scan would pass everything)");
  }

  /** The features: every top-level package but the platform. */
  private static Set<String> features() {
    try (Stream<Path> children = Files.list(ROOT)) {
      return children
          .filter(Files::isDirectory)
          .map(p -> p.getFileName().toString())
          .filter(name -> !name.equals(SHARED))
          .collect(Collectors.toCollection(TreeSet::new));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The types {@code feature} publishes; none when its root package carries no annotation. */
  static Set<String> published(String feature) {
    Class<?> info;
    try {
      info = Class.forName(BASE + feature + ".package-info");
    } catch (ClassNotFoundException e) {
      return Set.of(); // javac writes no package-info class for a package without annotations
    }
    Publishes publishes = info.getAnnotation(Publishes.class);
    if (publishes == null) {
      return Set.of();
    }
    return Arrays.stream(publishes.value()).map(Class::getName).collect(Collectors.toSet());
  }

  private static boolean isEntity(String type) {
    try {
      return Class.forName(type).isAnnotationPresent(jakarta.persistence.Entity.class);
    } catch (ClassNotFoundException e) {
      throw new AssertionError("published type " + type + " is not on the class path", e);
    }
  }

  private static final Pattern IMPORT =
      Pattern.compile(
          "(?m)^\\s*import\\s+(?:static\\s+)?(org\\.backcare\\.[\\w.]+(?:\\.\\*)?)\\s*;");
  private static final Pattern QUALIFIED = Pattern.compile("\\borg\\.backcare(?:\\.\\w+)+");
  private static final Pattern HEADER_LINE =
      Pattern.compile("(?m)^\\s*(?:import|package)\\s[^;]*;");

  /** Every name of another package under org.backcare that a feature's main source uses. */
  private static List<Use> uses() {
    List<Use> uses = new ArrayList<>();
    try (Stream<Path> files = Files.walk(ROOT)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        if (file.getParent().equals(ROOT)) {
          continue; // the root package-info belongs to no feature
        }
        Source from = Source.of(file);
        String text = Files.readString(file);
        Matcher imports = IMPORT.matcher(text);
        while (imports.find()) {
          uses.add(new Use(from, imports.group(1)));
        }
        Matcher qualified = QUALIFIED.matcher(HEADER_LINE.matcher(code(text)).replaceAll(""));
        while (qualified.find()) {
          uses.add(new Use(from, qualified.group()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return uses;
  }

  /** {@code source} without its comments and string and character literals. */
  static String code(String source) {
    StringBuilder code = new StringBuilder(source.length());
    int i = 0;
    while (i < source.length()) {
      if (source.startsWith("//", i)) {
        int line = source.indexOf('\n', i);
        i = line < 0 ? source.length() : line;
      } else if (source.startsWith("/*", i)) {
        i = end(source, "*/", i + 2);
      } else if (source.startsWith("\"\"\"", i)) {
        i = end(source, "\"\"\"", i + 3);
      } else if (source.charAt(i) == '"' || source.charAt(i) == '\'') {
        char quote = source.charAt(i++);
        while (i < source.length() && source.charAt(i) != quote) {
          i += source.charAt(i) == '\\' ? 2 : 1;
        }
        i++;
      } else {
        code.append(source.charAt(i++));
      }
    }
    return code.toString();
  }

  private static int end(String source, String closer, int from) {
    int at = source.indexOf(closer, from);
    return at < 0 ? source.length() : at + closer.length();
  }

  private static String javadoc(Path packageInfo) {
    if (!Files.exists(packageInfo)) {
      return "";
    }
    try {
      String text = Files.readString(packageInfo);
      int start = text.indexOf("/**");
      return start < 0 ? "" : text.substring(start, text.indexOf("*/", start));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void commentsAndStringsAreNotUses() {
    String code =
        code(
            "// org.backcare.a.domain.X\n/* org.backcare.b.web.Y */ String s = \"org.backcare.c.web.Z\";"
                + " char c = '\\''; org.backcare.d.domain.W.of();");
    assertFalse(code.contains("org.backcare.a") || code.contains("org.backcare.b"), code);
    assertFalse(code.contains("org.backcare.c"), "string literals are left out: " + code);
    assertTrue(code.contains("org.backcare.d.domain.W.of()"), "code is kept: " + code);
  }
}
