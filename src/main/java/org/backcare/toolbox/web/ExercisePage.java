package org.backcare.toolbox.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Map;
import org.backcare.content.application.ContentFiles;
import org.backcare.identity.application.CurrentMember;
import org.backcare.platform.domain.DomainException;
import org.backcare.platform.web.PageErrors;
import org.backcare.platform.web.PostbackParameters;
import org.backcare.safety.web.PrecautionsForm;
import org.backcare.toolbox.application.Exercises;
import org.backcare.toolbox.application.MemberToolbox;
import org.backcare.toolbox.domain.Exercise;
import org.backcare.toolbox.domain.ExerciseText;

/**
 * One exercise: how to do it, when to stop, and "keep in my toolbox"; a loaded move asks the
 * precautions question in the keep form unless the member's answer already lets it go ahead.
 */
@Named
@RequestScoped
public class ExercisePage {

  private static final Map<String, String> REFERENCE_TITLES = ContentFiles.referenceTitles();

  @Inject Exercises exercises;
  @Inject MemberToolbox toolbox;
  @Inject CurrentMember currentMember;
  @Inject PrecautionsForm precautionsForm;

  private String id;
  private Exercise exercise;

  public void open() throws IOException {
    try {
      exercise = exercises.exercise(getId() == null ? "" : getId());
    } catch (DomainException e) {
      ToolboxPages.notFound(e);
    }
  }

  /** Found lazily too: on a postback components read it before the view action runs. */
  public Exercise getExercise() {
    if (exercise == null && getId() != null) {
      exercise = exercises.catalogue().find(getId()).orElse(null);
    }
    return exercise;
  }

  public ExerciseText getText() {
    return getExercise() == null ? null : getExercise().in(ToolboxPages.locale());
  }

  public String getReferenceTitle() {
    return getExercise() == null
        ? null
        : getExercise().reference().map(REFERENCE_TITLES::get).orElse(null);
  }

  public boolean isMember() {
    return currentMember.get().map(m -> m.memberId() != null).orElse(false);
  }

  public boolean isKept() {
    return isMember() && toolbox.entries().stream().anyMatch(e -> e.exerciseId().equals(getId()));
  }

  /** Keeps the move; a loaded move with the precautions answer given in the same form. */
  public String keep() {
    try {
      toolbox.keep(getId(), precautionsForm.answer());
    } catch (DomainException e) {
      PageErrors.show(e);
      return null;
    }
    return "/toolbox/exercise.xhtml?faces-redirect=true&id=" + getId();
  }

  /** Whether keeping this move asks the precautions question first. */
  public boolean isNeedsPrecautions() {
    Exercise exercise = getExercise();
    return exercise != null && exercise.loaded() && !precautionsForm.isAllowsLoading();
  }

  /** The view parameter, or on a postback the form's hidden {@code id} field. */
  public String getId() {
    id = PostbackParameters.orRequest(id, "id");
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }
}
