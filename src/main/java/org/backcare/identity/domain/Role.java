package org.backcare.identity.domain;

import java.util.Optional;

/** What a token's holder may do: use backcare as a member, or read employer reports. */
public enum Role {
  MEMBER("member"),
  BENEFITS_ADMIN("benefits-admin");

  private final String claim;

  Role(String claim) {
    this.claim = claim;
  }

  /** The value in a token's {@code roles} claim. */
  public String claim() {
    return claim;
  }

  public static Optional<Role> byClaim(String claim) {
    for (Role role : values()) {
      if (role.claim.equals(claim)) {
        return Optional.of(role);
      }
    }
    return Optional.empty();
  }
}
