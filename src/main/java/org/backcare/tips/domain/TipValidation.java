package org.backcare.tips.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules shipped tips must meet before backcare starts: unique ids of the right form, text in
 * every shipped locale, nothing blank, and a reference that exists. A tip that breaks one is a
 * build or deployment mistake, so start-up stops with every problem listed.
 */
public final class TipValidation {

  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{2,59}");

  private TipValidation() {}

  /** Every problem with {@code tips}, empty when they are sound. */
  public static List<String> problems(
      List<Tip> tips, List<String> locales, Set<String> references) {
    List<String> problems = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Tip tip : tips) {
      String where = "tip '" + tip.id() + "'";
      if (!ID.matcher(tip.id()).matches()) {
        problems.add(where + ": id must be 3-60 lower-case letters, digits or hyphens");
      }
      if (!seen.add(tip.id())) {
        problems.add(where + ": id is used twice");
      }
      if (tip.reference().isEmpty() || !references.contains(tip.reference().get())) {
        problems.add(where + ": reference '" + tip.reference().orElse("") + "' does not exist");
      }
      for (String locale : locales) {
        TipText text = tip.text().get(locale);
        if (text == null) {
          problems.add(where + ": has no '" + locale + "' text");
        } else if (blank(text.title()) || blank(text.body()) || blank(text.why())) {
          problems.add(where + ": '" + locale + "' text needs a title, a body and a why");
        }
      }
    }
    return problems;
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
