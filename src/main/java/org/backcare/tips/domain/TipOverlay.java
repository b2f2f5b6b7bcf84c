package org.backcare.tips.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An employer's changes to the shipped tips, from its tenant file's {@code tips.*} keys:
 *
 * <ul>
 *   <li>{@code tips.hide=<id>,<id>} hides shipped tips;
 *   <li>{@code tips.reword.<id>.<title|body|why>.<locale>=...} re-words a shipped tip;
 *   <li>{@code tips.add.<id>.context=<context>}, {@code
 *       tips.add.<id>.<title|body|why>.<locale>=...} and optionally {@code
 *       tips.add.<id>.link=https://...} add the employer's own tip.
 * </ul>
 *
 * A key that names an unknown tip, context or language is reported and skipped; the rest of the
 * employer's overlay still applies, because one typo should not cost members their tips.
 */
public final class TipOverlay {

  private static final Pattern REWORD =
      Pattern.compile("reword\\.([a-z0-9-]+)\\.(title|body|why)\\.([a-z]{2})");
  private static final Pattern ADD =
      Pattern.compile("add\\.([a-z0-9-]+)\\.(context|link|title|body|why)(?:\\.([a-z]{2}))?");

  /** The employer's catalogue and what in its overlay could not be applied. */
  public record Result(TipCatalogue catalogue, List<String> problems) {}

  private TipOverlay() {}

  /**
   * Applies {@code overlay} (keys without the {@code tips.} prefix) to {@code shipped}, keeping the
   * languages in {@code locales}.
   */
  public static Result apply(
      TipCatalogue shipped, Map<String, String> overlay, List<String> locales) {
    List<String> problems = new ArrayList<>();
    Map<String, Tip> tips = new LinkedHashMap<>();
    shipped.all().forEach(t -> tips.put(t.id(), t));
    hide(overlay.get("hide"), tips, problems);
    Map<String, Map<String, String>> added = new HashMap<>();
    for (Map.Entry<String, String> entry : overlay.entrySet()) {
      String key = entry.getKey();
      Matcher reword = REWORD.matcher(key);
      Matcher add = ADD.matcher(key);
      if (key.equals("hide")) {
        continue;
      } else if (reword.matches()) {
        reword(reword, entry.getValue(), tips, locales, problems);
      } else if (add.matches()) {
        added
            .computeIfAbsent(add.group(1), id -> new HashMap<>())
            .put(add.group(2) + (add.group(3) == null ? "" : "." + add.group(3)), entry.getValue());
      } else {
        problems.add("tips." + key + ": not a tips.hide, tips.reword or tips.add key");
      }
    }
    added.forEach(
        (id, fields) -> employerTip(id, fields, locales, problems).ifPresent(t -> tips.put(id, t)));
    return new Result(new TipCatalogue(List.copyOf(tips.values())), problems);
  }

  private static void hide(String list, Map<String, Tip> tips, List<String> problems) {
    if (list == null) {
      return;
    }
    for (String id : Arrays.stream(list.split("[,\\s]+")).filter(s -> !s.isEmpty()).toList()) {
      if (tips.remove(id) == null) {
        problems.add("tips.hide: no tip '" + id + "'");
      }
    }
  }

  private static void reword(
      Matcher key,
      String value,
      Map<String, Tip> tips,
      List<String> locales,
      List<String> problems) {
    String id = key.group(1);
    String locale = key.group(3);
    Tip tip = tips.get(id);
    if (tip == null || !locales.contains(locale)) {
      problems.add("tips.reword." + id + ": no tip '" + id + "' in language '" + locale + "'");
      return;
    }
    TipText text = tip.in(locale);
    TipText changed =
        switch (key.group(2)) {
          case "title" -> text.reworded(value, null, null);
          case "body" -> text.reworded(null, value, null);
          default -> text.reworded(null, null, value);
        };
    tips.put(id, tip.withText(locale, changed));
  }

  private static Optional<Tip> employerTip(
      String id, Map<String, String> fields, List<String> locales, List<String> problems) {
    Optional<TipContext> context = TipContext.byKey(fields.getOrDefault("context", ""));
    if (context.isEmpty()) {
      problems.add("tips.add." + id + ".context: missing or unknown context");
      return Optional.empty();
    }
    Map<String, TipText> text = new HashMap<>();
    Set<String> missing = new TreeSet<>();
    for (String locale : locales) {
      String title = fields.get("title." + locale);
      String body = fields.get("body." + locale);
      if (title == null || body == null) {
        missing.add(locale);
        continue;
      }
      text.put(locale, new TipText(title, body, fields.getOrDefault("why." + locale, "")));
    }
    if (!missing.isEmpty()) {
      problems.add(
          "tips.add." + id + ": needs a title and a body in " + String.join(", ", missing));
      return Optional.empty();
    }
    Optional<String> link = Optional.ofNullable(fields.get("link"));
    if (link.isPresent() && !link.get().matches("https?://[^\\s\"<>]+")) {
      problems.add("tips.add." + id + ".link: not an http(s) URL");
      return Optional.empty();
    }
    return Optional.of(new Tip(id, context.get(), Optional.empty(), LocalDate.now(), text, link));
  }
}
