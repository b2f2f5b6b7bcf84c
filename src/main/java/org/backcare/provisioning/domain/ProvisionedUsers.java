package org.backcare.provisioning.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.backcare.tenant.domain.TenantId;

/**
 * The directory's records of an employer's employees. The employer is named in every call: SCIM
 * requests and the leavers' schedule arrive without a member, and the one adapter ({@code
 * JdbcProvisionedUsers}) is plain SQL. Writes run in the caller's transaction.
 */
public interface ProvisionedUsers {

  /** A page of records and how many match in all. */
  record Page(List<ProvisionedUser> users, long total) {}

  /** The record with SCIM id {@code id}, removed ones included. */
  Optional<ProvisionedUser> byId(TenantId tenant, String id);

  /** The record for stored subject {@code subject}, removed ones included. */
  Optional<ProvisionedUser> bySubject(TenantId tenant, String subject);

  /**
   * The records not removed, oldest first, matching {@code attribute} ({@code userName} or {@code
   * externalId}) equal to {@code value} when given.
   *
   * @param offset records to skip
   * @param limit records to return at most
   */
  Page page(TenantId tenant, Optional<Match> match, int offset, int limit);

  /** A condition on one attribute: the stored subject or the stored external id. */
  record Match(boolean bySubject, String value) {}

  /**
   * Adds a new record.
   *
   * @throws AlreadyProvisioned if the employer has a record with that subject already
   */
  void insert(TenantId tenant, ProvisionedUser user);

  /**
   * Stores {@code user} if nobody changed it since it was read.
   *
   * @return false if it changed meanwhile (nothing is written then)
   */
  boolean update(TenantId tenant, ProvisionedUser user);

  /** Deletes the record with SCIM id {@code id}. */
  void delete(TenantId tenant, String id);

  /** Every record not removed: stored subject to whether it is active. */
  Map<String, Boolean> states(TenantId tenant);

  /** Leavers whose data is due for deletion at {@code now}, at most {@code limit}. */
  List<ProvisionedUser> dueForErasure(TenantId tenant, Instant now, int limit);

  /** Active records whose termination date is {@code today} or earlier. */
  List<ProvisionedUser> endingBy(TenantId tenant, LocalDate today);

  /** Thrown when a subject is provisioned twice; the first record stands. */
  final class AlreadyProvisioned extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public AlreadyProvisioned(String detail, Throwable cause) {
      super(detail, cause);
    }
  }
}
