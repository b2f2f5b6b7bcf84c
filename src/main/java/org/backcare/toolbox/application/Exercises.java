package org.backcare.toolbox.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.backcare.content.application.PerTenant;
import org.backcare.platform.domain.DomainException;
import org.backcare.tenant.application.CurrentTenant;
import org.backcare.tenant.domain.Module;
import org.backcare.tenant.domain.Tenant;
import org.backcare.toolbox.domain.Exercise;
import org.backcare.toolbox.domain.ExerciseCatalogue;
import org.backcare.toolbox.domain.ExerciseOverlay;

/**
 * The moves the current employer's members see: the shipped catalogue (validated at start-up, which
 * fails on a bad file) with the employer's {@code toolbox.*} overlay, cached per tenant.
 */
@ApplicationScoped
public class Exercises {

  private static final Logger LOG = Logger.getLogger(Exercises.class.getName());

  @Inject CurrentTenant currentTenant;

  private volatile ExerciseCatalogue shipped;
  private final PerTenant<ExerciseOverlay.Result> perTenant =
      new PerTenant<>("toolbox.", this::build);

  void onStart(@Observes Startup startup) {
    shipped();
  }

  private ExerciseCatalogue shipped() {
    ExerciseCatalogue loaded = shipped;
    if (loaded == null) {
      loaded = ShippedExercises.load("content/exercises.json");
      shipped = loaded;
      LOG.info(() -> "Loaded " + shipped.all().size() + " shipped exercises");
    }
    return loaded;
  }

  private ExerciseOverlay.Result current() {
    Tenant tenant = currentTenant.require();
    if (!tenant.offers(Module.TOOLBOX)) {
      throw new DomainException(
          DomainException.Kind.NOT_FOUND,
          "not-found",
          "Not found",
          "The movement toolbox is not part of your employer's backcare.");
    }
    return perTenant.get(tenant);
  }

  private ExerciseOverlay.Result build(Map<String, String> overlay, List<String> locales) {
    ExerciseOverlay.Result result = ExerciseOverlay.apply(shipped(), overlay, locales);
    result.problems().forEach(p -> LOG.warning("Toolbox overlay: " + p));
    return result;
  }

  /** The employer's catalogue; 404 problem when the toolbox module is off. */
  public ExerciseCatalogue catalogue() {
    return current().catalogue();
  }

  /** The employer's chosen routine for members with an empty toolbox (may be empty). */
  public List<String> quickRoutine() {
    return current().quickRoutine();
  }

  /** One move, or a 404 problem. */
  public Exercise exercise(String id) {
    return catalogue()
        .find(id)
        .orElseThrow(
            () ->
                new DomainException(
                    DomainException.Kind.NOT_FOUND,
                    "exercise-not-found",
                    "Exercise not found",
                    "There is no exercise '" + id + "'."));
  }
}
