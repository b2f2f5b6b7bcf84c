package org.backcare.program.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.backcare.content.application.ContentCatalogue;
import org.backcare.platform.domain.DomainException;
import org.backcare.program.domain.CalendarPlan;
import org.backcare.program.domain.Enrollment;
import org.backcare.program.domain.Phase;
import org.backcare.program.domain.Program;
import org.backcare.program.domain.ProgramCatalogue;
import org.backcare.program.domain.ProgramSession;
import org.backcare.program.domain.Rung;
import org.backcare.tenant.application.CurrentTenant;
import org.backcare.tenant.domain.Module;
import org.backcare.tenant.domain.ProgressionSettings;
import org.backcare.toolbox.application.Exercises;
import org.backcare.toolbox.domain.Exercise;

/**
 * The programmes the current employer offers: the shipped ones (validated at start-up against the
 * shipped exercise catalogue) less any the employer hides with {@code programs.hide}.
 */
@ApplicationScoped
public class Programs {

  private static final Logger LOG = Logger.getLogger(Programs.class.getName());

  /** Planned sessions the calendar and the progress page show ahead. */
  public static final int PLANNED_AHEAD = 6;

  @Inject CurrentTenant currentTenant;
  @Inject Exercises exercises;

  private final ContentCatalogue<ProgramCatalogue, ProgramCatalogue> content =
      new ContentCatalogue<>(
          "programmes",
          this::load,
          c -> c.programs().size(),
          Module.PROGRAMS,
          "programs-off",
          "programs.",
          Programs::overlay);

  void onStart(@Observes Startup startup) {
    content.shipped();
  }

  private ProgramCatalogue load() {
    Set<String> moves =
        exercises.shipped().all().stream().map(Exercise::id).collect(Collectors.toSet());
    return ShippedPrograms.load("content/programs.json", moves);
  }

  /**
   * The shipped moves programmes are made of. Programmes use the shipped catalogue, not the
   * employer's toolbox overlay, so hiding a move from the toolbox never breaks a programme.
   */
  public Exercise move(String id) {
    return exercises.shipped().find(id).orElseThrow();
  }

  private static ProgramCatalogue overlay(
      ProgramCatalogue shipped, Map<String, String> overlay, List<String> locales) {
    Set<String> hidden =
        Arrays.stream(overlay.getOrDefault("hide", "").split(","))
            .map(String::trim)
            .filter(s -> !s.isEmpty())
            .collect(Collectors.toSet());
    hidden.stream()
        .filter(id -> shipped.find(id).isEmpty())
        .forEach(id -> LOG.warning("Programmes overlay: programs.hide names unknown '" + id + "'"));
    return new ProgramCatalogue(
        shipped.programs().stream().filter(p -> !hidden.contains(p.id())).toList());
  }

  /** The employer's programmes; 404 problem when the programmes module is off. */
  public ProgramCatalogue catalogue() {
    return content.of(currentTenant.require());
  }

  /** The employer's progression settings, with the phase's own rest unless the employer set one. */
  public ProgressionSettings settings(Phase phase) {
    ProgressionSettings employer = currentTenant.require().progression();
    return new ProgressionSettings(
        employer.ladder(), employer.threshold(), employer.restDaysOr(phase.restDays()));
  }

  /** The rounds a session on {@code rung} asks for under the employer's ladder. */
  public int rounds(Rung rung) {
    List<Integer> ladder = currentTenant.require().progression().ladder();
    return ladder.get(Math.min(rung.step(), ladder.size() - 1));
  }

  /**
   * The next planned session days of an enrolment whose sessions are {@code sessions} (oldest
   * first): none unless it is active. The progress page and the calendar feed both show these.
   */
  public List<LocalDate> plannedDays(
      Enrollment enrollment, Optional<ProgramSession> last, LocalDate today) {
    if (enrollment.status() != Enrollment.Status.ACTIVE) {
      return List.of();
    }
    Program program = program(enrollment.programId());
    Phase phase = program.phase(enrollment.rung().phase());
    return CalendarPlan.upcoming(
        last.map(s -> CalendarPlan.day(s.performedAt())),
        today,
        settings(phase).restDaysOr(phase.restDays()),
        program.sessionsPerWeek(),
        PLANNED_AHEAD);
  }

  /** How many rungs each phase's ladder has for the employer. */
  public int ladderSize() {
    return currentTenant.require().progression().ladder().size();
  }

  /**
   * A shipped programme whatever the employer offers today, so a member's history keeps the words
   * of a programme the employer has since hidden.
   */
  public Optional<Program> shipped(String id) {
    return content.shipped().find(id);
  }

  /** One programme, or a 404 problem. */
  public Program program(String id) {
    return catalogue()
        .find(id)
        .orElseThrow(() -> DomainException.notFound("program-not-found", "program-not-found", id));
  }
}
