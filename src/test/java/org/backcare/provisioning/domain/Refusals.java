package org.backcare.provisioning.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.function.Executable;

/** Asserts that a call is refused with the SCIM error a directory would be answered with. */
final class Refusals {

  private Refusals() {}

  /** Asserts a 400 with {@code scimType}, returning the exception to check its detail. */
  static ScimException assertRefused(String scimType, Executable call, String message) {
    ScimException e = assertThrows(ScimException.class, call, message);
    assertEquals(Optional.of(scimType), e.scimType(), message + " (scimType)");
    assertEquals(400, e.status(), message + " (status)");
    return e;
  }
}
