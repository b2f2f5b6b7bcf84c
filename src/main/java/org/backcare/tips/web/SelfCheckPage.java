package org.backcare.tips.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.backcare.safety.domain.RedFlag;
import org.backcare.safety.domain.SelfCheck;

/**
 * The red-flag self-check. The answers exist only for this request: nothing is stored, because a
 * member's symptoms are nobody else's business and the page needs nothing more.
 */
@Named
@RequestScoped
public class SelfCheckPage {

  private List<String> warningAnswers = List.of();
  private List<String> emergencyAnswers = List.of();
  private SelfCheck outcome;

  public List<RedFlag> getWarningSigns() {
    return Arrays.stream(RedFlag.values())
        .filter(f -> f.urgency() == RedFlag.Urgency.WARNING)
        .toList();
  }

  public List<RedFlag> getEmergencySigns() {
    return Arrays.stream(RedFlag.values())
        .filter(f -> f.urgency() == RedFlag.Urgency.EMERGENCY)
        .toList();
  }

  public String check() {
    Set<RedFlag> yes = EnumSet.noneOf(RedFlag.class);
    for (RedFlag flag : RedFlag.values()) {
      if (warningAnswers.contains(flag.key()) || emergencyAnswers.contains(flag.key())) {
        yes.add(flag);
      }
    }
    outcome = SelfCheck.assess(yes);
    return null;
  }

  public SelfCheck getOutcome() {
    return outcome;
  }

  public List<String> getWarningAnswers() {
    return warningAnswers;
  }

  public void setWarningAnswers(List<String> answers) {
    this.warningAnswers = answers == null ? List.of() : answers;
  }

  public List<String> getEmergencyAnswers() {
    return emergencyAnswers;
  }

  public void setEmergencyAnswers(List<String> answers) {
    this.emergencyAnswers = answers == null ? List.of() : answers;
  }
}
