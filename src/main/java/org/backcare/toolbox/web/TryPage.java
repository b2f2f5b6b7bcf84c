package org.backcare.toolbox.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Optional;
import org.backcare.identity.application.CurrentMember;
import org.backcare.platform.domain.DomainException;
import org.backcare.platform.web.PageErrors;
import org.backcare.platform.web.PostbackParameters;
import org.backcare.platform.web.RatingForm;
import org.backcare.safety.application.HealthAnswers;
import org.backcare.safety.application.SafetyReports;
import org.backcare.safety.domain.ReportedSigns;
import org.backcare.safety.web.PrecautionsForm;
import org.backcare.safety.web.SignsForm;
import org.backcare.toolbox.application.Exercises;
import org.backcare.toolbox.application.MemberToolbox;
import org.backcare.toolbox.application.Tries;
import org.backcare.toolbox.domain.Exercise;
import org.backcare.toolbox.domain.ExerciseText;

/**
 * The guided player for one move (and the next moves of a quick routine): stiffness before, the
 * steps with timers (resources/js/player.js), stiffness after and any warning sign. Without
 * JavaScript the steps and the form still work. A warning sign ends the try, pauses an active
 * programme for care and shows the guidance for its urgency instead of the next move. A loaded move
 * asks the precautions question before the player shows, unless the member's answer already lets it
 * go ahead.
 */
@Named
@RequestScoped
public class TryPage {

  @Inject Exercises exercises;
  @Inject Tries tries;
  @Inject MemberToolbox toolbox;
  @Inject SignsForm signsForm;
  @Inject PrecautionsForm precautionsForm;
  @Inject HealthAnswers health;
  @Inject RatingForm ratings;
  @Inject CurrentMember currentMember;

  private String id;
  private String next;
  private String clientId;
  private SafetyReports.Outcome outcome;
  private Integer change;

  /** An unknown move, or a visitor without a member (trying records a try), gets not-found. */
  public void open() throws IOException {
    try {
      exercises.exercise(getId() == null ? "" : getId());
      currentMember.requireMemberId();
    } catch (DomainException e) {
      ToolboxPages.notFound(e);
    }
  }

  public Exercise getExercise() {
    return getId() == null ? null : exercises.catalogue().find(getId()).orElse(null);
  }

  public ExerciseText getText() {
    Exercise exercise = getExercise();
    return exercise == null ? null : exercise.in(ToolboxPages.locale());
  }

  /**
   * Records the try: done to the end when rated after it and no warning sign; a sign stops, and the
   * page shows the care guidance instead of the next move. Errors show on the page.
   */
  public String finish() {
    try {
      ReportedSigns signs = signsForm.reported();
      Tries.Outcome recorded =
          tries.record(
              getClientId(),
              getId(),
              ratings.getBefore(),
              signs.isEmpty() ? ratings.getAfter() : null,
              signs.isEmpty() && ratings.getAfter() != null,
              signs,
              Optional.empty(),
              Optional.empty());
      outcome = recorded.safety();
      if (!outcome.advice().stop() && ratings.getAfter() != null) {
        change = ratings.getAfter() - ratings.getBefore();
      }
    } catch (DomainException e) {
      PageErrors.show(e);
    }
    return null;
  }

  public boolean isKept() {
    return toolbox.entries().stream().anyMatch(e -> e.exerciseId().equals(getId()));
  }

  public String keep() {
    try {
      toolbox.keep(getId(), Optional.empty());
    } catch (DomainException e) {
      PageErrors.show(e);
      return null;
    }
    return "/toolbox/mine.xhtml?faces-redirect=true";
  }

  /**
   * Whether the precautions question comes before the player: a loaded move, and no answer yet that
   * lets it go ahead.
   */
  public boolean isNeedsPrecautions() {
    Exercise exercise = getExercise();
    return exercise != null && exercise.loaded() && !precautionsForm.isAllowsLoading();
  }

  /** Keeps the precautions answer; a condition not yet checked shows the advice to check first. */
  public String answerPrecautions() {
    try {
      health.requireLoadingAllowed(precautionsForm.answer());
    } catch (DomainException e) {
      PageErrors.show(e);
    }
    return null;
  }

  /** The next move of the routine, if any. */
  public String getNextId() {
    return getNext() == null || getNext().isBlank() ? null : getNext().split(",")[0];
  }

  /** The moves after the next one. */
  public String getRest() {
    if (getNextId() == null) {
      return "";
    }
    int comma = next.indexOf(',');
    return comma < 0 ? "" : next.substring(comma + 1);
  }

  public SafetyReports.Outcome getOutcome() {
    return outcome;
  }

  public Integer getChange() {
    return change;
  }

  /** The size of the change, for wording that says "down by 3" rather than "down by -3". */
  public Integer getChangeSize() {
    return change == null ? null : Math.abs(change);
  }

  public String getId() {
    id = PostbackParameters.orRequest(id, "id");
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  /**
   * The id this try is recorded under, made when the page is drawn and sent back with the form, so
   * sending the form twice records one try.
   */
  public String getClientId() {
    clientId = PostbackParameters.orRequest(clientId, "clientId");
    if (clientId == null || !clientId.matches("[A-Za-z0-9-]{8,64}")) {
      clientId = java.util.UUID.randomUUID().toString();
    }
    return clientId;
  }

  public String getNext() {
    next = PostbackParameters.orRequest(next, "next");
    return next;
  }

  public void setNext(String next) {
    this.next = next;
  }
}
