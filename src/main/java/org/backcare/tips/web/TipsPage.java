package org.backcare.tips.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.backcare.identity.application.CurrentMember;
import org.backcare.platform.domain.DomainException;
import org.backcare.platform.web.PageErrors;
import org.backcare.tips.application.SavedTips;
import org.backcare.tips.application.Tips;
import org.backcare.tips.domain.SavedTip;
import org.backcare.tips.domain.Tip;
import org.backcare.tips.domain.TipContext;
import org.backcare.tips.domain.TipText;

/** The tips page: browse by context, search, today's tip and the member's kept tips. */
@Named
@RequestScoped
public class TipsPage {

  @Inject Tips tips;
  @Inject SavedTips savedTips;
  @Inject CurrentMember currentMember;

  private String context;
  private String query;
  private String badContext;

  /** Answers 404 when the employer has no tips module (view action). */
  public void open() throws IOException {
    try {
      tips.catalogue();
    } catch (DomainException e) {
      PageErrors.notFound(e);
      return;
    }
    if (context != null && !context.isBlank() && TipContext.byKey(context).isEmpty()) {
      badContext = context;
      context = null;
    }
  }

  public String getLocale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage();
  }

  public List<TipContext> getContexts() {
    Set<TipContext> present =
        tips.catalogue().all().stream().map(Tip::context).collect(Collectors.toSet());
    return Arrays.stream(TipContext.values()).filter(present::contains).toList();
  }

  /** The tips to list: the chosen context's, or those matching the search, or all. */
  public List<Tip> getTips() {
    return tips.find(Optional.ofNullable(context).flatMap(TipContext::byKey), query, getLocale());
  }

  /** How many tips of each topic the overview shows before "all N". */
  public static final int PER_TOPIC = 3;

  /** A topic on the overview: its first tips and how many it has in all. */
  public record Topic(TipContext context, List<Tip> first, int count) {}

  /**
   * The overview when nothing is chosen: each topic with its first few tips and a link to the rest,
   * instead of every tip on one endless page.
   */
  public List<Topic> getTopics() {
    Map<TipContext, List<Tip>> byContext =
        getTips().stream()
            .collect(
                Collectors.groupingBy(
                    Tip::context, () -> new EnumMap<>(TipContext.class), Collectors.toList()));
    return byContext.entrySet().stream()
        .map(
            e ->
                new Topic(
                    e.getKey(),
                    e.getValue().subList(0, Math.min(PER_TOPIC, e.getValue().size())),
                    e.getValue().size()))
        .toList();
  }

  public TipText text(Tip tip) {
    return tip.in(getLocale());
  }

  public Tip getToday() {
    return tips.today().orElse(null);
  }

  public boolean isMember() {
    return currentMember.get().map(m -> m.memberId() != null).orElse(false);
  }

  /** The member's kept tips that are still in the catalogue, newest first. */
  public List<Tip> getKept() {
    if (!isMember()) {
      return List.of();
    }
    return savedTips.mine().stream()
        .map(SavedTip::tipId)
        .map(id -> tips.catalogue().find(id))
        .flatMap(Optional::stream)
        .toList();
  }

  public boolean isSearching() {
    return (query != null && !query.isBlank()) || (context != null && !context.isBlank());
  }

  public String getBadContext() {
    return badContext;
  }

  public String getContext() {
    return context;
  }

  public void setContext(String context) {
    this.context = context;
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }
}
