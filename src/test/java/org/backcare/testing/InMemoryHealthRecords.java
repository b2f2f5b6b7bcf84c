package org.backcare.testing;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.backcare.safety.domain.HealthRecords;
import org.backcare.safety.domain.MemberHealth;

/** {@link HealthRecords} in a map, for the service tests. */
public final class InMemoryHealthRecords implements HealthRecords {

  public final Map<Long, MemberHealth> answers = new HashMap<>();

  @Override
  public Optional<MemberHealth> find(long memberId, boolean lock) {
    return Optional.ofNullable(answers.get(memberId));
  }

  @Override
  public void add(MemberHealth health) {
    answers.put(health.memberId(), health);
  }
}
