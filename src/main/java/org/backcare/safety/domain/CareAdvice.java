package org.backcare.safety.domain;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * What the signs a member reported mean for them: the most urgent sign decides, so one emergency
 * sign among warnings still sends the member to emergency care first.
 *
 * @param signs the signs reported, possibly none
 * @param urgency the urgency of the most urgent sign; empty when there is none
 */
public record CareAdvice(Set<RedFlag> signs, Optional<Urgency> urgency) {

  /** No sign: general advice applies. */
  public static final CareAdvice NONE = new CareAdvice(Set.of(), Optional.empty());

  public CareAdvice {
    signs = signs.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(signs));
  }

  /** The advice for {@code signs}. */
  public static CareAdvice of(Set<RedFlag> signs) {
    return new CareAdvice(
        signs, signs.stream().map(RedFlag::urgency).max(Comparator.naturalOrder()));
  }

  /** Whether the member should stop what they are doing and follow the care guidance. */
  public boolean stop() {
    return urgency.isPresent();
  }

  /** The level as the API and the pages name it: none, warning, urgent or emergency. */
  public String level() {
    return urgency.map(Urgency::key).orElse("none");
  }
}
