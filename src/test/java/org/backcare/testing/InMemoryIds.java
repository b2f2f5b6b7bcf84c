package org.backcare.testing;

import java.lang.reflect.Field;

/**
 * Gives an entity kept by an in-memory adapter the id the database's sequence would have: the
 * services read ids back (a kept report's id names its FHIR resource), so a test without a database
 * must not hand them nulls.
 */
public final class InMemoryIds {

  private long next = 1;

  /** Sets {@code entity}'s {@code id} field to the next number when it has none yet. */
  public <T> T identified(T entity) {
    try {
      Field id = entity.getClass().getDeclaredField("id");
      id.setAccessible(true);
      if (id.get(entity) == null) {
        id.set(entity, next++);
      }
      return entity;
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}
