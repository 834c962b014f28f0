package io.jdbcguard.rules;

import java.util.Set;

/**
 * CREATE statements that only add an object (table, index, sequence, view, type, domain, schema).
 * When JSqlParser lacks their syntax (partitioning clauses, identity columns, storage options), the
 * engine accepts them from tokens, provided nothing in them writes data or calls out.
 */
final class AdditiveDdl {

  private static final Set<String> OBJECTS =
      Set.of("TABLE", "INDEX", "SEQUENCE", "VIEW", "TYPE", "DOMAIN", "SCHEMA", "COLLATION",
          "STATISTICS");

  private static final Set<String> MODIFIERS =
      Set.of("UNIQUE", "TEMP", "TEMPORARY", "UNLOGGED", "GLOBAL", "LOCAL", "MATERIALIZED",
          "RECURSIVE", "FULLTEXT", "SPATIAL");

  /** Words that mean more than "add an object", outside {@code ON DELETE / ON UPDATE}. */
  private static final Set<String> ACTIVE_WORDS =
      Set.of("DELETE", "UPDATE", "INSERT", "MERGE", "DROP", "TRUNCATE", "GRANT", "REVOKE",
          "EXECUTE", "CALL", "COPY", "DO");

  private AdditiveDdl() {}

  static boolean matches(StatementContext s) {
    if (!s.isWord(0, "CREATE")) {
      return false;
    }
    int i = 1;
    while (MODIFIERS.contains(s.word(i))) {
      i++;
    }
    return OBJECTS.contains(s.word(i)) || (s.isWord(i, "TEXT") && s.isWord(i + 1, "SEARCH"));
  }

  /** Null when the statement only adds; else why it is not understood. */
  static String problem(StatementContext s) {
    for (int i = 1; i < s.size(); i++) {
      String w = s.word(i);
      // an option name ({@code COPY = english} in CREATE TEXT SEARCH CONFIGURATION) is no command
      boolean option = s.type(i + 1) == io.jdbcguard.rules.sql.TokenType.OPERATOR && s.text(i + 1).equals("=");
      if (ACTIVE_WORDS.contains(w) && !s.isWord(i - 1, "ON") && !option) {
        return "the parser does not understand this CREATE statement, and it contains '"
            + s.text(i) + "'";
      }
    }
    return null;
  }
}
