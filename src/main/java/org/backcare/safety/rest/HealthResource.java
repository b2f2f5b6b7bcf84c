package org.backcare.safety.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;
import org.backcare.identity.application.CurrentMember;
import org.backcare.safety.application.HealthAnswers;
import org.backcare.safety.domain.MemberHealth;
import org.backcare.safety.domain.Precautions;
import org.backcare.safety.domain.RiskFactor;

/**
 * {@code /api/v1/me/health}: the member's answers to the two questions backcare asks once. Risk
 * factors make new back pain urgent wherever it is reported; the precautions answer gates loaded
 * exercise (a programme, a loaded move). An answer not given is left out, which is not "none".
 */
@Path("v1/me/health")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

  /**
   * The member's answers.
   *
   * @param riskFactors which of {@code cancer-history}, {@code infection-risk}, {@code
   *     fracture-risk} apply (empty: none); null, and left out of the JSON, when not answered
   * @param precautions {@code none}, {@code cleared} or {@code not-checked}; null, and left out,
   *     when not answered
   */
  public record HealthView(List<String> riskFactors, String precautions) {

    static HealthView of(Optional<MemberHealth> answers) {
      return new HealthView(
          answers
              .flatMap(MemberHealth::riskFactors)
              .map(f -> f.stream().map(RiskFactor::key).sorted().toList())
              .orElse(null),
          answers.flatMap(MemberHealth::precautions).map(Precautions::key).orElse(null));
    }
  }

  /** New answers; a field left out keeps the answer given before. */
  public record HealthUpdate(
      List<String> riskFactors, @Pattern(regexp = "none|cleared|not-checked") String precautions) {}

  @Inject HealthAnswers answers;
  @Inject CurrentMember currentMember;

  @GET
  public HealthView mine() {
    currentMember.requireMemberId();
    return HealthView.of(answers.current());
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public HealthView answer(@NotNull @Valid HealthUpdate body) {
    currentMember.requireMemberId();
    return HealthView.of(Optional.of(answers.answer(body.riskFactors(), body.precautions())));
  }
}
