package org.backcare.toolbox.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.backcare.events.application.ParticipationEvents;
import org.backcare.identity.application.CurrentMember;
import org.backcare.platform.domain.DomainException;
import org.backcare.safety.application.HealthAnswers;
import org.backcare.safety.application.SafetyReports;
import org.backcare.safety.domain.Precautions;
import org.backcare.toolbox.domain.Situation;
import org.backcare.toolbox.domain.ToolboxEntry;
import org.backcare.toolbox.domain.ToolboxRecords;

/**
 * The member's toolbox: keep, remove, reorder and describe moves. Keeping a move twice keeps it
 * once. Reordering and describing name the version the member's page was showing; if the toolbox
 * changed since (another tab, another device), the write is refused with a conflict rather than
 * overwriting the other edit. Each write that changes kept moves ends with {@link
 * ToolboxRecords#flush()}, so an edit that lost a race with another tab at the same moment also
 * answers that conflict (409), on every server.
 */
@ApplicationScoped
public class MemberToolbox {

  @Inject ToolboxRecords records;
  @Inject CurrentMember currentMember;
  @Inject Exercises exercises;
  @Inject ParticipationEvents events;
  @Inject HealthAnswers health;
  @Inject SafetyReports safety;

  @Inject Clock clock;

  /** The member's moves in their order. */
  @Transactional
  public List<ToolboxEntry> entries() {
    return records.entries(memberId());
  }

  /** The ids of the moves the member keeps, in their order: a narrow read for other features. */
  @Transactional
  public List<String> keptMoveIds() {
    return entries().stream().map(ToolboxEntry::exerciseId).toList();
  }

  /** A kept move and whether this call added it (false: it was already in the toolbox). */
  public record Kept(ToolboxEntry entry, boolean added) {}

  /**
   * Adds move {@code exerciseId} at the end; if it is already there, nothing changes. A loaded move
   * needs the member's precautions answer first ({@code precautions}, or the one they gave before).
   */
  @Transactional
  public Kept keep(String exerciseId, Optional<Precautions> precautions) {
    if (exercises.exercise(exerciseId).loaded()) {
      health.requireLoadingAllowed(precautions);
      safety.refuseLoadingWhileHeld();
    }
    List<ToolboxEntry> current = entries();
    Optional<ToolboxEntry> existing =
        current.stream().filter(e -> e.exerciseId().equals(exerciseId)).findFirst();
    if (existing.isPresent()) {
      return new Kept(existing.get(), false);
    }
    ToolboxEntry entry = new ToolboxEntry(memberId(), exerciseId, current.size(), clock.instant());
    records.add(entry);
    events.toolboxHolds(memberId(), current.size() + 1);
    return new Kept(entry, true);
  }

  /** Removes a move; the ones after it move up. */
  @Transactional
  public void remove(String exerciseId) {
    List<ToolboxEntry> current = entries();
    ToolboxEntry entry = find(current, exerciseId);
    records.remove(entry);
    int position = 0;
    for (ToolboxEntry other : current) {
      if (other != entry) {
        other.moveTo(position++);
      }
    }
    records.flush();
  }

  /**
   * Puts the moves in {@code order}, which must list every move once, each with the version the
   * member saw.
   */
  @Transactional
  public List<ToolboxEntry> reorder(List<String> order, Map<String, Integer> versions) {
    List<ToolboxEntry> current = entries();
    Set<String> ids = current.stream().map(ToolboxEntry::exerciseId).collect(Collectors.toSet());
    if (order.size() != current.size() || !ids.equals(new HashSet<>(order))) {
      throw DomainException.conflict("stale-write", "toolbox-order-incomplete");
    }
    for (ToolboxEntry entry : current) {
      checkVersion(entry, versions.get(entry.exerciseId()));
    }
    for (int i = 0; i < order.size(); i++) {
      find(current, order.get(i)).moveTo(i);
    }
    records.flush();
    return current;
  }

  /** Replaces a move's note and situations, if the member saw its latest version. */
  @Transactional
  public ToolboxEntry describe(
      String exerciseId, String note, Set<Situation> situations, Integer version) {
    ToolboxEntry entry = find(entries(), exerciseId);
    checkVersion(entry, version);
    entry.describe(note, situations);
    records.flush();
    return entry;
  }

  private static void checkVersion(ToolboxEntry entry, Integer seen) {
    if (seen == null || seen != entry.version()) {
      throw DomainException.conflict("stale-write", "toolbox-move-changed", entry.exerciseId());
    }
  }

  private static ToolboxEntry find(List<ToolboxEntry> entries, String exerciseId) {
    return entries.stream()
        .filter(e -> e.exerciseId().equals(exerciseId))
        .findFirst()
        .orElseThrow(
            () -> DomainException.notFound("not-in-toolbox", "not-in-toolbox", exerciseId));
  }

  long memberId() {
    return currentMember.requireMemberId();
  }
}
