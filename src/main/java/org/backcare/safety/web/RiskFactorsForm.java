package org.backcare.safety.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.backcare.identity.application.CurrentMember;
import org.backcare.safety.application.HealthAnswers;
import org.backcare.safety.domain.DeviceTriage;
import org.backcare.safety.domain.MemberHealth;
import org.backcare.safety.domain.RiskFactor;

/**
 * The risk-factor question ({@code /WEB-INF/templates/risks.xhtml}): on the self-check, before a
 * programme, and in every signs form until a signed-in member has answered it once, so a history of
 * cancer reaches wherever new pain or a leg sign is reported. A hidden field says the question was
 * on the page, which tells "none of these" (nothing ticked) from "not asked".
 */
@Named
@RequestScoped
public class RiskFactorsForm {

  @Inject HealthAnswers health;
  @Inject CurrentMember currentMember;

  private List<String> riskFactors;
  private boolean asked;

  /**
   * The member's stored answer, read once a request; null until read. The signs form asks for it up
   * to five times while a page is drawn (its default ticks, the urgencies for the app, whether to
   * ask about new pain, whether the member has answered), and each ask was a transaction and a
   * query of the same row (issue 32). An answer kept on this page clears it.
   */
  private Optional<Set<RiskFactor>> stored;

  /** The risk factors a member can tick, in order. */
  public List<String> getKeys() {
    return Arrays.stream(RiskFactor.values()).map(RiskFactor::key).toList();
  }

  /** What was ticked on this page, else the signed-in member's earlier answer. */
  public List<String> getRiskFactors() {
    if (riskFactors == null) {
      riskFactors =
          stored().map(f -> f.stream().map(RiskFactor::key).sorted().toList()).orElse(List.of());
    }
    return riskFactors;
  }

  public void setRiskFactors(List<String> keys) {
    this.riskFactors = keys == null ? List.of() : keys;
  }

  /**
   * Every combination of risk factors with each answer's urgency ({@link DeviceTriage}), as JSON.
   */
  private static final String URGENCY_TABLE = DeviceJson.of(DeviceTriage.everyRiskSet());

  /**
   * The whole table, for a form that asks the risk-factor question beside the signs: a member who
   * ticks a risk factor offline gets the urgencies it brings at once.
   */
  public String getUrgencyTable() {
    return URGENCY_TABLE;
  }

  /** Always true when the page is drawn; posted back only when the question was on the page. */
  public boolean isAsked() {
    return true;
  }

  public void setAsked(boolean asked) {
    this.asked = asked;
  }

  /** The answer given on this page, if the question was on it. */
  public Optional<Set<RiskFactor>> answered() {
    return asked ? Optional.of(RiskFactor.fromKeys(getRiskFactors())) : Optional.empty();
  }

  /** Whether a signed-in member has never answered: their signs forms ask it until they do. */
  public boolean isUnansweredMember() {
    return currentMember.get().map(m -> m.memberId() != null).orElse(false) && stored().isEmpty();
  }

  /** Keeps a signed-in member's answer given on this page, so everything after weighs it. */
  public void keep() {
    if (currentMember.get().map(m -> m.memberId() != null).orElse(false)) {
      answered().ifPresent(health::answerRiskFactors);
      stored = null;
    }
  }

  /** The signed-in member's stored risk factors; none for a visitor or a member yet to answer. */
  public Set<RiskFactor> storedFactors() {
    return stored().orElse(Set.of());
  }

  private Optional<Set<RiskFactor>> stored() {
    if (stored == null) {
      stored = health.current().flatMap(MemberHealth::riskFactors);
    }
    return stored;
  }
}
