package io.jdbcguard.rules;

import java.util.Map;
import java.util.Set;

/**
 * Statements the engine understands from their leading keyword alone, without JSqlParser: some
 * the parser cannot read (BEGIN, START TRANSACTION, RELEASE SAVEPOINT, COPY, DO, VACUUM, LOCK
 * ... IN ... MODE, LOAD DATA, DROP TYPE), others whose rules work on tokens anyway (SET, ALTER
 * TABLE). Their rules decide from tokens; a body that carries a data-changing keyword where none
 * belongs is refused as not understood.
 */
final class KeywordStatements {

  private static final Map<String, StatementKind> KINDS =
      Map.ofEntries(
          Map.entry("BEGIN", StatementKind.TRANSACTION),
          Map.entry("END", StatementKind.TRANSACTION),
          Map.entry("ABORT", StatementKind.TRANSACTION),
          Map.entry("COMMIT", StatementKind.TRANSACTION),
          Map.entry("ROLLBACK", StatementKind.TRANSACTION),
          Map.entry("SAVEPOINT", StatementKind.TRANSACTION),
          Map.entry("RELEASE", StatementKind.TRANSACTION),
          Map.entry("SET", StatementKind.SESSION),
          Map.entry("RESET", StatementKind.SESSION),
          Map.entry("DISCARD", StatementKind.SESSION),
          Map.entry("DEALLOCATE", StatementKind.SESSION),
          Map.entry("USE", StatementKind.SESSION),
          Map.entry("SHOW", StatementKind.QUERY),
          Map.entry("DESCRIBE", StatementKind.QUERY),
          Map.entry("DESC", StatementKind.QUERY),
          Map.entry("DROP", StatementKind.DDL),
          Map.entry("TRUNCATE", StatementKind.DDL),
          Map.entry("GRANT", StatementKind.DDL),
          Map.entry("REVOKE", StatementKind.DDL),
          Map.entry("REASSIGN", StatementKind.DDL),
          Map.entry("SECURITY", StatementKind.DDL),
          Map.entry("RENAME", StatementKind.DDL),
          Map.entry("CLUSTER", StatementKind.DDL),
          Map.entry("REINDEX", StatementKind.DDL),
          Map.entry("VACUUM", StatementKind.OTHER),
          Map.entry("OPTIMIZE", StatementKind.OTHER),
          Map.entry("ANALYZE", StatementKind.OTHER),
          Map.entry("CHECKPOINT", StatementKind.OTHER),
          Map.entry("LOCK", StatementKind.OTHER),
          Map.entry("UNLOCK", StatementKind.OTHER),
          Map.entry("LISTEN", StatementKind.OTHER),
          Map.entry("UNLISTEN", StatementKind.OTHER),
          Map.entry("NOTIFY", StatementKind.OTHER),
          Map.entry("DO", StatementKind.OTHER),
          Map.entry("COPY", StatementKind.OTHER),
          Map.entry("LOAD", StatementKind.OTHER),
          Map.entry("FLUSH", StatementKind.OTHER),
          Map.entry("SHUTDOWN", StatementKind.OTHER),
          Map.entry("RESTART", StatementKind.OTHER),
          Map.entry("KILL", StatementKind.OTHER),
          Map.entry("INSTALL", StatementKind.OTHER),
          Map.entry("UNINSTALL", StatementKind.OTHER),
          Map.entry("PURGE", StatementKind.OTHER),
          Map.entry("CHANGE", StatementKind.OTHER),
          Map.entry("STOP", StatementKind.OTHER),
          Map.entry("IMPORT", StatementKind.OTHER),
          Map.entry("EXECUTE", StatementKind.OTHER),
          Map.entry("EXEC", StatementKind.OTHER),
          Map.entry("PREPARE", StatementKind.OTHER),
          Map.entry("CALL", StatementKind.OTHER),
          Map.entry("HANDLER", StatementKind.QUERY),
          // MySQL table checks (REPAIR ... USE_FRM is vacuum-full's)
          Map.entry("CHECKSUM", StatementKind.QUERY),
          Map.entry("CHECK", StatementKind.QUERY),
          Map.entry("REPAIR", StatementKind.OTHER));

  /**
   * Words that never belong in the statements above (outside string literals): if one shows up,
   * the statement is something the engine does not understand.
   */
  private static final Set<String> FOREIGN_WORDS =
      Set.of("DELETE", "UPDATE", "INSERT", "MERGE");

