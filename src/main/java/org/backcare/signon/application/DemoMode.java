package org.backcare.signon.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.backcare.tenant.domain.TenantId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether the "try it" demo sign-in is offered ({@code backcare.demo}, on in the embedded run, off
 * in {@code deploy/}) and which tenant anonymous visitors see ({@code backcare.demo.tenant}).
 */
@ApplicationScoped
public class DemoMode {

  @Inject
  @ConfigProperty(name = "backcare.demo", defaultValue = "false")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "backcare.demo.tenant", defaultValue = "demo")
  String tenant;

  public boolean enabled() {
    return enabled;
  }

  public TenantId tenant() {
    return new TenantId(tenant);
  }
}
