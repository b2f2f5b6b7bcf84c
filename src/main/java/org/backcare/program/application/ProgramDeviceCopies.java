package org.backcare.program.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.backcare.platform.domain.DeviceCopies;
import org.backcare.program.domain.Enrollment;
import org.backcare.tenant.application.CurrentTenant;
import org.backcare.tenant.domain.Module;

/**
 * The programme offline: the member's next session (at the rung they are on now; a session done
 * offline never moves them on, the server decides once it arrives), the progress page with its
 * next-day check-in, and the drawings of the current phase's moves. Nothing for a member in no
 * programme.
 */
@ApplicationScoped
public class ProgramDeviceCopies implements DeviceCopies {

  @Inject CurrentTenant currentTenant;
  @Inject Enrolments enrolments;
  @Inject Programs programs;

  @Override
  @Transactional
  public List<String> pages() {
    return enrolled().isPresent()
        ? List.of("programs/progress.xhtml", "programs/session.xhtml")
        : List.of();
  }

  @Override
  @Transactional
  public List<String> files() {
    return enrolled()
        .map(
            e ->
                programs.program(e.programId()).phase(e.rung().phase()).items().stream()
                    .map(item -> "resources/exercises/" + item.exerciseId() + ".svg")
                    .distinct()
                    .toList())
        .orElse(List.of());
  }

  private Optional<Enrollment> enrolled() {
    return currentTenant.require().offers(Module.PROGRAMS)
        ? enrolments.current()
        : Optional.empty();
  }
}
