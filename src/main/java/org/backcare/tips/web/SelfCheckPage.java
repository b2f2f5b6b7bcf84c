package org.backcare.tips.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.backcare.safety.application.SafetyReports;
import org.backcare.safety.domain.SignSource;
import org.backcare.safety.web.SignsForm;

/**
 * The red-flag self-check. For a visitor nothing is stored. For a signed-in member a warning sign
 * is reported like anywhere else: it pauses an active programme for care, which is recorded with
 * the programme, because a sign reported here must not be forgotten at the next session.
 */
@Named
@RequestScoped
public class SelfCheckPage {

  @Inject SafetyReports safety;
  @Inject SignsForm signsForm;

  private SafetyReports.Outcome outcome;

  public String check() {
    outcome = safety.report(signsForm.signs(), SignSource.SELF_CHECK);
    return null;
  }

  public SafetyReports.Outcome getOutcome() {
    return outcome;
  }
}
