package org.backcare.program.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.backcare.program.domain.Enrollment;
import org.backcare.program.domain.ProgramPause;
import org.backcare.program.domain.ProgramRecords;
import org.backcare.safety.domain.CareHold;
import org.backcare.safety.domain.RedFlag;
import org.backcare.safety.domain.SignSource;

/**
 * Holds the member's programme when they report a warning sign anywhere: an active programme is
 * paused for care, a member's own pause becomes a pause for care, and a paused or finished
 * programme gets the signs recorded beside it, so resuming or restarting needs the clearance they
 * call for. Signs an open pause for care already holds are not recorded twice, which keeps a
 * retried post from stacking pauses.
 */
@ApplicationScoped
public class ProgramCareHold implements CareHold {

  /** What {@link Held} names for a programme. */
  public static final String PROGRAM = "program";

  @Inject ProgramRecords records;

  @Override
  public Optional<Held> hold(long memberId, Set<RedFlag> signs, SignSource source, Instant at) {
    Optional<Enrollment> current = records.current(memberId, true);
    if (current.isEmpty()) {
      return Optional.empty();
    }
    Enrollment enrolled = current.get();
    List<ProgramPause> open = records.openPauses(enrolled.id());
    if (open.stream().noneMatch(p -> p.holdsAll(signs))) {
      open.stream().filter(p -> !p.needsCare()).forEach(p -> p.end(Optional.empty(), at));
      records.add(ProgramPause.forCare(memberId, enrolled.id(), signs, source, at));
    }
    enrolled.holdForCare();
    return Optional.of(new Held(PROGRAM));
  }

  @Override
  public boolean holds(long memberId) {
    return !records.openCarePauses(memberId).isEmpty();
  }
}
