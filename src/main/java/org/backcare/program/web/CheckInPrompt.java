package org.backcare.program.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.backcare.identity.application.CurrentMember;
import org.backcare.program.application.CheckIns;
import org.backcare.tenant.application.CurrentTenant;
import org.backcare.tenant.domain.Module;

/**
 * Whether the member owes the next-day check-in for yesterday's session, so the home page can ask
 * on their next visit. Quiet for visitors, admins and employers without programmes.
 */
@Named
@RequestScoped
public class CheckInPrompt {

  @Inject CurrentTenant currentTenant;
  @Inject CurrentMember currentMember;
  @Inject CheckIns checkIns;

  private Boolean due;

  public boolean isDue() {
    if (due == null) {
      due =
          currentTenant.tenant().map(t -> t.offers(Module.PROGRAMS)).orElse(false)
              && currentMember.get().map(m -> m.memberId() != null).orElse(false)
              && checkIns.awaitingCheckIn().isPresent();
    }
    return due;
  }
}
