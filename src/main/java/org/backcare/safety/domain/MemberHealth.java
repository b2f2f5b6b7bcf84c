package org.backcare.safety.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * What a member told backcare about their health history, kept so they are asked once: which {@link
 * RiskFactor}s apply (they change the urgency of new back pain wherever it is reported) and their
 * {@link Precautions} answer (it gates loaded exercise). Nothing else: no condition, no date of
 * diagnosis, no age. An answer not given yet is empty, which is not the same as "none".
 * Tenant-scoped like all member data; exported with the member's data and deleted with it, and
 * never part of an employer's report.
 */
@Entity
@Table(name = "member_health")
public class MemberHealth {

  @Id
  @Column(name = "member_id", nullable = false, updatable = false)
  private long memberId;

  @Column(name = "risk_factors", length = 100)
  private String riskFactors;

  @Column(name = "precautions", length = 20)
  private String precautions;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private int version;

  protected MemberHealth() {}

  public MemberHealth(long memberId, Instant now) {
    this.memberId = memberId;
    this.updatedAt = now;
  }

  /** The member's answer about risk factors; empty when they have not answered yet. */
  public Optional<Set<RiskFactor>> riskFactors() {
    return Optional.ofNullable(riskFactors).map(RiskFactor::readStored);
  }

  /** The member's precautions answer; empty when they have not answered yet. */
  public Optional<Precautions> precautions() {
    return Optional.ofNullable(precautions).flatMap(Precautions::byKey);
  }

  /** Records which risk factors apply; an empty set means none does. */
  public void answerRiskFactors(Set<RiskFactor> factors, Instant now) {
    this.riskFactors = RiskFactor.store(factors);
    this.updatedAt = now;
  }

  /** Records the precautions answer. */
  public void answerPrecautions(Precautions answer, Instant now) {
    this.precautions = answer.key();
    this.updatedAt = now;
  }

  public long memberId() {
    return memberId;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
