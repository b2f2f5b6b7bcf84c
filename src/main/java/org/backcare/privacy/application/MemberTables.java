package org.backcare.privacy.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;

/**
 * Which tables hold a member's rows, read from the database itself: every table with a {@code
 * member_id} column ({@code members} itself aside). Export and deletion work from this list rather
 * than one written by hand, so a table added by a later migration is exported and deleted without
 * anyone remembering to. Ordered so that a table comes before the tables it references, which lets
 * each deletion count its own rows instead of leaving them to a cascade.
 */
@ApplicationScoped
public class MemberTables {

  @Resource(lookup = "jdbc/backcare")
  DataSource dataSource;

  private volatile List<String> tables;

  /** The tables holding member rows other than {@code members}, referencing tables first. */
  public List<String> withMemberRows() {
    List<String> known = tables;
    if (known == null) {
      known = discover();
      tables = known;
    }
    return known;
  }

  private List<String> discover() {
    try (Connection connection = dataSource.getConnection()) {
      DatabaseMetaData metadata = connection.getMetaData();
      String schema = connection.getSchema();
      Set<String> found = new TreeSet<>();
      try (ResultSet columns = metadata.getColumns(null, schema, "%", "%")) {
        while (columns.next()) {
          if (columns.getString("COLUMN_NAME").equalsIgnoreCase("member_id")) {
            found.add(columns.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
          }
        }
      }
      Map<String, Set<String>> referencedBy = new HashMap<>();
      for (String table : found) {
        referencedBy.put(table, new HashSet<>());
      }
      for (String table : found) {
        try (ResultSet keys = metadata.getImportedKeys(null, schema, storedName(metadata, table))) {
          while (keys.next()) {
            String target = keys.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
            if (found.contains(target) && !target.equals(table)) {
              referencedBy.get(target).add(table);
            }
          }
        }
      }
      return referencingFirst(referencedBy);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read which tables hold member data", e);
    }
  }

  private static String storedName(DatabaseMetaData metadata, String table) throws SQLException {
    return metadata.storesUpperCaseIdentifiers() ? table.toUpperCase(Locale.ROOT) : table;
  }

  /** Orders tables so that every table comes before each table it references. */
  static List<String> referencingFirst(Map<String, Set<String>> referencedBy) {
    List<String> ordered = new ArrayList<>();
    Set<String> remaining = new TreeSet<>(referencedBy.keySet());
    while (!remaining.isEmpty()) {
      String next =
          remaining.stream()
              .filter(t -> ordered.containsAll(referencedBy.get(t)))
              .findFirst()
              .orElse(remaining.iterator().next());
      ordered.add(next);
      remaining.remove(next);
    }
    return List.copyOf(ordered);
  }
}
