package org.backcare.home.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.backcare.home.domain.NextStep;
import org.backcare.identity.application.CurrentMember;
import org.backcare.program.application.Progress;
import org.backcare.program.application.ProgressReport;
import org.backcare.tenant.application.CurrentTenant;
import org.backcare.tenant.domain.Module;
import org.backcare.tips.application.Tips;
import org.backcare.tips.domain.Tip;
import org.backcare.tips.domain.TipText;
import org.backcare.toolbox.application.ToolboxSummary;

/**
 * The member's home as a dashboard: the one thing to do now ({@link NextStep}), "stiff right now"
 * in one tap, today's tip and the toolbox at a glance. Each part asks its own feature's service and
 * is left out where the employer has switched that feature off. Visitors see the introduction.
 */
@Named("homePage")
@RequestScoped
public class HomePage {

  /** How many toolbox moves the dashboard lists before "see all". */
  public static final int GLANCE = 3;

  @Inject CurrentTenant currentTenant;
  @Inject CurrentMember currentMember;
  @Inject ProgressReport progressReport;
  @Inject Tips tips;
  @Inject ToolboxSummary toolbox;
  @Inject Clock clock;

  private Optional<Progress> progress;
  private NextStep.Step next;
  private Optional<Tip> tip;
  private List<ToolboxSummary.Move> moves;

  public boolean isMember() {
    return currentMember.get().map(m -> m.memberId() != null).orElse(false);
  }

  public boolean offers(String module) {
    return currentTenant.tenant().map(t -> t.offers(Module.valueOf(module))).orElse(false);
  }

  private String language() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage();
  }

  /** The member's programme as the progress page shows it; null when not enrolled. */
  public Progress getProgress() {
    if (progress == null) {
      progress =
          isMember() && offers("PROGRAMS") ? progressReport.current(language()) : Optional.empty();
    }
    return progress.orElse(null);
  }

  public NextStep.Step getNext() {
    if (next == null) {
      Optional<NextStep.Programme> programme =
          Optional.ofNullable(getProgress())
              .map(
                  p ->
                      new NextStep.Programme(
                          p.status(),
                          p.pause() != null && p.pause().needsCare(),
                          p.checkInDue() != null,
                          p.upcoming()));
      next = NextStep.of(offers("PROGRAMS"), offers("TOOLBOX"), programme);
    }
    return next;
  }

  /** The kind of the next step, for the page to pick its card. */
  public String getNextKind() {
    return getNext().kind().name();
  }

  /** Whether the next planned session is today (or overdue). */
  public boolean isSessionToday() {
    return getNext().plannedBy(LocalDate.now(clock.withZone(ZoneOffset.UTC)));
  }

  /** The next planned session day, in the page's language; null when none is planned. */
  public LocalDate getPlanned() {
    return getNext().planned().orElse(null);
  }

  public Tip getTip() {
    if (tip == null) {
      tip = offers("TIPS") ? tips.today() : Optional.empty();
    }
    return tip.orElse(null);
  }

  public TipText getTipText() {
    Tip today = getTip();
    return today == null ? null : today.in(language());
  }

  /** The member's toolbox in their order. */
  public List<ToolboxSummary.Move> getMoves() {
    if (moves == null) {
      moves = isMember() && offers("TOOLBOX") ? toolbox.view(language()).moves() : List.of();
    }
    return moves;
  }

  /** The first few moves of the toolbox. */
  public List<ToolboxSummary.Move> getGlance() {
    List<ToolboxSummary.Move> all = getMoves();
    return all.subList(0, Math.min(GLANCE, all.size()));
  }
}
