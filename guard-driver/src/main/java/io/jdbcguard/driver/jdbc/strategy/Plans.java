package io.jdbcguard.driver.jdbc.strategy;

import io.jdbcguard.rules.Dialect;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The plan of a dry-run statement, from a plain {@code EXPLAIN} (which does not execute it), cut to
 * the plan nodes and their estimated rows: no filter or condition lines, so no literal from the SQL
 * reaches a message or the audit log.
 */
final class Plans {

  private static final int MAX_NODES = 6;

  private Plans() {}

  /** True where the database has a cheap EXPLAIN for data changes. */
  static boolean available(Dialect dialect) {
    return dialect == Dialect.POSTGRES || dialect == Dialect.MYSQL;
  }

  static String explain(Connection raw, Dialect dialect, String sql) throws SQLException {
    try (Statement statement = raw.createStatement();
        ResultSet rows = statement.executeQuery("EXPLAIN " + sql)) {
      return dialect == Dialect.POSTGRES ? postgres(rows) : mysql(rows);
    }
  }

  /** {@code Update on t (rows=0) / Seq Scan on t (rows=2550)}. */
  private static String postgres(ResultSet rows) throws SQLException {
    List<String> nodes = new ArrayList<>();
    while (rows.next()) {
      String line = rows.getString(1).trim();
      boolean node = nodes.isEmpty() || line.startsWith("->");
      if (!node) {
        continue;
      }
      if (line.startsWith("->")) {
        line = line.substring(2).trim();
      }
      int cost = line.indexOf("  (cost=");
      String name = cost < 0 ? line : line.substring(0, cost);
      int at = line.indexOf(" rows=", Math.max(cost, 0));
      String estimate = "";
      if (at >= 0) {
        int end = at + " rows=".length();
        while (end < line.length() && Character.isDigit(line.charAt(end))) {
          end++;
        }
        estimate = " (" + line.substring(at + 1, end) + ")";
      }
      nodes.add(name + estimate);
    }
    return join(nodes);
  }

  /** {@code SIMPLE t type=ALL rows=2550 Using where} (NULL columns left out). */
  private static String mysql(ResultSet rows) throws SQLException {
    ResultSetMetaData meta = rows.getMetaData();
    List<String> nodes = new ArrayList<>();
    while (rows.next()) {
      StringBuilder node = new StringBuilder();
      for (int i = 1; i <= meta.getColumnCount(); i++) {
        String column = meta.getColumnLabel(i).toLowerCase(Locale.ROOT);
        String value = rows.getString(i);
        if (value == null || value.isEmpty() || value.equalsIgnoreCase("null")) {
          continue;
        }
        switch (column) {
          case "select_type":
          case "table":
            node.append(value).append(' ');
            break;
          case "type":
          case "key":
          case "rows":
            node.append(column).append('=').append(value).append(' ');
            break;
          case "extra":
            node.append(value).append(' ');
            break;
          default:
            break;
        }
      }
      nodes.add(node.toString().trim());
    }
    return join(nodes);
  }

  private static String join(List<String> nodes) {
    if (nodes.size() > MAX_NODES) {
      List<String> cut = new ArrayList<>(nodes.subList(0, MAX_NODES));
      cut.add("...");
      nodes = cut;
    }
    return String.join(" / ", nodes);
  }
}
