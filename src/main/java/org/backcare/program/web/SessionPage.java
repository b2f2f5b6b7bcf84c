package org.backcare.program.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.backcare.identity.application.CurrentMember;
import org.backcare.platform.domain.DomainException;
import org.backcare.platform.web.PostbackParameters;
import org.backcare.platform.web.RatingForm;
import org.backcare.program.application.Enrolments;
import org.backcare.program.application.Programs;
import org.backcare.program.application.Sessions;
import org.backcare.program.domain.CircuitItem;
import org.backcare.program.domain.Enrollment;
import org.backcare.program.domain.Phase;
import org.backcare.program.domain.Program;
import org.backcare.program.domain.ProgramSession;
import org.backcare.safety.application.SafetyReports;
import org.backcare.safety.domain.ReportedSigns;
import org.backcare.safety.web.SignsForm;
import org.backcare.toolbox.domain.Exercise;

/**
 * The session player for the member's current rung: the rating before, the warm-up, the circuit for
 * as many rounds as the rung asks with rest between rounds, the cool-down, then the rating after,
 * whether every round was done, and any warning sign. The timers, skipping and stopping live in
 * resources/js/player.js; without JavaScript the list and the form work on their own. The form
 * carries an id made when the page was drawn, so sending it twice records one session.
 */
@Named
@RequestScoped
public class SessionPage {

  @Inject Enrolments enrolments;
  @Inject Sessions sessions;
  @Inject Programs programs;
  @Inject SignsForm signsForm;
  @Inject RatingForm ratings;
  @Inject CurrentMember currentMember;

  private String clientId;
  private String done;
  private ProgramSession recorded;
  private SafetyReports.Outcome care;
  private Optional<Enrollment> enrollment;

  /** As {@link ProgressPage#open()}: a visitor without a member gets not-found. */
  public void open() throws IOException {
    try {
      programs.catalogue();
      currentMember.requireMemberId();
    } catch (DomainException e) {
      ProgramPages.notFound(e);
    }
  }

  public Enrollment getEnrollment() {
    if (enrollment == null) {
      enrollment = enrolments.current();
    }
    return enrollment.orElse(null);
  }

  /** Whether the member can train now: enrolled and neither paused nor finished. */
  public boolean isReady() {
    return getEnrollment() != null && getEnrollment().status() == Enrollment.Status.ACTIVE;
  }

  public Program getProgram() {
    return getEnrollment() == null ? null : programs.program(getEnrollment().programId());
  }

  public Phase getPhase() {
    return getEnrollment() == null ? null : getProgram().phase(getEnrollment().rung().phase());
  }

  public int getRounds() {
    return programs.rounds(getEnrollment().rung());
  }

  public String getLanguage() {
    return ProgramPages.locale();
  }

  public List<CircuitItem> items(String part) {
    return getPhase().part(CircuitItem.Part.byKey(part).orElseThrow());
  }

  public Exercise move(String exerciseId) {
    return programs.move(exerciseId);
  }

  /**
   * Records the session; the page then shows the decision, or the care guidance for a warning sign,
   * which pauses the programme.
   */
  public String finish() {
    try {
      ReportedSigns signs = signsForm.reported();
      if (done == null && signs.isEmpty()) {
        // Nothing is assumed: the player answers this when it ends, the member otherwise.
        FacesContext.getCurrentInstance()
            .addMessage(
                "session:done",
                new FacesMessage(
                    FacesMessage.SEVERITY_ERROR,
                    ProgramPages.message("session.done.required"),
                    null));
        return null;
      }
      boolean completed = "all".equals(done) && signs.isEmpty();
      Sessions.Recorded result =
          sessions.recordSession(
              new Sessions.SessionPost(
                  getClientId(),
                  completed,
                  ratings.getBefore(),
                  signs.isEmpty() ? ratings.getAfter() : null,
                  signs,
                  Optional.empty()));
      recorded = result.session();
      care = result.care().orElse(null);
      enrollment = null;
    } catch (DomainException e) {
      ProgramPages.show(e);
    }
    return null;
  }

  public ProgramSession getRecorded() {
    return recorded;
  }

  /** The care guidance when the session carried a warning sign. */
  public SafetyReports.Outcome getCare() {
    return care;
  }

  public String getReason() {
    return recorded == null ? null : recorded.reason(Locale.forLanguageTag(getLanguage()));
  }

  public String getClientId() {
    clientId = PostbackParameters.orRequest(clientId, "clientId");
    if (clientId == null || !clientId.matches("[A-Za-z0-9-]{8,64}")) {
      clientId = UUID.randomUUID().toString();
    }
    return clientId;
  }

  public String getDone() {
    return done;
  }

  public void setDone(String done) {
    this.done = done;
  }
}
