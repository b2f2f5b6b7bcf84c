package org.backcare.identity.application;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.backcare.identity.domain.SignedInMember;
import org.backcare.platform.domain.DomainException;
import org.backcare.tenant.application.NoTenantException;

/** The member this request acts for, if one is signed in. Set at the edge, read below. */
@RequestScoped
public class CurrentMember {

  private SignedInMember member;
  private LongSupplier arrival;

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
  public void useOnArrival(SignedInMember pending, LongSupplier arrive) {
    this.member = pending;
    this.arrival = arrive;
  }

  public Optional<SignedInMember> get() {
    if (arrival != null) {
      long id = arrival.getAsLong();
      member =
          new SignedInMember(member.tenant(), id, member.demo(), member.roles(), member.subject());
      arrival = null;
    }
    return Optional.ofNullable(member);
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
