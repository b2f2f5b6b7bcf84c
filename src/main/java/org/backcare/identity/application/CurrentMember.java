package org.backcare.identity.application;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.OptionalLong;
import org.backcare.identity.domain.SignedInMember;
import org.backcare.platform.domain.DomainException;
import org.backcare.tenant.application.NoTenantException;

/** The member this request acts for, if one is signed in. Set at the edge, read below. */
@RequestScoped
public class CurrentMember {

  /** Finds or enrols an API caller's member: {@link MemberDirectory#arrive} or its held form. */
  @FunctionalInterface
  public interface Arrival {
    /**
     * @param hold also hold the member's row until the caller's transaction ends
     * @return the member's row id
     */
    long arrive(boolean hold);
  }

  private SignedInMember member;
  private Arrival arrival;

  public void use(SignedInMember signedIn) {
    this.member = signedIn;
    this.arrival = null;
  }

  /**
   * A member signed in by an API token, whose row is found (or made, on their first call) only when
   * this request first asks who they are. A catalogue read with a member's token never asks, so it
   * costs no database work; every call that reads or writes the member's data asks first.
   *
   * @param pending the caller without a row id
   * @param arrive finds or enrols the member and gives their row id
   */
  public void useOnArrival(SignedInMember pending, Arrival arrive) {
    this.member = pending;
    this.arrival = arrive;
  }

  public Optional<SignedInMember> get() {
    if (arrival != null) {
      arrived(false);
    }
    return Optional.ofNullable(member);
  }

  /**
   * The member's row id if this request had not asked who its member is yet: they are found (or
   * enrolled) now with their row held, in one statement instead of a find and then a lock. Empty
   * when the member was known already (a page session, or an earlier ask), for the caller to hold
   * the row by its id.
   */
  OptionalLong arriveHeld() {
    return arrival == null ? OptionalLong.empty() : OptionalLong.of(arrived(true));
  }

  private long arrived(boolean hold) {
    long id = arrival.arrive(hold);
    member =
        new SignedInMember(member.tenant(), id, member.demo(), member.roles(), member.subject());
    arrival = null;
    return id;
  }

  /**
   * The row id of the member this request acts for.
   *
   * @throws NoTenantException if nobody is signed in
   * @throws DomainException FORBIDDEN ({@code members-only}) for an admin-only caller
   */
  public long requireMemberId() {
    SignedInMember signedIn = require();
    if (signedIn.memberId() == null) {
      throw DomainException.of(DomainException.Kind.FORBIDDEN, "members-only", "members-only");
    }
    return signedIn.memberId();
  }

  /**
   * The member this request must have.
   *
   * @throws NoTenantException if nobody is signed in
   */
  public SignedInMember require() {
    return get().orElseThrow(NoTenantException::new);
  }
}
