package io.jdbcguard.mcp;

import io.jdbcguard.rules.Dialect;
import io.jdbcguard.rules.sql.SqlLexer;
import io.jdbcguard.rules.sql.Token;
import io.jdbcguard.rules.sql.TokenType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** {@code explain}: the database's plan for one statement, from a plain EXPLAIN (nothing runs). */
final class ExplainTool implements GuardTool {

  private static final Set<String> NOT_A_STATEMENT =
      Set.of("EXPLAIN", "ANALYZE", "ANALYSE", "DESCRIBE", "DESC", "FORMAT", "(");

  private final GuardedDatabase db;

  ExplainTool(GuardedDatabase db) {
    this.db = db;
  }

  @Override
  public String name() {
    return "explain";
  }

  @Override
  public String description() {
    return "Show the database's execution plan for one SQL statement without running it (a plain"
        + " EXPLAIN through jdbc-guard): which indexes it uses and how many rows the planner"
        + " expects. Give the statement itself, not 'EXPLAIN ...'; EXPLAIN ANALYZE is not offered"
        + " because it would execute the statement.";
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
    Dialect family = db.family();
    String first = firstWord(sql, family);
    if (NOT_A_STATEMENT.contains(first)) {
      throw new ToolFailure(
          "Give explain the statement itself (SELECT ..., UPDATE ..., DELETE ...); it adds a plain"
              + " EXPLAIN. Options such as ANALYZE are not accepted (" + first + "): ANALYZE would run"
              + " the statement.");
    }
    try (Statement s = db.main().createStatement()) {
      s.setQueryTimeout(db.options().timeoutSeconds());
      try (ResultSet rs = s.executeQuery("EXPLAIN " + sql)) {
        return Map.of("plan", planOf(rs, family));
      }
    }
  }

  /** PostgreSQL's plan as text lines joined; MySQL/MariaDB's plan rows as JSON. */
  static Object planOf(ResultSet rs, Dialect family) throws SQLException {
    if (family == Dialect.POSTGRES) {
      return String.join("\n", DryRunTool.lines(rs));
    }
    return Rows.read(rs, 100).get("rows");
  }

  private static String firstWord(String sql, Dialect family) {
    for (Token t : SqlLexer.tokenize(sql, family)) {
      if (t.type() == TokenType.COMMENT) {
        continue;
      }
      return t.type() == TokenType.WORD
          ? t.text(sql).toUpperCase(Locale.ROOT)
          : t.type() == TokenType.LEFT_PAREN ? "(" : "";
    }
    return "";
  }
}
