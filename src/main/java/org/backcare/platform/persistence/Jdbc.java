package org.backcare.platform.persistence;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * Binding values to plain JDBC statements the one way that works on H2 and PostgreSQL alike: an
 * {@link Instant} goes in as a {@link Timestamp}, which both drivers store in a {@code TIMESTAMP
 * WITH TIME ZONE} column as the same instant; anything else as itself.
 */
public final class Jdbc {

  private Jdbc() {}

  /** Binds {@code values} to the parameters of {@code statement} from {@code first} on. */
  public static void bind(PreparedStatement statement, int first, List<?> values)
      throws SQLException {
    for (int i = 0; i < values.size(); i++) {
      Object value = values.get(i);
      statement.setObject(first + i, value instanceof Instant at ? Timestamp.from(at) : value);
    }
  }
}
