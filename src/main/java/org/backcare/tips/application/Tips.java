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
import org.backcare.content.application.PerTenant;
import org.backcare.identity.application.CurrentMember;
import org.backcare.platform.domain.DomainException;
import org.backcare.tenant.application.CurrentTenant;
import org.backcare.tenant.domain.Module;
import org.backcare.tenant.domain.Tenant;
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

  @Inject CurrentTenant currentTenant;
  @Inject CurrentMember currentMember;

  private volatile TipCatalogue shipped;
  private final PerTenant<TipCatalogue> perTenant = new PerTenant<>("tips.", this::build);

  void onStart(@Observes Startup startup) {
    shipped();
  }

  private TipCatalogue shipped() {
    TipCatalogue loaded = shipped;
    if (loaded == null) {
      loaded = ShippedTips.load("content/tips.json");
      shipped = loaded;
      LOG.info(() -> "Loaded " + shipped.all().size() + " shipped tips");
    }
    return loaded;
  }

  /**
   * The current employer's tips.
   *
   * @throws DomainException NOT_FOUND when the employer has the tips module switched off
   */
  public TipCatalogue catalogue() {
    Tenant tenant = currentTenant.require();
    if (!tenant.offers(Module.TIPS)) {
      throw new DomainException(
          DomainException.Kind.NOT_FOUND,
          "not-found",
          "Not found",
          "Tips are not part of your employer's backcare.");
    }
    return perTenant.get(tenant);
  }

  private TipCatalogue build(Map<String, String> overlay, List<String> locales) {
    TipOverlay.Result result = TipOverlay.apply(shipped(), overlay, locales);
    result.problems().forEach(p -> LOG.warning("Tip overlay: " + p));
    return result.catalogue();
  }

  /**
   * One tip.
   *
   * @throws DomainException NOT_FOUND if the employer's catalogue has no such tip
   */
  public Tip tip(String id) {
    return catalogue()
        .find(id)
        .orElseThrow(
            () ->
                new DomainException(
                    DomainException.Kind.NOT_FOUND,
                    "tip-not-found",
                    "Tip not found",
                    "There is no tip '" + id + "'."));
  }

  /** The context named {@code key}, or a 400 problem naming the known contexts. */
  public static Optional<TipContext> context(String key) {
    if (key == null || key.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(
        TipContext.byKey(key)
            .orElseThrow(
                () ->
                    new DomainException(
                        DomainException.Kind.INVALID,
                        "unknown-context",
                        "Unknown context",
                        "context must be one of walking, footwear, desk, sleep, lifting,"
                            + " hydration, heat-cold, rest, professional")));
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
