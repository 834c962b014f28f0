package io.jdbcguard.driver.jdbc.strategy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The run-time whole-table check: a measured UPDATE or DELETE that changed every row of its table,
 * when the table held more than {@code guard.minRowsForWholeTable} rows, is a missing WHERE however
 * the WHERE was spelled ({@code id = id + 0}, {@code grp < 100} when every grp is below 100).
 *
 * <p>It never counts the table. It looks only when the statement itself changed more than the
 * threshold, and then asks one bounded question inside the undo boundary, after the write: for a
 * DELETE whether any row is left ({@code LIMIT 1}); for an UPDATE whether the table holds more rows
 * than it changed ({@code count(*)} over at most changed + 1 rows, which the row limit keeps to at
 * most {@code guard.maxAffectedRows + 1}). Writes that pin a key skip it as they skip measuring.
 */
final class WholeTable {

  /**
   * The static rules that flag a whole-table write from its text: when one of them flagged the
   * statement and it still runs, a human set that rule to warn, dry-run or allow, and the run-time
   * check does not overrule that decision.
   */
  private static final java.util.Set<String> STATIC_RULES =
      java.util.Set.of(
          "delete-without-where", "update-without-where", "where-always-true", "where-matches-all");

  private WholeTable() {}

  /**
   * The rows of the table the entry changed if it changed all of them (and more than the
   * threshold), else 0.
   */
  static long changedAll(Session session, Bracket bracket, Entry entry, RowCount rows)
      throws SQLException {
    long threshold = session.policy.minRowsForWholeTable();
    WriteText text = entry.text();
    if (threshold <= 0
        || text.table() == null
        || !(text.kind() == WriteText.Kind.UPDATE || text.kind() == WriteText.Kind.DELETE)
        || rows.unknown() != null
        || rows.counts().length != 1) {
      return 0;
    }
    for (io.jdbcguard.rules.Finding finding : entry.verdict().findings()) {
      if (STATIC_RULES.contains(finding.ruleId())) {
        return 0;
      }
    }
    long changed = rows.counts()[0];
    if (changed <= threshold) {
      return 0;
    }
    String table = name(text);
    String question =
        text.kind() == WriteText.Kind.DELETE
            ? "SELECT count(*) FROM (SELECT 1 FROM " + table + " LIMIT 1) guard_rows"
            : "SELECT count(*) FROM (SELECT 1 FROM "
                + table
                + " LIMIT "
                + (changed + 1)
                + ") guard_rows";
    long left;
    try (Statement statement = session.raw.createStatement();
        ResultSet result = statement.executeQuery(question)) {
      result.next();
      left = result.getLong(1);
    } catch (SQLException | RuntimeException e) {
      bracket.undo(e);
      throw e;
    }
    boolean all = text.kind() == WriteText.Kind.DELETE ? left == 0 : left == changed;
    return all ? changed : 0;
  }

  /** The table as the statement wrote it. */
  static String name(WriteText text) {
    return text.schema() == null ? text.table() : text.schema() + "." + text.table();
  }
}
