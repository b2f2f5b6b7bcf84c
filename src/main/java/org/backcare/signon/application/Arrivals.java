package org.backcare.signon.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import org.backcare.identity.application.CurrentMember;
import org.backcare.identity.application.MemberDirectory;
import org.backcare.identity.domain.Role;
import org.backcare.identity.domain.SignedInMember;
import org.backcare.provisioning.application.ArrivalEligibility;
import org.backcare.provisioning.domain.NotEligible;
import org.backcare.signon.domain.LaunchKind;
import org.backcare.tenant.application.CurrentTenant;
import org.backcare.tenant.domain.Tenant;

/**
 * The one place a checked subject with its roles becomes a signed-in member, for every way in
 * (launch token, OpenID Connect, SAML, API bearer token). Each protocol checks its proof and hands
 * over only what it proved; a rule about arriving (eligibility, leavers, enrolment) belongs here
 * and nowhere else.
 */
@ApplicationScoped
public class Arrivals {

  @Inject MemberDirectory directory;
  @Inject CurrentTenant currentTenant;
  @Inject CurrentMember currentMember;
  @Inject DemoMode demo;
  @Inject ArrivalEligibility eligibility;

  /**
   * Signs {@code subject} of {@code tenant} in with {@code roles}: the member is found or enrolled
   * now, unless the roles are the benefits-admin's alone (an admin-only launch opens the reports,
   * and must not count as a member who launched). A member the employer's directory does not admit
   * is refused before any row of theirs is written.
   *
   * @throws NotEligible when the employer's directory does not admit the member
   */
  public SignedInMember arrive(Tenant tenant, String subject, Set<Role> roles, LaunchKind kind) {
    currentTenant.use(tenant.id());
    if (roles.contains(Role.MEMBER)) {
      eligibility.require(tenant, subject);
    }
    Long memberId = roles.contains(Role.MEMBER) ? directory.arrive(subject).id() : null;
    return new SignedInMember(
        tenant.id().value(), memberId, demoMember(subject, kind), roles, subject);
  }

  /**
   * Signs an API call in as {@code subject}: the member is found or enrolled only when the call
   * needs their rows (a catalogue read never does), because an app calls many times with one token.
   * A member the employer's directory no longer admits is refused on every call, so a leaver's app
   * stops working with the token it still holds.
   *
   * @throws NotEligible when the directory does not admit them
   */
  public void callOnApi(Tenant tenant, String subject, Set<Role> roles) {
    currentTenant.use(tenant.id());
    if (roles.contains(Role.MEMBER) && !eligibility.admits(tenant, subject)) {
      throw new NotEligible(tenant.provisioning().benefitsContact());
    }
    SignedInMember caller = new SignedInMember(tenant.id().value(), null, false, roles, subject);
    if (roles.contains(Role.MEMBER)) {
      currentMember.useOnArrival(
          caller, hold -> (hold ? directory.arriveHeld(subject) : directory.arrive(subject)).id());
    } else {
      currentMember.use(caller);
    }
  }

  /** Demo members come only through the demo's own launch tokens, and only in demo mode. */
  private boolean demoMember(String subject, LaunchKind kind) {
    return kind == LaunchKind.SIGNED_TOKEN
        && subject.startsWith(DemoSignIn.SUBJECT_PREFIX)
        && demo.enabled();
  }
}
