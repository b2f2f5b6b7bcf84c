package org.backcare.safety.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.backcare.safety.application.HealthAnswers;
import org.backcare.safety.domain.MemberHealth;
import org.backcare.safety.domain.Precautions;

/**
 * The precautions question every page that starts loaded exercise shares ({@code
 * /WEB-INF/templates/precautions.xhtml}): before a programme, before adding or trying a loaded
 * move. It shows the member's earlier answer, so they are asked once and can change it; a page bean
 * injects it and passes {@link #answer()} to the use case, which keeps and checks it.
 */
@Named
@RequestScoped
public class PrecautionsForm {

  @Inject HealthAnswers health;

  private String precautions;

  /** What the member chose on this page, else their earlier answer; null when never answered. */
  public String getPrecautions() {
    return precautions != null ? precautions : stored().map(Precautions::key).orElse(null);
  }

  public void setPrecautions(String precautions) {
    this.precautions = precautions;
  }

  /** The answer chosen on this page, if any. */
  public Optional<Precautions> answer() {
    return Optional.ofNullable(precautions).flatMap(Precautions::byKey);
  }

  /** Whether the member's earlier answer already lets loaded exercise go ahead. */
  public boolean isAllowsLoading() {
    return stored().map(Precautions::allowsLoading).orElse(false);
  }

  private Optional<Precautions> stored() {
    return health.current().flatMap(MemberHealth::precautions);
  }
}
