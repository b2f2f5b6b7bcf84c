package org.backcare.signon.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import org.backcare.signon.domain.VerifiedToken;
import org.backcare.tenant.application.TenantRegistry;

/** The {@link TokenVerifier} over the live tenant registry. */
@ApplicationScoped
public class PortalTokens {

  @Inject TenantRegistry tenants;
  @Inject Clock clock;

  private TokenVerifier verifier;

  @PostConstruct
  void start() {
    verifier =
        new TokenVerifier(
            tenants::byIssuer, tenants::isDisabledIssuer, clock, TokenVerifier.Limits.DEFAULT);
  }

  public VerifiedToken verify(String compact, TokenVerifier.Use use) {
    return verifier.verify(compact, use);
  }
}
