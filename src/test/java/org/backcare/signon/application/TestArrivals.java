package org.backcare.signon.application;

import java.time.Instant;
import org.backcare.identity.application.MemberDirectory;
import org.backcare.identity.domain.Member;
import org.backcare.tenant.application.CurrentTenant;

/** {@link Arrivals} over a directory that enrols every subject afresh, with no database. */
final class TestArrivals {

  private TestArrivals() {}

  static Arrivals inMemory() {
    Arrivals arrivals = new Arrivals();
    arrivals.currentTenant = new CurrentTenant();
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
