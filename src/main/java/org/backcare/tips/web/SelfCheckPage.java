package org.backcare.tips.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import org.backcare.platform.domain.DomainException;
import org.backcare.platform.web.PageErrors;
import org.backcare.safety.application.HealthAnswers;
import org.backcare.safety.application.SafetyReports;
import org.backcare.safety.domain.MemberHealth;
import org.backcare.safety.domain.RiskFactor;
import org.backcare.safety.domain.SignSource;
import org.backcare.safety.web.SignsForm;

/**
 * The red-flag self-check: the warning signs (emergency first), whether the back pain is new, and
 * the three risk factors that make new pain urgent. For a visitor nothing is stored. A signed-in
 * member's risk-factor answer is kept (so they are asked once, and it counts wherever they report
 * new pain later), and a warning sign is reported like anywhere else: it pauses an active programme
 * for care, which is recorded with the programme, because a sign reported here must not be
 * forgotten at the next session.
 */
@Named
@RequestScoped
public class SelfCheckPage {

  @Inject SafetyReports safety;
  @Inject HealthAnswers health;
  @Inject SignsForm signsForm;

  private List<String> riskFactors;
  private SafetyReports.Outcome outcome;

  public String check() {
    try {
      outcome =
          safety.report(
              safety.triage(
                  signsForm.reported(), Optional.of(RiskFactor.fromKeys(getRiskFactors()))),
              SignSource.SELF_CHECK);
    } catch (DomainException e) {
      PageErrors.show(e);
    }
    return null;
  }

  public SafetyReports.Outcome getOutcome() {
    return outcome;
  }

  /** The risk factors the member can tick, in order. */
  public List<String> getRiskFactorKeys() {
    return List.of(RiskFactor.values()).stream().map(RiskFactor::key).toList();
  }

  /** What was ticked on this page, else the signed-in member's earlier answer. */
  public List<String> getRiskFactors() {
    if (riskFactors == null) {
      riskFactors =
          health
              .current()
              .flatMap(MemberHealth::riskFactors)
              .map(f -> f.stream().map(RiskFactor::key).sorted().toList())
              .orElse(List.of());
    }
    return riskFactors;
  }

  public void setRiskFactors(List<String> keys) {
    this.riskFactors = keys == null ? List.of() : keys;
  }
}
