package org.backcare.program.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.backcare.platform.domain.DomainException;
import org.backcare.safety.domain.Clearance;
import org.backcare.safety.domain.Urgency;

/**
 * What a paused programme needs before the member exercises again: nothing after their own pause;
 * after a pause for care, a clearance that covers the most urgent sign still open, which is a
 * professional's check whatever the sign (see {@link Clearance}).
 *
 * @param toClear the most urgent sign of the open pauses for care; empty when none is open
 */
public record CarePauses(Optional<Urgency> toClear) {

  /** The open pauses' needs. */
  public static CarePauses of(List<ProgramPause> open) {
    return new CarePauses(
        open.stream()
            .filter(ProgramPause::needsCare)
            .flatMap(p -> p.urgency().stream())
            .max(Comparator.naturalOrder()));
  }

  /** Whether exercising again needs the member's clearance. */
  public boolean needClearance() {
    return toClear.isPresent();
  }

  /** Whether {@code given} lets the member exercise again. */
  public boolean clearedBy(Optional<Clearance> given) {
    return toClear.isEmpty() || given.map(c -> c.clears(toClear.get())).orElse(false);
  }

  /** The refusal when {@link #clearedBy} is false: what the member must do first. */
  public DomainException refusal() {
    return DomainException.conflict("clearance-needed", "clearance-needed");
  }
}
