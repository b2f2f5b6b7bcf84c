package org.backcare.safety.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where members' health answers are kept, and the sign reports an app sent with its own id. The
 * application's adapter keeps them in the tenant's database; service tests keep them in memory.
 * Every method runs in the caller's transaction.
 */
public interface HealthRecords {

  /** The member's answers, if they have given any; {@code lock} to change them. */
  Optional<MemberHealth> find(long memberId, boolean lock);

  /** Keeps a new member's answers. */
  void add(MemberHealth health);

  /** The member's report sent with {@code clientId}, if one was kept before. */
  Optional<SignReport> reportByClientId(long memberId, String clientId);

  void add(SignReport report);

  /** The member's reports kept since {@code since}, oldest first. */
  List<SignReport> reportsSince(long memberId, Instant since);

  /** Every report the member has kept (and the retention period left), oldest first. */
  default List<SignReport> reports(long memberId) {
    return reportsSince(memberId, Instant.EPOCH);
  }
}
