package org.backcare.tenant.application;

import org.backcare.platform.domain.DomainException;

/** Thrown where a request needs an employer but has none (not signed in, or tenant disabled). */
public class NoTenantException extends DomainException {

  private static final long serialVersionUID = 1L;

  public NoTenantException() {
    super(
        Kind.UNAUTHENTICATED,
        "not-signed-in",
        "Not signed in",
        "Open backcare from your employer's portal to sign in.");
  }
}
