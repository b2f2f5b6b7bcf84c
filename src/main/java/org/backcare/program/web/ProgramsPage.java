package org.backcare.program.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.backcare.platform.domain.DomainException;
import org.backcare.platform.web.PostbackParameters;
import org.backcare.program.application.MemberPrograms;
import org.backcare.program.application.Programs;
import org.backcare.program.domain.CircuitItem;
import org.backcare.program.domain.Enrollment;
import org.backcare.program.domain.Phase;
import org.backcare.program.domain.Program;
import org.backcare.safety.domain.RedFlag;
import org.backcare.tenant.application.CurrentTenant;
import org.backcare.toolbox.domain.Exercise;

/**
 * The programme list and one programme's page with its onboarding: the safety screen, the planned
 * hour, and switching consent when the member already follows another programme. Any red flag in
 * the screen shows the care route instead of enrolling.
 */
@Named
@RequestScoped
public class ProgramsPage {

  @Inject Programs programs;
  @Inject MemberPrograms memberPrograms;
  @Inject CurrentTenant currentTenant;

  private String id;
  private List<String> screen = List.of();
  private Integer hour = 8;
  private boolean replace;
  private boolean careRead;
  private boolean careFirst;
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

  /** The member's current enrolment, if any (none for a visitor who is not signed in). */
  public Enrollment getCurrent() {
    if (current == null) {
      try {
        current = memberPrograms.current();
      } catch (RuntimeException notAMember) {
        current = Optional.empty();
      }
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

  /** Whether the current programme is paused for care, so switching needs the confirmation. */
  public boolean isPausedForCare() {
    Enrollment e = getCurrent();
    return e != null
        && e.status() == Enrollment.Status.PAUSED
        && memberPrograms.openPause(e).map(p -> p.needsCare()).orElse(false);
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

  public List<RedFlag> getSigns() {
    return Arrays.asList(RedFlag.values());
  }

  public List<Integer> getHours() {
    return List.of(6, 7, 8, 9, 10, 12, 13, 17, 18, 19, 20);
  }

  /** Enrols after the screen, or shows the care route when the screen found a red flag. */
  public String enrol() {
    if (!ProgramPages.flags(screen).isEmpty()) {
      careFirst = true;
      return null;
    }
    try {
      memberPrograms.enrol(
          getId(), ProgramPages.flags(screen), hour == null ? 8 : hour, replace, careRead);
    } catch (DomainException e) {
      ProgramPages.show(e);
      return null;
    }
    return "/programs/progress.xhtml?faces-redirect=true";
  }

  public boolean isCareFirst() {
    return careFirst;
  }

  public String getId() {
    id = PostbackParameters.orRequest(id, "id");
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public List<String> getScreen() {
    return screen;
  }

  public void setScreen(List<String> screen) {
    this.screen = screen == null ? List.of() : screen;
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

  public boolean isCareRead() {
    return careRead;
  }

  public void setCareRead(boolean careRead) {
    this.careRead = careRead;
  }
}
