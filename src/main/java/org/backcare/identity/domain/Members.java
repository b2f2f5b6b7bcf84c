package org.backcare.identity.domain;

import java.util.List;
import java.util.Optional;

/**
 * The members of the current tenant. Implementations see one tenant only; there is deliberately no
 * way to name another.
 */
public interface Members {

  Optional<Member> bySubject(String subject);

  /**
   * The member with {@code subject}; with {@code hold}, their row is also held as {@link #lock}
   * holds it, by the same statement.
   */
  Optional<Member> bySubject(String subject, boolean hold);

  /** The member with row id {@code id}, if the current tenant has one. */
  Optional<Member> byId(long id);

  Member add(Member member);

  /**
   * Holds the member's row until the transaction ends, so two of their writes that must not both
   * happen (the same client id sent twice at once) happen one after the other.
   */
  void lock(long id);

  /**
   * Records that {@code member} was seen at {@code now}, without a version check: concurrent
   * arrivals of one member must not conflict over a timestamp.
   */
  void markSeen(Member member, java.time.Instant now);

  /** Every member of the current tenant, oldest first (for operators' counts and tests). */
  List<Member> all();
}