  /** The first words of the ALTER TABLE actions the engine knows (PostgreSQL and MySQL). */
  private static final Set<String> ALTER_TABLE_ACTIONS =
      Set.of("ADD", "ALTER", "MODIFY", "CHANGE", "RENAME", "DROP", "DISABLE", "ENABLE", "SET",
          "RESET", "VALIDATE", "OWNER", "ATTACH", "DETACH", "INHERIT", "NO", "CLUSTER", "REPLICA",
          "FORCE", "ALGORITHM", "LOCK", "ENGINE", "AUTO_INCREMENT", "CONVERT", "DEFAULT",
          "CHARACTER", "CHARSET", "COLLATE", "COMMENT", "ORDER", "TRUNCATE", "DISCARD", "IMPORT",
          "EXCHANGE", "REMOVE", "REORGANIZE", "COALESCE", "ANALYZE", "CHECK", "OPTIMIZE",
          "REBUILD", "REPAIR", "PARTITION", "ROW_FORMAT", "KEY_BLOCK_SIZE", "STATS_PERSISTENT",
          "STATS_AUTO_RECALC", "STATS_SAMPLE_PAGES", "OF", "NOT", "WITHOUT", "SPLIT", "MERGE");

  /** Leading words of statements whose body may hold any SQL (checked by their own rules). */
  private static final Set<String> ANY_BODY =
      Set.of("DROP", "GRANT", "REVOKE", "DO", "EXECUTE", "EXEC", "PREPARE", "COPY", "CALL", "SHOW",
          "DESCRIBE", "DESC", "SECURITY");

  private KeywordStatements() {}

  /** The kind of a keyword statement, or null when the statement needs the parser. */
  static StatementKind kindOf(StatementContext s) {
    String lead = s.word(0);
    if (lead.equals("START")) {
      return s.isWord(1, "TRANSACTION") ? StatementKind.TRANSACTION : null;
    }
    if (lead.equals("SET") && isSetTransaction(s)) {
      return StatementKind.TRANSACTION;
    }
    if (lead.equals("ALTER") && (s.isWord(1, "TABLE") || s.isWord(1, "FOREIGN"))) {
      return StatementKind.DDL;
    }
    if (lead.equals("ANALYZE") && isStatementWord(s.word(1)) && !s.isWord(1, "TABLE")) {
      return null; // MariaDB: ANALYZE <statement> executes it; handled like EXPLAIN ANALYZE
    }
    return KINDS.get(lead);
  }

  /** Why a keyword statement is not understood, or null when it is fine to leave to the rules. */
  static String problem(StatementContext s) {
    String lead = s.word(0);
    if (ANY_BODY.contains(lead)) {
      return null;
    }
    if (lead.equals("ALTER")) {
      return alterTableProblem(s);
    }
    for (int i = 1; i < s.size(); i++) {
      String w = s.word(i);
      if (FOREIGN_WORDS.contains(w)) {
        return "'" + s.text(i) + "' does not belong in a " + lead + " statement";
      }
    }
    return null;
  }

  private static String alterTableProblem(StatementContext s) {
    java.util.List<int[]> actions = io.jdbcguard.rules.builtin.Keywords.alterTableActions(s);
    if (actions.isEmpty()) {
      return "ALTER TABLE without an action";
    }
    for (int[] a : actions) {
      if (!ALTER_TABLE_ACTIONS.contains(s.word(a[0]))) {
        return "unknown ALTER TABLE action '" + s.text(a[0]) + "'";
      }
    }
    return null;
  }

  private static boolean isSetTransaction(StatementContext s) {
    for (int i = 1; i <= 3 && i < s.size(); i++) {
      if (s.isWord(i, "TRANSACTION") || s.isWord(i, "CHARACTERISTICS")) {
        return true;
      }
    }
    return false;
  }

  static boolean isStatementWord(String w) {
    return switch (w) {
      case "SELECT", "WITH", "INSERT", "UPDATE", "DELETE", "MERGE", "VALUES", "TABLE", "REPLACE",
          "CREATE", "DROP", "ALTER", "TRUNCATE", "EXECUTE", "DECLARE", "UPSERT", "CALL" -> true;
      default -> false;
    };
  }
}
