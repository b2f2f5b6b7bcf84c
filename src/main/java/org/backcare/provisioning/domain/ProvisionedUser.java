package org.backcare.provisioning.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One employee as the employer's directory describes them to backcare: the subject backcare stores
 * for the member, the directory's external id in the same form, and whether they may use backcare.
 * Nothing else: the name, email and job a directory sends are never kept.
 *
 * <p>The lifecycle is the directory's: provisioned (active), deprovisioned (a leaver: their
 * sessions end now, their data is deleted {@code graceDays} later unless they are reactivated
 * first), removed (the directory deleted the record; it lingers, invisible, only until the data
 * goes). The rules of that lifecycle are here, so SCIM and the eligibility file apply the same
 * ones.
 */
public final class ProvisionedUser {

  /** Who provisioned the record. */
  public enum Source {
    SCIM,
    FILE;

    /** The name stored in {@code provisioned_users.source}. */
    public String wireName() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  private final String id;
  private final Instant createdAt;
  private final int version;
  private String subject;
  private Optional<String> externalId;
  private boolean active;
  private boolean removed;
  private Source source;
  private Instant updatedAt;
  private Optional<LocalDate> endsOn;
  private Optional<Instant> deprovisionedAt;
  private Optional<Instant> eraseAt;

  /** A record as stored, read back by the persistence adapter. */
  public ProvisionedUser(
      String id,
      String subject,
      Optional<String> externalId,
      boolean active,
      boolean removed,
      Source source,
      Instant createdAt,
      Instant updatedAt,
      Optional<LocalDate> endsOn,
      Optional<Instant> deprovisionedAt,
      Optional<Instant> eraseAt,
      int version) {
    this.id = Objects.requireNonNull(id);
    this.subject = Objects.requireNonNull(subject);
    this.externalId = Objects.requireNonNull(externalId);
    this.active = active;
    this.removed = removed;
    this.source = Objects.requireNonNull(source);
    this.createdAt = Objects.requireNonNull(createdAt);
    this.updatedAt = Objects.requireNonNull(updatedAt);
    this.endsOn = Objects.requireNonNull(endsOn);
    this.deprovisionedAt = Objects.requireNonNull(deprovisionedAt);
    this.eraseAt = Objects.requireNonNull(eraseAt);
    this.version = version;
  }

  /** A new, active record with a fresh opaque id (never the subject, which may be a pseudonym). */
  public static ProvisionedUser provision(
      String subject, Optional<String> externalId, Source source, Instant now) {
    return new ProvisionedUser(
        UUID.randomUUID().toString(),
        subject,
        externalId,
        true,
        false,
        source,
        now,
        now,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        0);
  }

  /** What a change did to whether the member may use backcare. */
  public enum Transition {
    /** Nothing about access changed. */
    NONE,
    /** The member became a leaver now. */
    DEPROVISIONED,
    /** A leaver came back before their data was deleted. */
    REACTIVATED
  }

  /**
   * Sets whether the member may use backcare, as the directory says at {@code now}.
   *
   * @param graceDays the employer's days between deprovisioning and deleting the member's data
   */
  public Transition setActive(boolean nowActive, Instant now, int graceDays) {
    if (nowActive == active && !removed) {
      return Transition.NONE;
    }
    updatedAt = now;
    if (nowActive) {
      boolean wasLeaver = !active || removed;
      active = true;
      removed = false;
      deprovisionedAt = Optional.empty();
      eraseAt = Optional.empty();
      return wasLeaver ? Transition.REACTIVATED : Transition.NONE;
    }
    active = false;
    endsOn = Optional.empty();
    deprovisionedAt = Optional.of(now);
    eraseAt = Optional.of(now.plus(Duration.ofDays(graceDays)));
    return Transition.DEPROVISIONED;
  }

  /**
   * The directory deleted the record at {@code now}: a leaver (if not one already), hidden from the
   * directory, kept only until their data is deleted.
   */
  public Transition remove(Instant now, int graceDays) {
    Transition transition = active ? setActive(false, now, graceDays) : Transition.NONE;
    removed = true;
    updatedAt = now;
    return transition;
  }

  /** Changes the subject and external id the directory knows the employee by. */
  public boolean rename(String newSubject, Optional<String> newExternalId, Instant now) {
    if (subject.equals(newSubject) && externalId.equals(newExternalId)) {
      return false;
    }
    subject = Objects.requireNonNull(newSubject);
    externalId = Objects.requireNonNull(newExternalId);
    updatedAt = now;
    return true;
  }

  /** Records that the member is to be deprovisioned on {@code day} (a termination date ahead). */
  public void endOn(Optional<LocalDate> day, Instant now) {
    if (!endsOn.equals(day)) {
      endsOn = day;
      updatedAt = now;
    }
  }

  /** Now provisioned by {@code newSource} (an employer moving from files to SCIM, say). */
  public void provisionedBy(Source newSource) {
    source = newSource;
  }

  /**
   * The leaver's data was deleted: nothing is due any more. A record the directory removed has
   * nothing left to keep and goes too ({@link #gone()}).
   */
  public void dataErased(Instant now) {
    eraseAt = Optional.empty();
    updatedAt = now;
  }

  /** Whether the record is to be deleted: the directory removed it and the data is gone. */
  public boolean gone() {
    return removed && eraseAt.isEmpty();
  }

  /** Whether the member may arrive: provisioned, active and not removed. */
  public boolean admits() {
    return active && !removed;
  }

  /** Whether the member's data is due for deletion at {@code now}. */
  public boolean dueForErasure(Instant now) {
    return !active && eraseAt.map(at -> !at.isAfter(now)).orElse(false);
  }

  public String id() {
    return id;
  }

  public String subject() {
    return subject;
  }

  public Optional<String> externalId() {
    return externalId;
  }

  public boolean active() {
    return active;
  }

  public boolean removed() {
    return removed;
  }

  public Source source() {
    return source;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public Optional<LocalDate> endsOn() {
    return endsOn;
  }

  public Optional<Instant> deprovisionedAt() {
    return deprovisionedAt;
  }

  public Optional<Instant> eraseAt() {
    return eraseAt;
  }

  /** The version read, for the optimistic check on update. */
  public int version() {
    return version;
  }
}
