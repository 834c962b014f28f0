package io.jdbcguard.rules.builtin;

import io.jdbcguard.rules.StatementContext;
import io.jdbcguard.rules.sql.TokenType;
import java.util.Locale;

/**
 * The migration tools' own bookkeeping that the guard lets through: Liquibase empties its lock
 * table on its first run ({@code DELETE FROM databasechangeloglock}, then it inserts the one lock
 * row). That table holds only the lock row, so emptying it loses nothing. Exactly that statement:
 * a plain {@code DELETE FROM [schema.]databasechangeloglock}, any case or quoting, with nothing
 * after the name. Never the history tables ({@code databasechangelog}, {@code
 * flyway_schema_history}), which record what was applied.
 */
final class MigrationToolTables {

  private static final String LIQUIBASE_LOCK = "databasechangeloglock";

  private MigrationToolTables() {}

  /** True for {@code DELETE FROM [schema.]databasechangeloglock} and nothing more. */
  static boolean isLiquibaseLockRelease(StatementContext s) {
    if (!Keywords.startsWith(s, "DELETE", "FROM")) {
      return false;
    }
    int i = 2;
    int last = i;
    if (s.type(i + 1) == TokenType.DOT) {
      last = i + 2; // schema.table
    }
    String table = s.identifier(last);
    return table != null && last == s.size() - 1
        && (s.type(i) == TokenType.WORD || s.type(i) == TokenType.QUOTED_IDENTIFIER)
        && table.toLowerCase(Locale.ROOT).equals(LIQUIBASE_LOCK);
  }
}
