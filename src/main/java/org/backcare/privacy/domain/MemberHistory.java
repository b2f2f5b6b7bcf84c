package org.backcare.privacy.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a member has recorded, as plain values: the history their FHIR record is made of. Ids are
 * the rows' own, used only to give each resource an id that stays the same within one export.
 * Warning signs are backcare's sign keys; ratings run 0-10.
 *
 * @param plans every programme enrolment, ended ones too
 * @param tries every try of a toolbox move
 * @param reports every report of warning signs kept on its own: sent with an app's id, or the pause
 *     for care that a report without one caused
 */
public record MemberHistory(List<Plan> plans, List<Try> tries, List<SignReport> reports) {

  public MemberHistory {
    plans = List.copyOf(plans);
    tries = List.copyOf(tries);
    reports = List.copyOf(reports);
  }

  /**
   * A programme enrolment and where the member stands in it.
   *
   * @param status ACTIVE, PAUSED, FINISHED or ENDED
   * @param phase the current phase, 0 first, of {@code phases}
   * @param step the current rung of the phase's ladder, 0 first, of {@code rungs}
   * @param sessionMinutes a session's length on the current rung; 0 when unknown
   * @param endedAt null while current
   */
  public record Plan(
      long id,
      String programme,
      String status,
      int phase,
      int phases,
      String phaseName,
      int step,
      int rungs,
      int sessionsPerWeek,
      int sessionMinutes,
      Instant startedAt,
      Instant endedAt,
      List<Session> sessions) {

    public Plan {
      sessions = List.copyOf(sessions);
    }
  }

  /** A programme session: pain before and after ({@code after} null when cut short), its signs. */
  public record Session(
      long id,
      Instant performedAt,
      boolean completed,
      int phase,
      int step,
      int rounds,
      int before,
      Integer after,
      List<String> signs,
      Optional<NextDay> nextDay) {

    public Session {
      signs = List.copyOf(signs);
    }
  }

  /** The next-day check-in of a session: pain the day after, and any signs then. */
  public record NextDay(long id, Instant answeredAt, int rating, List<String> signs) {

    public NextDay {
      signs = List.copyOf(signs);
    }
  }

  /** A try of a toolbox move: stiffness before and after ({@code after} null when stopped). */
  public record Try(
      long id,
      String move,
      Instant triedAt,
      boolean completed,
      int before,
      Integer after,
      List<String> signs) {

    public Try {
      signs = List.copyOf(signs);
    }
  }

  /**
   * Warning signs reported on their own, and where (REPORT, CHECK_IN, SELF_CHECK...): a report kept
   * with an app's id, or the pause for care a report without one caused ({@code fromPause}).
   */
  public record SignReport(
      long id, String source, Instant reportedAt, List<String> signs, boolean fromPause) {

    /** How far apart a report and the pause it caused are written (one transaction). */
    static final Duration SAME_REPORT = Duration.ofSeconds(5);

    public SignReport {
      signs = List.copyOf(signs);
    }

    /**
     * The reports {@code kept} with an app's id, and the pauses for care that are no kept report's
     * own (a report kept with an id also paused the programme, within moments and with the same
     * source and signs), oldest first: each report once.
     */
    public static List<SignReport> once(List<SignReport> kept, List<SignReport> pauses) {
      List<SignReport> all = new ArrayList<>(kept);
      pauses.stream().filter(p -> kept.stream().noneMatch(p::sameAs)).forEach(all::add);
      all.sort(Comparator.comparing(SignReport::reportedAt));
      return List.copyOf(all);
    }

    private boolean sameAs(SignReport other) {
      return source.equals(other.source)
          && Set.copyOf(signs).equals(Set.copyOf(other.signs))
          && Duration.between(reportedAt, other.reportedAt).abs().compareTo(SAME_REPORT) <= 0;
    }
  }
}
