package org.backcare.content.application;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.backcare.platform.domain.DomainException;
import org.backcare.tenant.domain.Module;
import org.backcare.tenant.domain.Tenant;

/**
 * One kind of shipped content as every employer sees it: the shipped catalogue, loaded once and
 * validated (a bad file stops start-up), then per employer with their overlay keys applied and
 * cached until those keys change, and a 404 where the employer switched the module off. Tips,
 * exercises and programmes are three of these.
 *
 * @param <S> the shipped catalogue
 * @param <R> what an employer's overlay makes of it
 */
public final class ContentCatalogue<S, R> {

  /** How an employer's overlay applies to the shipped catalogue. */
  @FunctionalInterface
  public interface Overlay<S, R> {
    R apply(S shipped, Map<String, String> keys, List<String> locales);
  }

  private final String what;
  private final Supplier<S> load;
  private final Module module;
  private final String offDetail;
  private final PerTenant<R> perTenant;
  private final Function<S, Integer> size;
  private volatile S shipped;

  /**
   * @param what what the content is, for the log (e.g. {@code tips})
   * @param load reads and validates the shipped file
   * @param size how many items the shipped catalogue holds, for the log
   * @param module the module that offers it
   * @param offDetail the message key (under {@code problem.}) of the 404 when the module is off
   * @param overlayPrefix the tenant keys of its overlay, e.g. {@code tips.}
   * @param overlay applies those keys (prefix removed)
   */
  public ContentCatalogue(
      String what,
      Supplier<S> load,
      Function<S, Integer> size,
      Module module,
      String offDetail,
      String overlayPrefix,
      Overlay<S, R> overlay) {
    this.what = what;
    this.load = load;
    this.size = size;
    this.module = module;
    this.offDetail = offDetail;
    this.perTenant =
        new PerTenant<>(overlayPrefix, (keys, locales) -> overlay.apply(shipped(), keys, locales));
  }

  /** The shipped catalogue, as every employer starts from it. */
  public S shipped() {
    S loaded = shipped;
    if (loaded == null) {
      loaded = load.get();
      shipped = loaded;
      S logged = loaded;
      Logger.getLogger(ContentCatalogue.class.getName())
          .info(() -> "Loaded " + size.apply(logged) + " shipped " + what);
    }
    return loaded;
  }

  /**
   * The employer's catalogue.
   *
   * @throws DomainException NOT_FOUND when the employer has the module switched off
   */
  public R of(Tenant tenant) {
    if (!tenant.offers(module)) {
      throw DomainException.notFound("not-found", offDetail);
    }
    return perTenant.get(tenant);
  }

  /** Whether the employer offers this content at all. */
  public boolean offeredBy(Tenant tenant) {
    return tenant.offers(module);
  }
}
