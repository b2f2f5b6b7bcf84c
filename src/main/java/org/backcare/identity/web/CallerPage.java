package org.backcare.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.backcare.identity.application.CurrentMember;
import org.backcare.identity.domain.Role;

/** What the page template needs to know about the caller: a member, a benefits admin, or both. */
@Named("caller")
@RequestScoped
public class CallerPage {

  @Inject CurrentMember currentMember;

  /** Whether a member is signed in (their data page applies). */
  public boolean isMember() {
    return currentMember.get().map(m -> m.memberId() != null).orElse(false);
  }

  /** Whether the caller may read the employer's reports. */
  public boolean isAdmin() {
    return currentMember.get().map(m -> m.has(Role.BENEFITS_ADMIN)).orElse(false);
  }
}
