package io.jdbcguard.driver.jdbc.strategy;

import io.jdbcguard.rules.Dialect;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts every row a write changes in any table, from the database's own row statistics of the
 * session, read just before and just after the write, inside the guard's undo boundary:
 *
 * <ul>
 *   <li><b>PostgreSQL</b>: the current transaction's counters ({@code pg_stat_get_xact_tuples_
 *       inserted/updated/deleted}, what {@code pg_stat_xact_user_tables} shows) per table. Exact
 *       for every row the statement inserts, updates or deletes, in the target and in any table its
 *       foreign-key cascades, triggers, rules and called functions write; rows written and then
 *       rolled back to a savepoint inside the statement still count (an upper bound).
 *   <li><b>MySQL, MariaDB</b>: the session's {@code Handler_write}, {@code Handler_update} and
 *       {@code Handler_delete} (internal temporary tables are counted apart, in {@code
 *       Handler_tmp_*}, and are left out). Exact for the statement's own rows and for what its
 *       triggers and called routines write; a {@code REPLACE} or {@code ON DUPLICATE KEY UPDATE}
 *       row that meets a duplicate counts twice (an upper bound). Rows that InnoDB changes through
 *       foreign-key cascades are not counted by the server: writes on tables with such foreign keys
 *       are refused by the row limit instead ({@link #UNCOUNTED_CASCADES}). The counters are totals
 *       of the session, so the refusal names the target table, not a per-table count.
 * </ul>
 */
abstract class Effects {

  static final String UNCOUNTED_CASCADES =
      "MySQL and MariaDB do not report the rows that foreign keys with ON DELETE/ON UPDATE CASCADE"
          + " or SET NULL change";

  /** Rows changed per table (or one total under the name {@code *}). */
  record Snapshot(Map<String, Long> rows) {}

  /** The counter of {@code family}, or null where the guard has none. */
  static Effects of(Dialect family) {
    switch (family) {
      case POSTGRES:
        return new Postgres();
      case MYSQL:
        return new MySql();
      default:
        return null;
    }
  }

  /** Reads the counters. */
  abstract Snapshot read(Connection raw) throws SQLException;

  /** True if per-table counts are known (else one total). */
  abstract boolean perTable();

  /** The change between two snapshots: total and per table (largest first in the text). */
  static Delta delta(Snapshot before, Snapshot after) {
    Map<String, Long> changed = new TreeMap<>();
    long total = 0;
    for (Map.Entry<String, Long> e : after.rows().entrySet()) {
      long d = e.getValue() - before.rows().getOrDefault(e.getKey(), 0L);
      if (d > 0) {
        changed.put(e.getKey(), d);
        total += d;
      }
    }
    return new Delta(total, changed);
  }

  /**
   * @param total every row changed
   * @param tables the rows changed per table ({@code *} for a session total)
   */
  record Delta(long total, Map<String, Long> tables) {

    /** {@code public.child 5000, public.parent 1}, largest first, at most six tables. */
    String describe() {
      StringBuilder sb = new StringBuilder();
      tables.entrySet().stream()
          .sorted((a, b) -> Long.compare(b.getValue(), a.getValue()))
          .limit(6)
          .forEach(
              e -> {
                if (sb.length() > 0) {
                  sb.append(", ");
                }
                sb.append(e.getKey()).append(' ').append(e.getValue());
              });
      if (tables.size() > 6) {
        sb.append(", ...");
      }
      return sb.toString();
    }
  }

  private static final class Postgres extends Effects {

    private static final String QUERY =
        "SELECT t, n FROM (SELECT c.oid::regclass::text t, pg_stat_get_xact_tuples_inserted(c.oid)"
            + " + pg_stat_get_xact_tuples_updated(c.oid) + pg_stat_get_xact_tuples_deleted(c.oid)"
            + " n FROM pg_class c WHERE c.relkind IN ('r', 'm') AND c.relnamespace <>"
            + " 'pg_catalog'::regnamespace AND c.relnamespace <> 'pg_toast'::regnamespace AND"
            + " c.relnamespace <> 'information_schema'::regnamespace) s WHERE n > 0";

    private Statement statement;

    @Override
    Snapshot read(Connection raw) throws SQLException {
      if (statement == null) {
        statement = raw.createStatement(); // closed with the connection
      }
      Map<String, Long> rows = new HashMap<>();
      try (ResultSet rs = statement.executeQuery(QUERY)) {
        while (rs.next()) {
          rows.put(rs.getString(1), rs.getLong(2));
        }
      }
      return new Snapshot(rows);
    }

    @Override
    boolean perTable() {
      return true;
    }
  }

  private static final class MySql extends Effects {

    private static final String QUERY =
        "SELECT VARIABLE_NAME, VARIABLE_VALUE FROM information_schema.SESSION_STATUS WHERE"
            + " VARIABLE_NAME IN ('HANDLER_WRITE', 'HANDLER_UPDATE', 'HANDLER_DELETE')";

    private Statement statement;

    @Override
    Snapshot read(Connection raw) throws SQLException {
      if (statement == null) {
        statement = raw.createStatement(); // closed with the connection
      }
      long total = 0;
      try (ResultSet rs = statement.executeQuery(QUERY)) {
        while (rs.next()) {
          total += Long.parseLong(rs.getString(2).trim());
        }
      }
      return new Snapshot(Map.of("*", total));
    }

    @Override
    boolean perTable() {
      return false;
    }
  }
}
