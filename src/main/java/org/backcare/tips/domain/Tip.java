package org.backcare.tips.domain;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * One ergonomic habit that keeps a back from stiffening. Shipped tips rest on a reference article
 * and carry a review date; an employer's own tips carry their link instead (a sit-stand desk
 * request form, say).
 *
 * @param id stable identifier, used in URLs and saved tips
 * @param context the part of daily life it is about
 * @param reference the reference article it rests on (empty for an employer's tip)
 * @param reviewed when its text was last checked against the reference
 * @param text its words in every offered language
 * @param link an employer tip's link, if any
 */
public record Tip(
    String id,
    TipContext context,
    Optional<String> reference,
    LocalDate reviewed,
    Map<String, TipText> text,
    Optional<String> link) {

  public Tip {
    text = Map.copyOf(text);
  }

  /** Its words in {@code locale}, else in English. */
  public TipText in(String locale) {
    TipText localized = text.get(locale);
    return localized != null ? localized : text.get("en");
  }

  /** Whether this tip is the employer's own rather than shipped. */
  public boolean fromEmployer() {
    return reference.isEmpty();
  }

  /** The same tip with its text in {@code locale} replaced. */
  public Tip withText(String locale, TipText replacement) {
    Map<String, TipText> changed = new java.util.HashMap<>(text);
    changed.put(locale, replacement);
    return new Tip(id, context, reference, reviewed, changed, link);
  }
}
