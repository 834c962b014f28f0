package io.jdbcguard.mcp;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code execute}: one statement through the guard, in auto-commit mode; the update count. */
final class ExecuteTool implements GuardTool {

  private final GuardedDatabase db;

  ExecuteTool(GuardedDatabase db) {
    this.db = db;
  }

  @Override
  public String name() {
    return "execute";
  }

  @Override
  public String description() {
    return "Run one SQL statement that changes data or schema (INSERT, UPDATE, DELETE, MERGE,"
        + " CREATE, ALTER, ...) through jdbc-guard and get its update count. It is committed at"
        + " once (auto-commit). The guard refuses destructive statements (DROP, TRUNCATE, DELETE or"
        + " UPDATE without a real WHERE, = NULL, privilege changes, ...) and UPDATE/DELETE/MERGE"
        + " that would change more rows than its row limit; the error names the rule as [rule-id],"
        + " says why and how to write it safely, so rewrite the statement and try again. Rehearse"
        + " big writes with dry_run first. If a refusal carries an approval id (apr-...), only a"
        + " human can allow it: call request_approval and show the human the command.";
  }

  @Override
  public Map<String, Object> inputSchema() {
    return GuardTool.object(Map.of("sql", GuardTool.sqlProperty()), List.of("sql"));
  }

  @Override
  public boolean readOnly() {
    return false;
  }

  @Override
  public Object call(Args args) throws ToolFailure, SQLException {
    String sql = args.sql();
    Connection c = db.main();
    try (Statement s = c.createStatement()) {
      s.setQueryTimeout(db.options().timeoutSeconds());
      boolean rows = s.execute(sql);
      Map<String, Object> out = new LinkedHashMap<>();
      if (rows) {
        try (ResultSet rs = s.getResultSet()) {
          out.put("result", Rows.read(rs, db.options().maxRows()));
        }
      } else {
        out.put("updateCount", s.getUpdateCount());
      }
      boolean sandbox = "sandbox".equalsIgnoreCase(db.options().guardSettings().get("guard.mode"));
      out.put("committed", c.getAutoCommit() && !sandbox);
      if (sandbox) {
        out.put("kept", false);
        out.put("note", "Sandbox mode: the statement ran and was rolled back; nothing was kept.");
      }
      return out;
    }
  }
}
