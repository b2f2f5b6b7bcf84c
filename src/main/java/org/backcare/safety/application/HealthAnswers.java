package org.backcare.safety.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import org.backcare.identity.application.CurrentMember;
import org.backcare.identity.domain.SignedInMember;
import org.backcare.platform.domain.DomainException;
import org.backcare.safety.domain.HealthRecords;
import org.backcare.safety.domain.MemberHealth;
import org.backcare.safety.domain.Precautions;
import org.backcare.safety.domain.RiskFactor;

/**
 * The signed-in member's health answers, asked once and changed whenever they like: their risk
 * factors (which {@link SafetyReports#triage} weighs new back pain against) and their precautions
 * answer (which gates loaded exercise: a programme, a loaded move). A visitor has none.
 */
@ApplicationScoped
public class HealthAnswers {

  private final CurrentMember currentMember;
  private final HealthRecords records;
  private final Clock clock;

  @Inject
  public HealthAnswers(CurrentMember currentMember, HealthRecords records, Clock clock) {
    this.currentMember = currentMember;
    this.records = records;
    this.clock = clock;
  }

  /** For the container's proxy only. */
  protected HealthAnswers() {
    this(null, null, null);
  }

  /** The signed-in member's answers; empty for a visitor or a member who has given none. */
  @Transactional
  public Optional<MemberHealth> current() {
    return signedIn().flatMap(m -> records.find(m, false));
  }

  /** The member's risk factors; none for a visitor or a member who has not answered. */
  @Transactional
  public Set<RiskFactor> riskFactors() {
    return current().flatMap(MemberHealth::riskFactors).orElse(Set.of());
  }

  /**
   * Keeps the answers given, as keys from a request or form: risk factor keys (null: unchanged) and
   * a precautions key (null: unchanged). Checked before anything is kept.
   *
   * @throws DomainException INVALID ({@code unknown-risk-factor}) for a key that is not one
   */
  @Transactional
  public MemberHealth answer(java.util.List<String> riskFactorKeys, String precautionsKey) {
    Optional<Set<RiskFactor>> factors =
        Optional.ofNullable(riskFactorKeys).map(RiskFactor::fromKeys);
    Optional<Precautions> precautions =
        Optional.ofNullable(precautionsKey)
            .map(
                k ->
                    Precautions.byKey(k)
                        .orElseThrow(
                            () ->
                                DomainException.invalid(
                                    "validation-failed", "precautions-unknown")));
    MemberHealth answers = findOrCreate();
    factors.ifPresent(f -> answers.answerRiskFactors(f, clock.instant()));
    precautions.ifPresent(p -> answers.answerPrecautions(p, clock.instant()));
    return answers;
  }

  /** Keeps which risk factors apply to the signed-in member (an empty set: none does). */
  @Transactional
  public MemberHealth answerRiskFactors(Set<RiskFactor> factors) {
    MemberHealth answers = findOrCreate();
    answers.answerRiskFactors(factors, clock.instant());
    return answers;
  }

  /** Keeps the signed-in member's precautions answer. */
  @Transactional
  public MemberHealth answerPrecautions(Precautions answer) {
    MemberHealth answers = findOrCreate();
    answers.answerPrecautions(answer, clock.instant());
    return answers;
  }

  /**
   * Checks the member may start loaded exercise, keeping {@code given} first when the request
   * carried an answer.
   *
   * @throws DomainException CONFLICT {@code precautions-unanswered} when the member has never
   *     answered the precautions question, {@code check-with-professional-first} when a condition
   *     applies that a professional has not cleared
   */
  @Transactional
  public void requireLoadingAllowed(Optional<Precautions> given) {
    given.ifPresent(this::answerPrecautions);
    Precautions answer =
        current()
            .flatMap(MemberHealth::precautions)
            .orElseThrow(
                () -> DomainException.conflict("precautions-unanswered", "precautions-unanswered"));
    if (!answer.allowsLoading()) {
      throw DomainException.conflict(
          "check-with-professional-first", "check-with-professional-first");
    }
  }

  /**
   * Refuses exercise that was started before (a programme's sessions, resuming, restarting) when
   * the member has since said a condition applies that a professional has not cleared: changing the
   * answer to "not checked" stops loaded exercise wherever it is.
   *
   * @throws DomainException CONFLICT {@code check-with-professional-first}
   */
  @Transactional
  public void refuseIfNotChecked() {
    if (current().flatMap(MemberHealth::precautions).filter(p -> !p.allowsLoading()).isPresent()) {
      throw DomainException.conflict(
          "check-with-professional-first", "check-with-professional-first");
    }
  }

  private MemberHealth findOrCreate() {
    long member = currentMember.requireMemberId();
    return records
        .find(member, true)
        .orElseGet(
            () -> {
              MemberHealth created = new MemberHealth(member, clock.instant());
              records.add(created);
              return created;
            });
  }

  private Optional<Long> signedIn() {
    return currentMember.get().map(SignedInMember::memberId);
  }
}
