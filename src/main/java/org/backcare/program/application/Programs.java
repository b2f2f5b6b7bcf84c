package org.backcare.program.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.backcare.content.application.PerTenant;
import org.backcare.platform.domain.DomainException;
import org.backcare.program.domain.Phase;
import org.backcare.program.domain.Program;
import org.backcare.program.domain.ProgramCatalogue;
import org.backcare.program.domain.Rung;
import org.backcare.tenant.application.CurrentTenant;
import org.backcare.tenant.domain.Module;
import org.backcare.tenant.domain.ProgressionSettings;
import org.backcare.tenant.domain.Tenant;
import org.backcare.toolbox.application.ShippedExercises;
import org.backcare.toolbox.domain.Exercise;
import org.backcare.toolbox.domain.ExerciseCatalogue;

/**
 * The programmes the current employer offers: the shipped ones (validated at start-up against the
 * shipped exercise catalogue) less any the employer hides with {@code programs.hide}.
 */
@ApplicationScoped
public class Programs {

  private static final Logger LOG = Logger.getLogger(Programs.class.getName());

  @Inject CurrentTenant currentTenant;

  private volatile ProgramCatalogue shipped;
  private volatile ExerciseCatalogue moves;
  private final PerTenant<ProgramCatalogue> perTenant = new PerTenant<>("programs.", this::build);

  void onStart(@Observes Startup startup) {
    shipped();
  }

  ProgramCatalogue shipped() {
    ProgramCatalogue loaded = shipped;
    if (loaded == null) {
      ExerciseCatalogue catalogue = ShippedExercises.load("content/exercises.json");
      Set<String> exercises =
          catalogue.all().stream().map(Exercise::id).collect(Collectors.toSet());
      loaded = ShippedPrograms.load("content/programs.json", exercises);
      moves = catalogue;
      shipped = loaded;
      LOG.info(() -> "Loaded " + shipped.programs().size() + " shipped programmes");
    }
    return loaded;
  }

  /**
   * The shipped moves programmes are made of. Programmes use the shipped catalogue, not the
   * employer's toolbox overlay, so hiding a move from the toolbox never breaks a programme.
   */
  public Exercise move(String id) {
    shipped();
    return moves.find(id).orElseThrow();
  }

  private ProgramCatalogue build(Map<String, String> overlay, List<String> locales) {
    Set<String> hidden =
        Arrays.stream(overlay.getOrDefault("hide", "").split(","))
            .map(String::trim)
            .filter(s -> !s.isEmpty())
            .collect(Collectors.toSet());
    hidden.stream()
        .filter(id -> shipped().find(id).isEmpty())
        .forEach(id -> LOG.warning("Programmes overlay: programs.hide names unknown '" + id + "'"));
    return new ProgramCatalogue(
        shipped().programs().stream().filter(p -> !hidden.contains(p.id())).toList());
  }

  /** The employer's programmes; 404 problem when the programmes module is off. */
  public ProgramCatalogue catalogue() {
    Tenant tenant = currentTenant.require();
    if (!tenant.offers(Module.PROGRAMS)) {
      throw new DomainException(
          DomainException.Kind.NOT_FOUND,
          "not-found",
          "Not found",
          "Programmes are not part of your employer's backcare.");
    }
    return perTenant.get(tenant);
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

  /** How many rungs each phase's ladder has for the employer. */
  public int ladderSize() {
    return currentTenant.require().progression().ladder().size();
  }

  /** One programme, or a 404 problem. */
  public Program program(String id) {
    return catalogue()
        .find(id)
        .orElseThrow(
            () ->
                new DomainException(
                    DomainException.Kind.NOT_FOUND,
                    "program-not-found",
                    "Programme not found",
                    "There is no programme '" + id + "'."));
  }
}
