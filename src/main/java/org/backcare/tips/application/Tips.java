package org.backcare.tips.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.backcare.content.application.ContentCatalogue;
import org.backcare.identity.application.CurrentMember;
import org.backcare.platform.domain.DomainException;
import org.backcare.tenant.application.CurrentTenant;
import org.backcare.tenant.domain.Module;
import org.backcare.tips.domain.Tip;
import org.backcare.tips.domain.TipCatalogue;
import org.backcare.tips.domain.TipContext;
import org.backcare.tips.domain.TipOfTheDay;
import org.backcare.tips.domain.TipOverlay;

/**
 * The tips the current employer's members see: the shipped catalogue (validated when the
 * application starts, which fails on a bad file) with the employer's overlay applied, cached per
 * tenant and rebuilt when its overlay keys change.
 */
@ApplicationScoped
public class Tips {

  private static final Logger LOG = Logger.getLogger(Tips.class.getName());

  private final ContentCatalogue<TipCatalogue, TipCatalogue> content =
      new ContentCatalogue<>(
          "tips",
          () -> ShippedTips.load("content/tips.json"),
          c -> c.all().size(),
          Module.TIPS,
          "tips-off",
          "tips.",
          Tips::overlay);

  @Inject CurrentTenant currentTenant;
  @Inject CurrentMember currentMember;

  void onStart(@Observes Startup startup) {
    content.shipped();
  }

  /**
   * The current employer's tips.
   *
   * @throws DomainException NOT_FOUND when the employer has the tips module switched off
   */
  public TipCatalogue catalogue() {
    return content.of(currentTenant.require());
  }

  private static TipCatalogue overlay(
      TipCatalogue shipped, Map<String, String> overlay, List<String> locales) {
    TipOverlay.Result result = TipOverlay.apply(shipped, overlay, locales);
    result.problems().forEach(p -> LOG.warning("Tip overlay: " + p));
    return result.catalogue();
  }

  /**
   * The employer's tips matching {@code query} in {@code language}, of {@code context} if one is
   * given: what the tips page and the API list.
   */
  public List<Tip> find(Optional<TipContext> context, String query, String language) {
    List<Tip> found = catalogue().search(query, language);
    return context.map(c -> found.stream().filter(t -> t.context() == c).toList()).orElse(found);
  }

  /**
   * One tip.
   *
   * @throws DomainException NOT_FOUND if the employer's catalogue has no such tip
   */
  public Tip tip(String id) {
    return catalogue()
        .find(id)
        .orElseThrow(() -> DomainException.notFound("tip-not-found", "tip-not-found", id));
  }

  /** The context named {@code key}, or a 400 problem naming the known contexts. */
  public static Optional<TipContext> context(String key) {
    if (key == null || key.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(
        TipContext.byKey(key)
            .orElseThrow(() -> DomainException.invalid("unknown-context", "unknown-context", key)));
  }

  /** Today's tip for the signed-in member (or, for anonymous demo visitors, for everyone). */
  public Optional<Tip> today() {
    String seed =
        currentTenant.require().id().value()
            + "/"
            + currentMember.get().map(m -> String.valueOf(m.memberId())).orElse("anyone");
    return TipOfTheDay.pick(catalogue().all(), seed, LocalDate.now(ZoneOffset.UTC));
  }
}
