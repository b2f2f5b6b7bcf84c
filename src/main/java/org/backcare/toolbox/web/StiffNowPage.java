package org.backcare.toolbox.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import org.backcare.platform.domain.DomainException;
import org.backcare.toolbox.application.Exercises;
import org.backcare.toolbox.application.Routines;
import org.backcare.toolbox.domain.Exercise;
import org.backcare.toolbox.domain.ExerciseText;
import org.backcare.toolbox.domain.Situation;

/** "Stiff right now?": pick the moment and the minutes, get a routine, start it in the player. */
@Named
@RequestScoped
public class StiffNowPage {

  @Inject Routines routines;
  @Inject Exercises exercises;

  private String situation;
  private Integer minutes = 5;
  private Routines.Routine routine;

  public void open() throws IOException {
    try {
      exercises.catalogue();
      if (situation != null && !situation.isBlank()) {
        routine = routines.build(situation, minutes == null ? 5 : minutes);
      }
    } catch (DomainException e) {
      if (e.kind() == DomainException.Kind.NOT_FOUND) {
        ToolboxPages.notFound(e);
      }
      situation = null;
    }
  }

  public Routines.Routine getRoutine() {
    return routine;
  }

  public ExerciseText text(Exercise exercise) {
    return exercise.in(ToolboxPages.locale());
  }

  /** The moves after the first, for the player's "next" parameter. */
  public String getFollowing() {
    return routine.moves().stream().skip(1).map(Exercise::id).collect(Collectors.joining(","));
  }

  public int getRoutineMinutes() {
    return Math.max(
        1, Math.round(routine.moves().stream().mapToInt(e -> e.dose().seconds()).sum() / 60f));
  }

  public Situation[] getSituations() {
    return Situation.values();
  }

  /** "about N minutes" in the page's language. */
  public String minutesLabel(int minutes) {
    jakarta.faces.context.FacesContext faces =
        jakarta.faces.context.FacesContext.getCurrentInstance();
    String pattern =
        faces.getApplication().getResourceBundle(faces, "msg").getString("exercises.minutes");
    return new java.text.MessageFormat(pattern, faces.getViewRoot().getLocale())
        .format(new Object[] {minutes});
  }

  public List<Integer> getMinuteChoices() {
    return List.of(2, 5, 10, 15);
  }

  public String getSituation() {
    return situation;
  }

  public void setSituation(String situation) {
    this.situation = situation;
  }

  public Integer getMinutes() {
    return minutes;
  }

  public void setMinutes(Integer minutes) {
    this.minutes = minutes;
  }
}
