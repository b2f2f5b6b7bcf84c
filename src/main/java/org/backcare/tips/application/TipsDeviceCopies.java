package org.backcare.tips.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.backcare.platform.domain.DeviceCopies;
import org.backcare.tenant.application.CurrentTenant;
import org.backcare.tenant.domain.Module;

/**
 * Tips offline: the tips page, the self-check (whose warning signs show their care card even
 * without a network) and today's tip.
 */
@ApplicationScoped
public class TipsDeviceCopies implements DeviceCopies {

  @Inject CurrentTenant currentTenant;
  @Inject Tips tips;

  @Override
  public List<String> pages() {
    if (!currentTenant.require().offers(Module.TIPS)) {
      return List.of();
    }
    List<String> pages = new ArrayList<>(List.of("tips/index.xhtml", "tips/self-check.xhtml"));
    tips.today().ifPresent(tip -> pages.add("tips/tip.xhtml?id=" + tip.id()));
    return pages;
  }
}
