package org.backcare.provisioning.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What applying an eligibility file would change, worked out before anything is changed: the same
 * plan is shown for a dry run and applied for a real one, so what an operator previewed is what
 * happens.
 *
 * <p>A row with a termination date of today or earlier leaves; one with a later date stays until
 * then ({@link #pendingTerminations()}), because HR files often announce leavers ahead. In a full
 * file, being absent means having left; in a partial one it means nothing.
 */
public final class EligibilityPlan {

  /** A leaver announced ahead: {@code subject} (as stored) is deprovisioned on {@code on}. */
  public record PendingTermination(String subject, LocalDate on) {}

  private final List<String> provision;
  private final List<String> reactivate;
  private final List<String> deprovision;
  private final List<PendingTermination> pendingTerminations;
  private final int unchanged;
  private final int activeBefore;

  private EligibilityPlan(Sorter sorter, int activeBefore) {
    this.provision = sorted(sorter.provision);
    this.reactivate = sorted(sorter.reactivate);
    this.deprovision = sorted(sorter.deprovision);
    this.pendingTerminations =
        sorter.pending.stream().sorted(Comparator.comparing(PendingTermination::subject)).toList();
    this.unchanged = sorter.unchanged;
    this.activeBefore = activeBefore;
  }

  /**
   * The plan for a file.
   *
   * @param rows the file's rows, each subject once
   * @param storedSubject turns a subject as sent into what backcare stores (a tenant may keep a
   *     keyed hash); applied once per row
   * @param current what is provisioned now: stored subject to whether it is active
   * @param today the tenant's date; a termination on this day takes effect now
   * @param full whether the file is the whole eligible population, so that absence means leaving
   * @throws IllegalArgumentException when two rows come to the same stored subject
   */
  public static EligibilityPlan of(
      List<EligibilityRow> rows,
      Function<String, String> storedSubject,
      Map<String, Boolean> current,
      LocalDate today,
      boolean full) {
    Objects.requireNonNull(today, "today");
    Sorter sorter = new Sorter(current, today);
    Map<String, Integer> lineOf = new HashMap<>();
    for (EligibilityRow row : rows) {
      String stored = Objects.requireNonNull(storedSubject.apply(row.subject()), "stored subject");
      Integer earlier = lineOf.putIfAbsent(stored, row.line());
      if (earlier != null) {
        throw new IllegalArgumentException(
            "lines " + earlier + " and " + row.line() + " are the same person");
      }
      sorter.place(stored, row);
    }
    if (full) {
      current.forEach(
          (stored, active) -> {
            if (Boolean.TRUE.equals(active) && !lineOf.containsKey(stored)) {
              sorter.deprovision.add(stored);
            }
          });
    }
    int activeBefore = (int) current.values().stream().filter(Boolean.TRUE::equals).count();
    return new EligibilityPlan(sorter, activeBefore);
  }

  /** Rows still employed who are not provisioned yet. */
  public List<String> provision() {
    return provision;
  }

  /** Rows still employed who are provisioned but inactive, such as someone rehired. */
  public List<String> reactivate() {
    return reactivate;
  }

  /** Active members whose row says they have left, or who are absent from a full file. */
  public List<String> deprovision() {
    return deprovision;
  }

  /**
   * Leavers announced ahead who are or will be active: the caller keeps the date and deprovisions
   * them on the day, as the next file may come after it.
   */
  public List<PendingTermination> pendingTerminations() {
    return pendingTerminations;
  }

  /** Rows already as they should be, including leavers who were never provisioned. */
  public int unchanged() {
    return unchanged;
  }

  /** How many members were active before the file. */
  public int activeBefore() {
    return activeBefore;
  }

  /** The share of the active members the file would deprovision, from 0 to 1. */
  public double deprovisionShare() {
    return activeBefore == 0 ? 0 : (double) deprovision.size() / activeBefore;
  }

  /**
   * Whether the file deprovisions more than {@code maxPercent} of the active members and so is
   * refused unless forced: a truncated full file (cut off by an export, a mail size limit, an
   * upload) looks exactly like mass leaving, and letting thousands of people lose access is much
   * worse than an operator confirming a real restructuring.
   *
   * <p>The share is of the members active now, not of the file's rows: a truncated file has few
   * rows, which would make any share of them look small or large at random, while the active
   * population is what the accident hurts. It also makes the first file ever safe: no one is active
   * yet, so it deprovisions nobody and is never refused. The comparison is in whole numbers, so a
   * file exactly at the limit passes ({@code 3 * 100 > 30 * 10} is false, where {@code 0.3 * 100}
   * is a little over 30).
   *
   * @param maxPercent the share allowed, 0 to 100
   */
  public boolean refusedAsTruncated(int maxPercent) {
    if (maxPercent < 0 || maxPercent > 100) {
      throw new IllegalArgumentException("a share is 0 to 100 percent, not " + maxPercent);
    }
    return activeBefore > 0 && (long) deprovision.size() * 100 > (long) maxPercent * activeBefore;
  }

  private static List<String> sorted(List<String> subjects) {
    return subjects.stream().sorted().toList();
  }

  /** Puts each row where it belongs, by its termination date and what is provisioned now. */
  private static final class Sorter {
    final List<String> provision = new ArrayList<>();
    final List<String> reactivate = new ArrayList<>();
    final List<String> deprovision = new ArrayList<>();
    final List<PendingTermination> pending = new ArrayList<>();
    int unchanged;
    private final Map<String, Boolean> current;
    private final LocalDate today;

    Sorter(Map<String, Boolean> current, LocalDate today) {
      this.current = current;
      this.today = today;
    }

    void place(String stored, EligibilityRow row) {
      boolean provisioned = current.containsKey(stored);
      boolean active = Boolean.TRUE.equals(current.get(stored));
      boolean left = row.terminationDate().filter(date -> !date.isAfter(today)).isPresent();
      if (left) {
        addIf(active, deprovision, stored);
        return;
      }
      if (!provisioned) {
        provision.add(stored);
      } else {
        addIf(!active, reactivate, stored);
      }
      row.terminationDate().ifPresent(on -> pending.add(new PendingTermination(stored, on)));
    }

    private void addIf(boolean change, List<String> list, String stored) {
      if (change) {
        list.add(stored);
      } else {
        unchanged++;
      }
    }
  }
}
