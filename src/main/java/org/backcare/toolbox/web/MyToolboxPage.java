package org.backcare.toolbox.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.backcare.identity.application.CurrentMember;
import org.backcare.platform.domain.DomainException;
import org.backcare.platform.web.PageErrors;
import org.backcare.toolbox.application.Exercises;
import org.backcare.toolbox.application.MemberToolbox;
import org.backcare.toolbox.application.ToolboxSummary;
import org.backcare.toolbox.domain.Situation;

/**
 * "My toolbox": the member's moves in order, how each works for them, move up or down, remove, and
 * a note with the situations each is for. Every change carries the version the page showed, so an
 * edit made meanwhile in another tab is never overwritten: the member is told to reload.
 */
@Named
@RequestScoped
public class MyToolboxPage {

  @Inject MemberToolbox toolbox;
  @Inject ToolboxSummary summary;
  @Inject CurrentMember currentMember;
  @Inject Exercises exercises;

  private ToolboxSummary.View view;
  private boolean edit;

  /**
   * An employer without the toolbox, or a visitor without a member, gets not-found. Both are asked
   * before any read, so no transaction fails on the way (Liberty would log each such failure as an
   * incident). The toolbox itself is read when the page is drawn: only then is the page's language
   * known (a member who launched in Spanish from an English browser read English move names).
   */
  public void open() throws IOException {
    try {
      exercises.catalogue();
      currentMember.requireMemberId();
    } catch (DomainException e) {
      ToolboxPages.notFound(e);
    }
  }

  private ToolboxSummary.View view() {
    if (view == null) {
      view = summary.view(ToolboxPages.locale());
    }
    return view;
  }

  public List<ToolboxSummary.Move> getMoves() {
    return view().moves();
  }

  public List<String> getAdvice() {
    return view().advice();
  }

  public Situation[] getSituations() {
    return Situation.values();
  }

  /** Swaps the move with the one above ({@code offset} -1) or below (+1). */
  public String move(String exerciseId, int offset) {
    List<ToolboxSummary.Move> moves = getMoves();
    List<String> order =
        new ArrayList<>(moves.stream().map(ToolboxSummary.Move::exerciseId).toList());
    int from = order.indexOf(exerciseId);
    int to = from + offset;
    if (from < 0 || to < 0 || to >= order.size()) {
      return null;
    }
    order.set(from, order.get(to));
    order.set(to, exerciseId);
    Map<String, Integer> versions = new HashMap<>();
    for (ToolboxSummary.Move m : moves) {
      versions.put(m.exerciseId(), version(m.exerciseId(), m.version()));
    }
    return attempt(() -> toolbox.reorder(order, versions));
  }

  public String remove(String exerciseId) {
    return attempt(() -> toolbox.remove(exerciseId));
  }

  /** Saves the note and situations posted for {@code exerciseId}. */
  public String describe(String exerciseId) {
    Map<String, String[]> params =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterValuesMap();
    String note = first(params.get("note-" + exerciseId));
    Set<Situation> situations = EnumSet.noneOf(Situation.class);
    String[] chosen = params.get("situations-" + exerciseId);
    if (chosen != null) {
      for (String key : chosen) {
        Situation.byKey(key).ifPresent(situations::add);
      }
    }
    Integer version = version(exerciseId, null);
    return attempt(() -> toolbox.describe(exerciseId, note, situations, version));
  }

  /** The version the page showed, posted back with the form. */
  private static Integer version(String exerciseId, Integer fallback) {
    String posted =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .get("version-" + exerciseId);
    try {
      return posted == null ? fallback : Integer.valueOf(posted);
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  private String attempt(Runnable change) {
    try {
      change.run();
      // Back to the list still in edit mode: the member is arranging their toolbox.
      return "/toolbox/mine.xhtml?faces-redirect=true&edit=true";
    } catch (DomainException e) {
      PageErrors.show(e);
      view = null;
      return null;
    }
  }

  private static String first(String[] values) {
    return values == null || values.length == 0 ? null : values[0];
  }

  /** Whether the list shows each move's note, situations and order buttons. */
  public boolean isEdit() {
    return edit;
  }

  public void setEdit(boolean edit) {
    this.edit = edit;
  }

  public boolean chose(ToolboxSummary.Move move, Situation situation) {
    return move.situations().contains(situation.key());
  }
}
