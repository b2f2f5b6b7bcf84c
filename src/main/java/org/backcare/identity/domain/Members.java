package org.backcare.identity.domain;

import java.util.List;
import java.util.Optional;

/**
 * The members of the current tenant. Implementations see one tenant only; there is deliberately no
 * way to name another.
 */
public interface Members {

  Optional<Member> bySubject(String subject);

  Member add(Member member);

  /** Every member of the current tenant, oldest first (for operators' counts and tests). */
  List<Member> all();
}
