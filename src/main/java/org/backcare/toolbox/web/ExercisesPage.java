package org.backcare.toolbox.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.backcare.platform.domain.DomainException;
import org.backcare.toolbox.application.Exercises;
import org.backcare.toolbox.domain.Exercise;
import org.backcare.toolbox.domain.ExerciseCatalogue;
import org.backcare.toolbox.domain.ExerciseKind;
import org.backcare.toolbox.domain.ExerciseText;
import org.backcare.toolbox.domain.Situation;

/** The exercise catalogue page: filter by situation, kind, body area, level and equipment. */
@Named
@RequestScoped
public class ExercisesPage {

  @Inject Exercises exercises;

  private String situation;
  private String kind;
  private String area;
  private Integer level;
  private String equipment;

  public void open() throws IOException {
    try {
      exercises.catalogue();
    } catch (DomainException e) {
      ToolboxPages.notFound(e);
    }
  }

  public List<Exercise> getExercises() {
    return exercises
        .catalogue()
        .matching(
            new ExerciseCatalogue.Filter(
                Optional.ofNullable(situation).flatMap(Situation::byKey).orElse(null),
                Optional.ofNullable(kind).flatMap(ExerciseKind::byKey).orElse(null),
                area != null && Exercise.AREAS.contains(area) ? area : null,
                level != null && level >= 1 && level <= 3 ? level : null,
                equipment != null
                        && (equipment.equals("none") || Exercise.EQUIPMENT.contains(equipment))
                    ? equipment
                    : null));
  }

  /** How many filters are set, for the collapsed filter bar to say so. */
  public int getFiltersOn() {
    int on = 0;
    for (Object value : new Object[] {situation, kind, area, level, equipment}) {
      if (value != null && !String.valueOf(value).isBlank()) {
        on++;
      }
    }
    return on;
  }

  public ExerciseText text(Exercise exercise) {
    return exercise.in(ToolboxPages.locale());
  }

  /** Whole minutes (at least one) one round takes. */
  public int minutes(Exercise exercise) {
    return Math.max(1, Math.round(exercise.dose().seconds() / 60f));
  }

  public Situation[] getSituations() {
    return Situation.values();
  }

  public ExerciseKind[] getKinds() {
    return ExerciseKind.values();
  }

  public List<String> getAreas() {
    return Exercise.AREAS;
  }

  public List<String> getEquipmentChoices() {
    return Exercise.EQUIPMENT;
  }

  public String getSituation() {
    return situation;
  }

  public void setSituation(String situation) {
    this.situation = situation;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getArea() {
    return area;
  }

  public void setArea(String area) {
    this.area = area;
  }

  public Integer getLevel() {
    return level;
  }

  public void setLevel(Integer level) {
    this.level = level;
  }

  public String getEquipment() {
    return equipment;
  }

  public void setEquipment(String equipment) {
    this.equipment = equipment;
  }
}
