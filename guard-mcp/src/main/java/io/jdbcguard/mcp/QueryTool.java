package io.jdbcguard.mcp;

import io.jdbcguard.driver.jdbc.GuardedConnection;
import io.jdbcguard.rules.StatementKind;
import io.jdbcguard.rules.Verdict;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

/** {@code query}: one read through the guard, rows as JSON with a row cap and a truncation flag. */
final class QueryTool implements GuardTool {

  private final GuardedDatabase db;

  QueryTool(GuardedDatabase db) {
    this.db = db;
  }

  @Override
  public String name() {
    return "query";
  }

  @Override
  public String description() {
    return "Run one read-only SQL statement (SELECT, WITH ... SELECT, SHOW, VALUES, EXPLAIN) on the"
        + " database through jdbc-guard and get the rows back as JSON: {columns, rows, rowCount,"
        + " truncated}. At most maxRows rows are returned (default "
        + db.options().maxRows()
        + "); truncated=true means more rows exist, so narrow the query (WHERE, LIMIT, aggregates)"
        + " instead of paging through everything. Writes are refused here: use execute or dry_run."
        + " If the guard refuses the statement, the error names the rule as [rule-id], says why"
        + " and how to write it safely: rewrite the statement and try again.";
  }

  @Override
  public Map<String, Object> inputSchema() {
    return GuardTool.object(
        Map.of(
            "sql", GuardTool.sqlProperty(),
            "maxRows",
                GuardTool.integer(
                    "The most rows to return (1-" + ServerOptions.MAX_ROWS_LIMIT + ").",
                    1,
                    ServerOptions.MAX_ROWS_LIMIT)),
        List.of("sql"));
  }

  @Override
  public boolean readOnly() {
    return true;
  }

  @Override
  public Object call(Args args) throws ToolFailure, SQLException {
    String sql = args.sql();
    int maxRows = args.optionalInt("maxRows", db.options().maxRows(), 1, ServerOptions.MAX_ROWS_LIMIT);
    Connection c = db.main();
    Verdict verdict = c.unwrap(GuardedConnection.class).gate().engine().check(sql);
    if (!verdict.isBlocked() && !onlyReads(verdict)) {
      throw new ToolFailure(
          "query runs only reads (SELECT, SHOW, VALUES, EXPLAIN); this statement is "
              + verdict.kinds().toString().toLowerCase(java.util.Locale.ROOT)
              + ". Use dry_run to rehearse a write, then execute to run it.");
    }
    try (Statement s = c.createStatement()) {
      s.setQueryTimeout(db.options().timeoutSeconds());
      s.setMaxRows(maxRows + 1);
      if (!s.execute(sql)) {
        return Map.of("rows", List.of(), "rowCount", 0, "truncated", false,
            "note", "The statement returned no result set.");
      }
      try (ResultSet rs = s.getResultSet()) {
        return Rows.read(rs, maxRows);
      }
    }
  }

  private static boolean onlyReads(Verdict verdict) {
    for (StatementKind kind : verdict.kinds()) {
      if (kind != StatementKind.QUERY) {
        return false;
      }
    }
    return true;
  }
}
