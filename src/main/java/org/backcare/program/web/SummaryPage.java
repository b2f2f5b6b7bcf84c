package org.backcare.program.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.backcare.identity.application.CurrentMember;
import org.backcare.platform.domain.DomainException;
import org.backcare.program.application.ClinicianSummary;
import org.backcare.program.application.Programs;

/**
 * The one-page summary for a clinician, printable from the progress page. Members only: anyone else
 * (a visitor, a benefits admin who is not a member) is answered 403 with the same words as the data
 * page, and no summary is read or audited. The page is never stored by a cache, like the export of
 * the member's data. Printing is the browser's own: the print stylesheet fits it on one A4 page,
 * and the button (shown only with JavaScript) opens the print dialog.
 */
@Named
@RequestScoped
public class SummaryPage {

  @Inject ClinicianSummary summary;
  @Inject Programs programs;
  @Inject CurrentMember currentMember;

  private ClinicianSummary.View view;

  /** Refuses anyone who is not a member (403) and keeps every answer out of caches. */
  public void open() throws IOException {
    try {
      programs.catalogue();
    } catch (DomainException e) {
      ProgramPages.notFound(e);
      return;
    }
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.setResponseHeader("Cache-Control", "no-store");
    if (!isMember()) {
      external.setResponseStatus(403);
    }
  }

  public boolean isMember() {
    return currentMember.get().map(m -> m.memberId() != null).orElse(false);
  }

  /**
   * The member's summary, read (and audited) once per request, when the page is rendered: only then
   * does the view carry the member's language, which the view action does not see yet.
   */
  public ClinicianSummary.View getView() {
    if (view == null && isMember()) {
      view = summary.open(ProgramPages.locale());
    }
    return view;
  }

  /** The weekly chart as SVG markup (escaped text inside); empty without a rated session. */
  public String getChart() {
    if (getView() == null) {
      return "";
    }
    DateTimeFormatter label = DateTimeFormatter.ofPattern("d MMM", locale());
    List<ProgressChart.Column> columns =
        view.weeks().weeks().stream()
            .map(
                w ->
                    new ProgressChart.Column(
                        label.format(w.monday()), w.before(), w.after(), w.nextDay()))
            .toList();
    return ProgressChart.dated(
        columns,
        new ProgressChart.Labels(
            ProgramPages.message("summary.chart.title"),
            ProgramPages.message("summary.chart.desc"),
            ProgramPages.message("progress.before"),
            ProgramPages.message("progress.after"),
            ProgramPages.message("progress.nextday")));
  }

  /** A median or an average in the page's language (one decimal at most), or "not rated". */
  public String rating(Double value) {
    if (value == null) {
      return ProgramPages.message("progress.none.value");
    }
    NumberFormat format = NumberFormat.getNumberInstance(locale());
    format.setMaximumFractionDigits(1);
    return format.format(value);
  }

  /** Whether any week of the summary has a session. */
  public boolean isRated() {
    return getView() != null && view.weeks().sessions() > 0;
  }

  private static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }
}
