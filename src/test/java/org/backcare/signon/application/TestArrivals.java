package org.backcare.signon.application;

import java.time.Instant;
import org.backcare.identity.application.MemberDirectory;
import org.backcare.identity.domain.Member;
import org.backcare.provisioning.application.ArrivalEligibility;
import org.backcare.tenant.application.CurrentTenant;

/** {@link Arrivals} over a directory that enrols every subject afresh, with no database. */
final class TestArrivals {

  private TestArrivals() {}

  static Arrivals inMemory() {
    Arrivals arrivals = new Arrivals();
    arrivals.currentTenant = new CurrentTenant();
    // No test tenant here has a directory, so eligibility admits everyone without a database.
    arrivals.eligibility = new ArrivalEligibility();
    arrivals.directory =
        new MemberDirectory() {
          @Override
          public Member arrive(String subject) {
            return new Member(subject, Instant.now());
          }
        };
    return arrivals;
  }
}
