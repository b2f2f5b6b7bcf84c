package org.backcare.tips.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.backcare.platform.domain.DomainException;
import org.backcare.platform.web.PageErrors;
import org.backcare.safety.application.SafetyReports;
import org.backcare.safety.domain.SignSource;
import org.backcare.safety.web.RiskFactorsForm;
import org.backcare.safety.web.SignsForm;

/**
 * The red-flag self-check: the warning signs (emergency first), whether the back pain is new, and
 * the three risk factors that make new pain urgent. For a visitor nothing is stored: their risk
 * answer weighs this answer only. A signed-in member's risk-factor answer is kept (so they are
 * asked once, and it counts wherever they report new pain later), and a warning sign is reported
 * like anywhere else: it pauses an active programme for care, which is recorded with the programme,
 * because a sign reported here must not be forgotten at the next session.
 */
@Named
@RequestScoped
public class SelfCheckPage {

  @Inject SafetyReports safety;
  @Inject SignsForm signsForm;
  @Inject RiskFactorsForm riskFactorsForm;

  private SafetyReports.Outcome outcome;

  public String check() {
    try {
      outcome =
          safety
              .report(
                  safety.triage(signsForm.reported(), riskFactorsForm.answered()),
                  SignSource.SELF_CHECK,
                  Optional.empty())
              .outcome();
    } catch (DomainException e) {
      PageErrors.show(e);
    }
    return null;
  }

  public SafetyReports.Outcome getOutcome() {
    return outcome;
  }
}
