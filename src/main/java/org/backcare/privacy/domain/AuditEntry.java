package org.backcare.privacy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * One line of the audit log: who did what, when. Never what a report said or what a member's data
 * held. A member is recorded by a one-way hash of their portal subject: the portal, which knows the
 * subject, can find its line, while a member who deleted their data leaves no subject behind.
 */
@Entity
@Table(name = "audit_log")
public class AuditEntry {

  @Id
  @SequenceGenerator(name = "audit_log_seq", sequenceName = "audit_log_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_log_seq")
  private Long id;

  @Column(name = "actor", nullable = false, updatable = false)
  private String actor;

  @Column(name = "action", nullable = false, updatable = false)
  private String action;

  @Column(name = "at", nullable = false, updatable = false)
  private Instant at;

  @Column(name = "concerning", updatable = false)
  private String concerning;

  protected AuditEntry() {}

  public AuditEntry(String actor, AuditAction action, Instant at) {
    this(actor, action, at, null);
  }

  /**
   * A line about one member done by someone else (the directory, the leavers' schedule).
   *
   * @param concerning the member it was about, as {@link #member} names them, or {@code null}
   */
  public AuditEntry(String actor, AuditAction action, Instant at, String concerning) {
    this.actor = actor;
    this.action = action.wireName();
    this.at = at;
    this.concerning = concerning;
  }

  /** The actor for a benefits admin: their portal subject, as the portal knows them. */
  public static String admin(String subject) {
    return "admin:" + subject;
  }

  /** The actor for a member: {@code member:} and the SHA-256 of their subject, in hex. */
  public static String member(String subject) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(subject.getBytes(StandardCharsets.UTF_8));
      return "member:sha256:" + HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  public String actor() {
    return actor;
  }

  public String action() {
    return action;
  }

  public Instant at() {
    return at;
  }

  /** The member the action was about, when someone else acted; empty otherwise. */
  public java.util.Optional<String> concerning() {
    return java.util.Optional.ofNullable(concerning);
  }
}
