package org.backcare.program.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.backcare.identity.application.CurrentMember;
import org.backcare.platform.domain.DomainException;
import org.backcare.platform.web.PostbackParameters;
import org.backcare.program.application.Enrolments;
import org.backcare.program.application.Programs;
import org.backcare.program.domain.CarePauses;
import org.backcare.program.domain.CircuitItem;
import org.backcare.program.domain.Enrollment;
import org.backcare.program.domain.Phase;
import org.backcare.program.domain.Program;
import org.backcare.safety.application.SafetyReports;
import org.backcare.safety.domain.Clearance;
import org.backcare.safety.domain.Urgency;
import org.backcare.safety.web.PrecautionsForm;
import org.backcare.safety.web.SignsForm;
import org.backcare.tenant.application.CurrentTenant;
import org.backcare.toolbox.domain.Exercise;

/**
 * The programme list and one programme's page with its onboarding: the precautions question, the
 * safety screen, the planned hour, and switching consent (with a clearance when the current
 * programme is paused for care). A warning sign in the screen shows the care guidance instead of
 * enrolling; the precautions answer is kept (not the condition behind it), so it is asked once.
 */
@Named
@RequestScoped
public class ProgramsPage {

  @Inject Programs programs;
  @Inject Enrolments enrolments;
  @Inject CurrentMember currentMember;
  @Inject SignsForm signsForm;
  @Inject PrecautionsForm precautionsForm;
  @Inject CurrentTenant currentTenant;

  private String id;
  private Integer hour = Enrolments.DEFAULT_SESSION_HOUR;
  private boolean replace;
  private String clearance;
  private SafetyReports.Outcome care;
  private Optional<Enrollment> current;

  /** The list page: 404 when the employer has no programmes. */
  public void openList() throws IOException {
    try {
      programs.catalogue();
    } catch (DomainException e) {
      ProgramPages.notFound(e);
    }
  }

  /** The programme page: 404 for an unknown programme. */
  public void open() throws IOException {
    try {
      programs.program(getId() == null ? "" : getId());
    } catch (DomainException e) {
      ProgramPages.notFound(e);
    }
  }

  public List<Program> getPrograms() {
    return programs.catalogue().programs();
  }

  public Program getProgram() {
    return getId() == null ? null : programs.catalogue().find(getId()).orElse(null);
  }

  public String getLanguage() {
    return ProgramPages.locale();
  }

  /** The member's current enrolment, if any (none for a visitor or an admin, who enrol nothing). */
  public Enrollment getCurrent() {
    if (current == null) {
      boolean member = currentMember.get().map(m -> m.memberId() != null).orElse(false);
      current = member ? enrolments.current() : Optional.empty();
    }
    return current.orElse(null);
  }

  /** The current programme's name, for the banner. */
  public String getCurrentName() {
    Enrollment e = getCurrent();
    return e == null
        ? null
        : programs
            .catalogue()
            .find(e.programId())
            .map(p -> p.in(getLanguage()).name())
            .orElse(null);
  }

  public boolean isFollowingThis() {
    Enrollment e = getCurrent();
    return e != null && e.programId().equals(getId());
  }

  public boolean isFollowingAnother() {
    Enrollment e = getCurrent();
    return e != null && !e.programId().equals(getId());
  }

  /**
   * What the member's open pauses for care need before they start this programme, if any: the
   * current programme's, or one they left while it was paused for care.
   */
  public CarePauses getCarePauses() {
    return currentMember.get().map(m -> m.memberId() != null).orElse(false)
        ? enrolments.memberCarePauses()
        : new CarePauses(Optional.empty());
  }

  /** The clearances that cover the current programme's pause for care, for the switch form. */
  public List<String> getClearances() {
    Optional<Urgency> toClear = getCarePauses().toClear();
    return Arrays.stream(Clearance.values())
        .filter(c -> toClear.map(c::clears).orElse(false))
        .map(Clearance::key)
        .toList();
  }

  public List<CircuitItem> items(Phase phase, String part) {
    return phase.part(CircuitItem.Part.byKey(part).orElseThrow());
  }

  public Exercise move(String exerciseId) {
    return programs.move(exerciseId);
  }

  /** The employer's volume ladder, for the rule the page states. */
  public List<Integer> getLadder() {
    return currentTenant.require().progression().ladder();
  }

  /** The employer's highest rating after a session that still climbs. */
  public int getThreshold() {
    return currentTenant.require().progression().threshold();
  }

  public List<Integer> getHours() {
    return List.of(6, 7, 8, 9, 10, 12, 13, 17, 18, 19, 20);
  }

  /**
   * Enrols after the precautions question and the safety screen; a warning sign shows the care
   * guidance for its urgency instead, a condition not yet checked shows the advice to check first.
   */
  public String enrol() {
    try {
      Enrolments.Enrolment answer =
          enrolments.enrol(
              new Enrolments.Request(
                  getId(),
                  signsForm.reported(),
                  precautionsForm.answer(),
                  Optional.ofNullable(hour),
                  replace,
                  Clearance.byKey(clearance)));
      if (answer instanceof Enrolments.CareFirst careFirst) {
        care = careFirst.care();
        return null;
      }
    } catch (DomainException e) {
      ProgramPages.show(e);
      return null;
    }
    return "/programs/progress.xhtml?faces-redirect=true";
  }

  /** The care guidance when the safety screen found a warning sign. */
  public SafetyReports.Outcome getCare() {
    return care;
  }

  public boolean isCareFirst() {
    return care != null;
  }

  public String getId() {
    id = PostbackParameters.orRequest(id, "id");
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public Integer getHour() {
    return hour;
  }

  public void setHour(Integer hour) {
    this.hour = hour;
  }

  public boolean isReplace() {
    return replace;
  }

  public void setReplace(boolean replace) {
    this.replace = replace;
  }

  public String getClearance() {
    return clearance;
  }

  public void setClearance(String clearance) {
    this.clearance = clearance;
  }
}
