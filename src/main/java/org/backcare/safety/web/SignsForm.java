package org.backcare.safety.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.backcare.safety.domain.DeviceTriage;
import org.backcare.safety.domain.RedFlag;
import org.backcare.safety.domain.ReportedSigns;
import org.backcare.safety.domain.Urgency;

/**
 * The warning-sign checkboxes every page shares ({@code /WEB-INF/templates/signs.xhtml}): the
 * emergency signs first, in four short lists under plain headings, then the signs that need a
 * doctor today, then those that mean stop and get checked, so a member in trouble reads the most
 * urgent first; and, where it changes anything, whether the back pain is new. One place turns the
 * ticked boxes into what the member reported; a page bean injects it and reads {@link #reported()}
 * in its action.
 */
@Named
@RequestScoped
public class SignsForm {

  @Inject RiskFactorsForm riskFactorsForm;

  private List<String> emergencyBladder = List.of();
  private List<String> emergencyNumbness = List.of();
  private List<String> emergencyLegs = List.of();
  private List<String> emergencyOther = List.of();
  private List<String> urgent = List.of();
  private List<String> warning = List.of();
  private List<String> newPain = List.of();

  /** The signs a member can tick of one urgency, in order; for the emergency group, of a topic. */
  public List<RedFlag> of(String urgency, String topic) {
    return RedFlag.reportable(Urgency.valueOf(urgency)).stream()
        .filter(f -> topic == null || topic.isEmpty() || f.topic().name().equals(topic))
        .toList();
  }

  /**
   * Whether to ask if the back pain is new: when the signed-in member has a risk factor that makes
   * new pain urgent, or has not said yet (the form asks that too); for anyone else the answer would
   * change nothing.
   */
  public boolean isAsksNewPain() {
    return !riskFactorsForm.storedFactors().isEmpty() || riskFactorsForm.isUnansweredMember();
  }

  /**
   * Each answer's urgency for this member, as JSON, for the app to show the right care card when a
   * sign is ticked offline ({@link DeviceTriage}); computed from their risk factors as the server
   * would weigh them now.
   */
  public String getUrgencies() {
    return DeviceJson.of(DeviceTriage.urgencies(riskFactorsForm.storedFactors()));
  }

  /**
   * Everything ticked, in any group. A risk-factor answer given in the same form is kept first, so
   * the use case that weighs these signs weighs them against it.
   */
  public ReportedSigns reported() {
    riskFactorsForm.keep();
    List<String> keys = new ArrayList<>();
    keys.addAll(emergencyBladder);
    keys.addAll(emergencyNumbness);
    keys.addAll(emergencyLegs);
    keys.addAll(emergencyOther);
    keys.addAll(urgent);
    keys.addAll(warning);
    keys.addAll(newPain);
    return ReportedSigns.fromKeys(keys);
  }

  public List<String> getEmergencyBladder() {
    return emergencyBladder;
  }

  public void setEmergencyBladder(List<String> keys) {
    this.emergencyBladder = orNone(keys);
  }

  public List<String> getEmergencyNumbness() {
    return emergencyNumbness;
  }

  public void setEmergencyNumbness(List<String> keys) {
    this.emergencyNumbness = orNone(keys);
  }

  public List<String> getEmergencyLegs() {
    return emergencyLegs;
  }

  public void setEmergencyLegs(List<String> keys) {
    this.emergencyLegs = orNone(keys);
  }

  public List<String> getEmergencyOther() {
    return emergencyOther;
  }

  public void setEmergencyOther(List<String> keys) {
    this.emergencyOther = orNone(keys);
  }

  public List<String> getUrgent() {
    return urgent;
  }

  public void setUrgent(List<String> keys) {
    this.urgent = orNone(keys);
  }

  public List<String> getWarning() {
    return warning;
  }

  public void setWarning(List<String> keys) {
    this.warning = orNone(keys);
  }

  public List<String> getNewPain() {
    return newPain;
  }

  public void setNewPain(List<String> keys) {
    this.newPain = orNone(keys);
  }

  private static List<String> orNone(List<String> keys) {
    return keys == null ? List.of() : keys;
  }
}
