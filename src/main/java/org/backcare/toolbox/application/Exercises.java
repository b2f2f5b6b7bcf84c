package org.backcare.toolbox.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.backcare.content.application.ContentCatalogue;
import org.backcare.platform.domain.DomainException;
import org.backcare.tenant.application.CurrentTenant;
import org.backcare.tenant.domain.Module;
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

  private final ContentCatalogue<ExerciseCatalogue, ExerciseOverlay.Result> content =
      new ContentCatalogue<>(
          "exercises",
          () -> ShippedExercises.load("content/exercises.json"),
          c -> c.all().size(),
          Module.TOOLBOX,
          "toolbox-off",
          "toolbox.",
          Exercises::overlay);

  void onStart(@Observes Startup startup) {
    content.shipped();
  }

  /**
   * The shipped catalogue, whatever the employer's overlay or modules: programmes are made of these
   * moves, so hiding a move from an employer's toolbox never breaks a programme.
   */
  public ExerciseCatalogue shipped() {
    return content.shipped();
  }

  private ExerciseOverlay.Result current() {
    return content.of(currentTenant.require());
  }

  private static ExerciseOverlay.Result overlay(
      ExerciseCatalogue shipped, Map<String, String> overlay, List<String> locales) {
    ExerciseOverlay.Result result = ExerciseOverlay.apply(shipped, overlay, locales);
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
            () -> DomainException.notFound("exercise-not-found", "exercise-not-found", id));
  }
}
