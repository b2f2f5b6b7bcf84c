package org.backcare.identity.application;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import org.backcare.identity.domain.SignedInMember;
import org.backcare.platform.domain.DomainException;
import org.backcare.tenant.application.NoTenantException;

/** The member this request acts for, if one is signed in. Set at the edge, read below. */
@RequestScoped
public class CurrentMember {

  private SignedInMember member;

  public void use(SignedInMember signedIn) {
    this.member = signedIn;
  }

  public Optional<SignedInMember> get() {
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
