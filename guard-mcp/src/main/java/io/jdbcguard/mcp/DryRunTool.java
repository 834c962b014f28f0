package io.jdbcguard.mcp;

import io.jdbcguard.driver.jdbc.GuardedConnection;
import io.jdbcguard.rules.Dialect;
import io.jdbcguard.rules.Verdict;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code dry_run}: the write runs on a guarded connection in sandbox mode (inside the guard's
 * savepoint or transaction, rolled back at once), so the answer is the statement's real update
 * count and nothing is kept. The plan comes from a plain EXPLAIN where the database has one.
 *
 * <p>What the driver measures today is the statement's own update count; rows changed in other
 * tables (foreign-key cascades, triggers) are not counted per table yet, so {@code perTable} is
 * null and the answer says so.
 */
final class DryRunTool implements GuardTool {

  private final GuardedDatabase db;

  DryRunTool(GuardedDatabase db) {
    this.db = db;
  }

  @Override
  public String name() {
    return "dry_run";
  }

  @Override
  public String description() {
    return "Rehearse one write without keeping it: jdbc-guard runs it inside a transaction or"
        + " savepoint, counts what it changed and rolls it back. Returns rowsAffected (the"
        + " statement's update count), plan (the database's EXPLAIN, where it has one), rowLimit"
        + " (whether execute would be refused for changing too many rows) and kept=false."
        + " Per-table counts (rows changed through cascades or triggers) are not measured yet:"
        + " perTable is null. The guard's rules apply as in execute (a refused statement comes"
        + " back as an error). DDL on MySQL/MariaDB cannot be rolled back and is refused here.";
  }

  @Override
  public Map<String, Object> inputSchema() {
    return GuardTool.object(Map.of("sql", GuardTool.sqlProperty()), List.of("sql"));
  }

  @Override
  public boolean readOnly() {
    return true;
  }

  @Override
  public Object call(Args args) throws ToolFailure, SQLException {
    String sql = args.sql();
    Connection c = db.dryRun();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("sql", sql);
    Long rows = null;
    try (Statement s = c.createStatement()) {
      s.setQueryTimeout(db.options().timeoutSeconds());
      boolean result = s.execute(sql);
      if (result) {
        try (ResultSet rs = s.getResultSet()) {
          out.put("result", Rows.read(rs, db.options().maxRows()));
        }
      } else {
        rows = (long) s.getUpdateCount();
      }
    }
    out.put("rowsAffected", rows);
    out.put("perTable", null);
    out.put(
        "perTableNote",
        "Not measured by this version of the guard: rowsAffected is the statement's own update"
            + " count; rows changed in other tables by cascades or triggers are not included.");
    out.put("plan", plan(c, sql));
    out.put("rowLimit", rowLimit(rows));
    out.put("kept", false);
    out.put(
        "undo",
        "Run in the guard's sandbox mode: inside a savepoint or a transaction the guard opened,"
            + " rolled back right after it ran. Nothing was kept.");
    return out;
  }

  private Map<String, Object> rowLimit(Long rows) {
    long limit = db.options().rowLimit();
    String action = db.options().guardSettings().getOrDefault("guard.rule.row-limit", "block");
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("limit", limit == 0 ? null : limit);
    boolean over = rows != null && limit > 0 && rows > limit;
    out.put("executeWouldBeRefused", over && action.equalsIgnoreCase("block"));
    if (over) {
      out.put(
          "advice",
          "execute would change " + rows + " rows, more than guard.maxAffectedRows (" + limit
              + "): narrow the WHERE or change the rows in chunks of at most " + limit + ".");
    }
    return out;
  }

  private Object plan(Connection c, String sql) throws SQLException {
    Dialect family = db.family();
    Verdict verdict = c.unwrap(GuardedConnection.class).gate().engine().check(sql);
    boolean dataChange = verdict.kinds().size() == 1 && verdict.kinds().get(0).isDataChange();
    if (!dataChange || family == Dialect.GENERIC) {
      return null;
    }
    try (Statement s = c.createStatement()) {
      s.setQueryTimeout(db.options().timeoutSeconds());
      try (ResultSet rs = s.executeQuery("EXPLAIN " + sql)) {
        return ExplainTool.planOf(rs, family);
      }
    } catch (SQLException e) {
      return "unavailable (SQLState " + e.getSQLState() + ")";
    }
  }

  static List<String> lines(ResultSet rs) throws SQLException {
    List<String> lines = new ArrayList<>();
    while (rs.next()) {
      lines.add(rs.getString(1));
    }
    return lines;
  }
}
