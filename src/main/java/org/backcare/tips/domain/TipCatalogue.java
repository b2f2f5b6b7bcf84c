package org.backcare.tips.domain;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The tips one employer's members see, in browsing order (context, then title). Immutable: a
 * changed overlay produces a new catalogue.
 */
public final class TipCatalogue {

  private final List<Tip> tips;

  public TipCatalogue(List<Tip> tips) {
    this.tips =
        tips.stream().sorted(Comparator.comparing(Tip::context).thenComparing(Tip::id)).toList();
  }

  public List<Tip> all() {
    return tips;
  }

  public Optional<Tip> find(String id) {
    return tips.stream().filter(t -> t.id().equals(id)).findFirst();
  }

  public List<Tip> in(TipContext context) {
    return tips.stream().filter(t -> t.context() == context).toList();
  }

  /**
   * Tips whose words in {@code locale} contain every word of {@code query}, ignoring case and
   * accents (so "postura" finds "Postura" and "columna" finds "colúmna" alike).
   */
  public List<Tip> search(String query, String locale) {
    List<String> words =
        Arrays.stream(fold(query).split("\\s+")).filter(w -> !w.isBlank()).toList();
    if (words.isEmpty()) {
      return tips;
    }
    return tips.stream()
        .filter(
            tip -> {
              TipText text = tip.in(locale);
              String haystack = fold(text.title() + " " + text.body() + " " + text.why());
              return words.stream().allMatch(haystack::contains);
            })
        .toList();
  }

  private static String fold(String text) {
    return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT);
  }
}
