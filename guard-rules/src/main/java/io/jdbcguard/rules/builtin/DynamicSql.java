package io.jdbcguard.rules.builtin;

import io.jdbcguard.rules.Rule;
import io.jdbcguard.rules.StatementContext;

/**
 * Server-side dynamic SQL: {@code EXECUTE name} / {@code EXECUTE IMMEDIATE}, MySQL's {@code
 * PREPARE name FROM ...}. The text that finally runs is not the text the guard sees. (PostgreSQL's
 * {@code PREPARE name AS <statement>} is checked as the statement it prepares; {@code CALL} and
 * JDBC's {@code {call ...}} are ordinary calls.)
 */
final class DynamicSql implements Rule {

  @Override
  public String id() {
    return "dynamic-sql";
  }

  @Override
  public void check(StatementContext s, Report report) {
    boolean hit =
        Keywords.startsWith(s, "EXECUTE")
            || Keywords.startsWith(s, "EXEC")
            || (Keywords.startsWith(s, "PREPARE") && s.indexOfWord("FROM", 2) == 2);
    if (hit) {
      report.add(
          Keywords.head(s, 6),
          "Dynamic SQL runs statement text that the guard never sees, so any check could be"
              + " bypassed through it.",
          "Send the statement itself (a JDBC PreparedStatement with ? parameters gives the same"
              + " reuse).");
    }
  }
}
