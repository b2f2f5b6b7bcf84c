package org.backcare.program.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.backcare.safety.domain.RedFlag;
import org.backcare.safety.domain.SignSource;

/**
 * The warning signs a member reported, and when, for the clinician's summary. One report is often
 * kept in two places: a try or a session keeps its signs, and the programme's pause for care keeps
 * them again (with the app's id, a report also keeps them in the safety records). So reports from
 * the same place on the same UTC day are one line, holding every sign of them and the earliest
 * time; the same sign reported from two places, or on two days, stays two lines, as a clinician
 * would want to know. Newest first; each line's signs in {@link RedFlag}'s order, most urgent
 * first. A printed page holds {@link #SHOWN} lines: when there are more, the lines with the most
 * urgent signs are the ones kept (the newest among equals), so an emergency weeks ago is never
 * pushed off the page by later milder reports; {@link #more()} says how many were left off.
 *
 * @param reports the lines, newest first
 */
public record SignHistory(List<Report> reports) {

  /** Signs reported at {@code at} from {@code source}. */
  public record Report(Instant at, SignSource source, Set<RedFlag> signs) {

    public Report {
      signs = signs.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(signs));
    }

    /** The signs, most urgent first. */
    public List<RedFlag> ordered() {
      return signs.stream().sorted().toList();
    }
  }

  private static final Comparator<Report> NEWEST_FIRST =
      Comparator.comparing(Report::at).reversed().thenComparing(r -> r.source().name());

  /** Lines a printed page holds. */
  public static final int SHOWN = 8;

  public SignHistory {
    reports = List.copyOf(reports);
  }

  /**
   * The {@link #SHOWN} lines a printed page holds, newest first: the most urgent lines, the newest
   * among lines as urgent.
   */
  public List<Report> shown() {
    if (reports.size() <= SHOWN) {
      return reports;
    }
    List<Report> kept = new ArrayList<>(reports);
    kept.sort(Comparator.comparing((Report r) -> r.ordered().get(0)));
    kept = new ArrayList<>(kept.subList(0, SHOWN));
    kept.sort(NEWEST_FIRST);
    return List.copyOf(kept);
  }

  /** How many lines {@link #shown()} leaves off. */
  public int more() {
    return Math.max(0, reports.size() - SHOWN);
  }

  /** The history of these reports, in any order, merged as the class says; empty ones dropped. */
  public static SignHistory of(Collection<Report> reported) {
    record Key(LocalDate day, SignSource source) {}
    Map<Key, Report> merged = new LinkedHashMap<>();
    for (Report r : reported) {
      if (r.signs().isEmpty()) {
        continue;
      }
      merged.merge(
          new Key(r.at().atOffset(ZoneOffset.UTC).toLocalDate(), r.source()),
          r,
          (a, b) -> {
            Set<RedFlag> all = EnumSet.copyOf(a.signs());
            all.addAll(b.signs());
            return new Report(a.at().isBefore(b.at()) ? a.at() : b.at(), a.source(), all);
          });
    }
    List<Report> lines = new ArrayList<>(merged.values());
    lines.sort(NEWEST_FIRST);
    return new SignHistory(lines);
  }
}
