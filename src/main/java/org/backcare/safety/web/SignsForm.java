package org.backcare.safety.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.backcare.safety.domain.RedFlag;
import org.backcare.safety.domain.Urgency;

/**
 * The warning-sign checkboxes every page shares ({@code /WEB-INF/templates/signs.xhtml}): one group
 * per urgency, so a member sees which signs are emergencies, and one place that turns the ticked
 * boxes into signs. A page bean injects it and reads {@link #signs()} in its action.
 */
@Named
@RequestScoped
public class SignsForm {

  private List<String> warning = List.of();
  private List<String> urgent = List.of();
  private List<String> emergency = List.of();

  /** The signs of one urgency, for the group's checkboxes. */
  public List<RedFlag> of(String urgency) {
    return List.copyOf(RedFlag.of(Urgency.valueOf(urgency)));
  }

  /** Every sign ticked, in any group. */
  public Set<RedFlag> signs() {
    List<String> keys = new ArrayList<>(warning);
    keys.addAll(urgent);
    keys.addAll(emergency);
    return RedFlag.fromKeys(keys);
  }

  public List<String> getWarning() {
    return warning;
  }

  public void setWarning(List<String> keys) {
    this.warning = keys == null ? List.of() : keys;
  }

  public List<String> getUrgent() {
    return urgent;
  }

  public void setUrgent(List<String> keys) {
    this.urgent = keys == null ? List.of() : keys;
  }

  public List<String> getEmergency() {
    return emergency;
  }

  public void setEmergency(List<String> keys) {
    this.emergency = keys == null ? List.of() : keys;
  }
}
