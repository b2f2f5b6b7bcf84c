package org.backcare.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.backcare.safety.domain.HealthRecords;
import org.backcare.safety.domain.MemberHealth;
import org.backcare.safety.domain.SignReport;

/** {@link HealthRecords} in a map and a list, for the service tests. */
public class InMemoryHealthRecords implements HealthRecords {

  public final Map<Long, MemberHealth> answers = new HashMap<>();
  public final List<SignReport> reports = new ArrayList<>();
  private final InMemoryIds ids = new InMemoryIds();

  @Override
  public Optional<MemberHealth> find(long memberId, boolean lock) {
    return Optional.ofNullable(answers.get(memberId));
  }

  @Override
  public void add(MemberHealth health) {
    answers.put(health.memberId(), health);
  }

  @Override
  public Optional<SignReport> reportByClientId(long memberId, String clientId) {
    return reports.stream()
        .filter(r -> r.memberId() == memberId && clientId.equals(r.clientId()))
        .findFirst();
  }

  @Override
  public void add(SignReport report) {
    reports.add(ids.identified(report));
  }

  @Override
  public List<SignReport> reportsSince(long memberId, java.time.Instant since) {
    return reports.stream()
        .filter(r -> r.memberId() == memberId && !r.reportedAt().isBefore(since))
        .toList();
  }
}
