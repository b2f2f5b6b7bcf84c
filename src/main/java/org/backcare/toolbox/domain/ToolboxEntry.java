package org.backcare.toolbox.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.backcare.platform.domain.DomainException;

/**
 * A move in a member's toolbox: where it sits in their order, their own note, and the situations
 * they keep it for. Edited by the member, possibly in two tabs at once, so it carries a version: a
 * write based on a stale version is refused rather than silently overwriting the other edit.
 */
@Entity
@Table(name = "toolbox_entries")
public class ToolboxEntry {

  /** Control characters other than a line break or a tab: never part of a note a person types. */
  private static final java.util.regex.Pattern CONTROL =
      java.util.regex.Pattern.compile("[\\p{Cntrl}&&[^\\n\\t]]");

  /** The longest note a member can keep on a move. */
  public static final int MAX_NOTE = 500;

  @Id
  @SequenceGenerator(
      name = "toolbox_entries_seq",
      sequenceName = "toolbox_entries_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "toolbox_entries_seq")
  private Long id;

  @Column(name = "member_id", nullable = false, updatable = false)
  private long memberId;

  @Column(name = "exercise_id", nullable = false, updatable = false, length = 60)
  private String exerciseId;

  @Column(name = "position", nullable = false)
  private int position;

  @Column(name = "note", length = MAX_NOTE)
  private String note;

  @Column(name = "situations", nullable = false, length = 200)
  private String situations;

  @Column(name = "added_at", nullable = false, updatable = false)
  private Instant addedAt;

  @Version private int version;

  protected ToolboxEntry() {}

  public ToolboxEntry(long memberId, String exerciseId, int position, Instant now) {
    this.memberId = memberId;
    this.exerciseId = exerciseId;
    this.position = position;
    this.situations = "";
    this.addedAt = now;
  }

  /** Replaces the note and the situations the member keeps the move for. */
  public void describe(String newNote, Set<Situation> forSituations) {
    String trimmed = newNote == null ? null : newNote.replace("\r\n", "\n").strip();
    if (trimmed != null && trimmed.length() > MAX_NOTE) {
      throw DomainException.invalid("validation-failed", "note-too-long", MAX_NOTE);
    }
    if (trimmed != null && CONTROL.matcher(trimmed).find()) {
      throw DomainException.invalid("validation-failed", "note-control-characters");
    }
    note = trimmed == null || trimmed.isEmpty() ? null : trimmed;
    situations =
        forSituations.stream().sorted().map(Situation::key).collect(Collectors.joining(","));
  }

  public void moveTo(int newPosition) {
    position = newPosition;
  }

  public long memberId() {
    return memberId;
  }

  public String exerciseId() {
    return exerciseId;
  }

  public int position() {
    return position;
  }

  public String note() {
    return note;
  }

  /** The situations the member chose; empty means "the move's own situations". */
  public Set<Situation> situations() {
    Set<Situation> chosen = EnumSet.noneOf(Situation.class);
    Arrays.stream(situations.split(","))
        .map(Situation::byKey)
        .flatMap(java.util.Optional::stream)
        .forEach(chosen::add);
    return chosen;
  }

  public Instant addedAt() {
    return addedAt;
  }

  public int version() {
    return version;
  }
}
