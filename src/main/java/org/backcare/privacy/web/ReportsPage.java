package org.backcare.privacy.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.backcare.platform.domain.DomainException;
import org.backcare.privacy.application.EmployerReports;
import org.backcare.privacy.domain.AuditAction;
import org.backcare.privacy.domain.Cell;
import org.backcare.privacy.domain.ParticipationReport;

/** The benefits admin's participation report page: the same aggregates as the API. */
@Named
@RequestScoped
public class ReportsPage {

  @Inject EmployerReports reports;

  private ParticipationReport report;
  private String refusal;

  /**
   * Loads the report. A caller who may not see it gets the reason on the page, with the matching
   * status (403 for a member, 404 where reports are off, 401 for nobody signed in).
   */
  public void open() {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      report =
          reports.participation(
              AuditAction.REPORT_VIEWED, faces.getViewRoot().getLocale().getLanguage());
    } catch (DomainException e) {
      refusal = e.detail(FacesContext.getCurrentInstance().getViewRoot().getLocale());
      faces
          .getExternalContext()
          .setResponseStatus(
              switch (e.kind()) {
                case FORBIDDEN -> 403;
                case UNAUTHENTICATED -> 401;
                default -> 404;
              });
    }
  }

  /** Why the report is not shown, or null when it is. */
  public String getRefusal() {
    return refusal;
  }

  public ParticipationReport getReport() {
    return report;
  }

  /** One headline figure: its message key suffix and its cell. */
  public record Headline(String key, Cell cell) {}

  /** The headline figures in the order the page lists them. */
  public List<Headline> getHeadlines() {
    return List.of(
        new Headline("launched", report.launched()),
        new Headline("active7", report.active7Days()),
        new Headline("active30", report.active30Days()),
        new Headline("toolboxes", report.toolboxesBuilt()),
        new Headline("inprogramme", report.inProgramme()));
  }

  /** When the figures were counted, in the page's language. */
  public String getGeneratedAt() {
    Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withLocale(locale)
            .format(report.generatedAt().atOffset(ZoneOffset.UTC))
        + " UTC";
  }
}
