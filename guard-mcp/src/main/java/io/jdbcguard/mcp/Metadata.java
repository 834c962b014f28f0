package io.jdbcguard.mcp;

import io.jdbcguard.rules.Dialect;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;

/**
 * Where a schema argument goes in JDBC metadata calls: the schema on PostgreSQL, the catalog on
 * MySQL/MariaDB (where a database is what the others call a schema).
 *
 * @param catalog the catalog argument
 * @param schema the schema argument
 */
record Metadata(String catalog, String schema) {

  static Metadata of(Connection c, Dialect family, String requested) throws SQLException {
    if (family == Dialect.MYSQL) {
      return new Metadata(requested != null ? requested : c.getCatalog(), null);
    }
    return new Metadata(c.getCatalog(), requested != null ? requested : c.getSchema());
  }

  /** The schema name as the answer shows it. */
  String shown() {
    return schema != null ? schema : catalog;
  }

  /**
   * The table's name as stored, trying it as given, then lower and upper case (unquoted names
   * fold on most databases); null if there is no such table.
   */
  String resolveTable(DatabaseMetaData meta, String table) throws SQLException {
    for (String candidate :
        new String[] {table, table.toLowerCase(Locale.ROOT), table.toUpperCase(Locale.ROOT)}) {
      try (ResultSet rs = meta.getTables(catalog, schema, escape(meta, candidate), null)) {
        while (rs.next()) {
          if (rs.getString("TABLE_NAME").equals(candidate)) {
            return candidate;
          }
        }
      }
    }
    return null;
  }

  /** A name as a metadata pattern that matches only itself. */
  static String escape(DatabaseMetaData meta, String name) throws SQLException {
    String e = meta.getSearchStringEscape();
    if (e == null || e.isEmpty()) {
      return name;
    }
    return name.replace(e, e + e).replace("_", e + "_").replace("%", e + "%");
  }
}
