package org.backcare.program.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import org.backcare.identity.application.CurrentMember;
import org.backcare.platform.domain.DomainException;
import org.backcare.platform.web.PublicAddresses;
import org.backcare.program.application.CalendarFeeds;
import org.backcare.program.application.CheckIns;
import org.backcare.program.application.Enrolments;
import org.backcare.program.application.Programs;
import org.backcare.program.application.Progress;
import org.backcare.program.application.ProgressReport;
import org.backcare.program.domain.ProgramCheckIn;
import org.backcare.safety.application.SafetyReports;
import org.backcare.safety.domain.Clearance;
import org.backcare.safety.domain.SignSource;
import org.backcare.safety.web.SignsForm;

/**
 * The member's progress: the phase ladder with where they are and why, the next-day check-in when
 * one is due, the "how is my back" report that is always open, sessions per week, the ratings chart
 * with its table, the pause with its care guidance and clearance, and the calendar feed. Every
 * action redirects back here, so a reload never repeats it.
 */
@Named
@RequestScoped
public class ProgressPage {

  @Inject ProgressReport report;
  @Inject Enrolments enrolments;
  @Inject CheckIns checkIns;
  @Inject SafetyReports safety;
  @Inject SignsForm signsForm;
  @Inject CalendarFeeds calendarFeeds;
  @Inject Programs programs;
  @Inject PublicAddresses publicAddresses;
  @Inject CurrentMember currentMember;

  private Optional<Progress> progress;
  private Integer rating;
  private String clearance;
  private ProgramCheckIn answered;
  private SafetyReports.Outcome care;
  private boolean reported;

  /**
   * A visitor without a member (a session that ended, a bookmark) gets the not-found page, as on
   * the other member pages, before anything is drawn: the page used to fail half-way through.
   */
  public void open() throws IOException {
    try {
      programs.catalogue();
      currentMember.requireMemberId();
    } catch (DomainException e) {
      ProgramPages.notFound(e);
    }
  }

  public Progress getProgress() {
    if (progress == null) {
      progress = report.current(ProgramPages.locale());
    }
    return progress.orElse(null);
  }

  /** The ratings chart as SVG markup (escaped text inside), empty before the first session. */
  public String getChart() {
    Progress p = getProgress();
    if (p == null) {
      return "";
    }
    return ProgressChart.svg(
        p.points(),
        new ProgressChart.Labels(
            ProgramPages.message("progress.chart.title"),
            ProgramPages.message("progress.chart.desc"),
            ProgramPages.message("progress.before"),
            ProgramPages.message("progress.after"),
            ProgramPages.message("progress.nextday")));
  }

  /** Records the next-day check-in; a warning sign in it is reported like anywhere else. */
  public String checkIn() {
    try {
      CheckIns.Answered result =
          checkIns.checkIn(rating, signsForm.reported(), Optional.empty(), Optional.empty());
      answered = result.checkIn().orElse(null);
      care = result.care().orElse(null);
      progress = null;
    } catch (DomainException e) {
      ProgramPages.show(e);
    }
    return null;
  }

  /** "How is my back": reports the ticked signs between sessions, which pauses for care. */
  public String report() {
    try {
      care =
          safety
              .report(safety.triage(signsForm.reported()), SignSource.REPORT, Optional.empty())
              .outcome();
      reported = true;
      progress = null;
    } catch (DomainException e) {
      ProgramPages.show(e);
    }
    return null;
  }

  public ProgramCheckIn getAnswered() {
    return answered;
  }

  public String getAnsweredReason() {
    return answered == null ? null : answered.reason(Locale.forLanguageTag(ProgramPages.locale()));
  }

  /** The care guidance the check-in or the report called for, if any. */
  public SafetyReports.Outcome getCare() {
    return care;
  }

  /** Whether the member sent the "how is my back" report in this request. */
  public boolean isReported() {
    return reported;
  }

  public String pause() {
    return act(() -> enrolments.pause());
  }

  public String resume() {
    return act(() -> enrolments.resume(Clearance.byKey(clearance)));
  }

  public String restart() {
    return act(() -> enrolments.restart(Clearance.byKey(clearance)));
  }

  public String leave() {
    try {
      enrolments.leave();
    } catch (DomainException e) {
      ProgramPages.show(e);
      return null;
    }
    return "/programs/index.xhtml?faces-redirect=true";
  }

  private String act(Runnable action) {
    try {
      action.run();
    } catch (DomainException e) {
      ProgramPages.show(e);
      return null;
    }
    return "/programs/progress.xhtml?faces-redirect=true";
  }

  /** The member's private calendar feed URL, made on first view. */
  public String getCalendarUrl() {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    return publicAddresses.resolve(request, calendarFeeds.path());
  }

  public String replaceCalendar() {
    calendarFeeds.replace();
    return "/programs/progress.xhtml?faces-redirect=true";
  }

  public Integer getRating() {
    return rating;
  }

  public void setRating(Integer rating) {
    this.rating = rating;
  }

  public String getClearance() {
    return clearance;
  }

  public void setClearance(String clearance) {
    this.clearance = clearance;
  }
}
