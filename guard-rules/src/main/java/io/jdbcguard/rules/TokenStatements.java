package io.jdbcguard.rules;

import io.jdbcguard.rules.sql.TokenType;
import java.util.Set;

/**
 * PostgreSQL statements JSqlParser 5.4 lacks that are read from their tokens once the parser has
 * failed on them: cursor commands ({@code FETCH}, {@code MOVE}, {@code CLOSE}; {@code DECLARE}
 * is a wrapper whose query the engine analyses), {@code COMMENT ON ... IS ...}, and {@code ALTER
 * INDEX / VIEW / MATERIALIZED VIEW / SEQUENCE} with an action that changes settings, owner, name
 * or schema. Each has a small fixed shape; anything outside it stays unparseable. The rules then
 * run on the tokens (rename-object reads {@code RENAME} there).
 */
final class TokenStatements {

  /** The words a cursor command may hold (direction, count, FROM/IN, the cursor's name). */
  private static final Set<String> CURSOR_WORDS =
      Set.of("NEXT", "PRIOR", "FIRST", "LAST", "ABSOLUTE", "RELATIVE", "ALL", "FORWARD",
          "BACKWARD", "FROM", "IN");

  /** First words of the ALTER INDEX / VIEW / SEQUENCE actions read here. */
  private static final Set<String> ALTER_ACTIONS =
      Set.of("SET", "RESET", "OWNER", "RENAME", "ALTER", "ATTACH", "DEPENDS", "NO", "INCREMENT",
          "MINVALUE", "MAXVALUE", "START", "RESTART", "CACHE", "CYCLE", "OWNED", "AS");

  /** Words that never belong in these statements. */
  private static final Set<String> FOREIGN_WORDS =
      Set.of("DELETE", "UPDATE", "INSERT", "MERGE", "TRUNCATE", "SELECT", "EXECUTE", "CALL", "COPY",
          "GRANT", "REVOKE", "DO");

  private TokenStatements() {}

  /** The kind of a statement read here, or null when it is not one of them. */
  static StatementKind kindOf(StatementContext s) {
    if (s.dialect() == Dialect.MYSQL) {
      return null;
    }
    String lead = s.word(0);
    return switch (lead) {
      case "FETCH", "MOVE" -> StatementKind.QUERY;
      case "CLOSE" -> StatementKind.SESSION;
      case "COMMENT" -> s.isWord(1, "ON") ? StatementKind.DDL : null;
      case "ALTER" -> alterObject(s) > 0 ? StatementKind.DDL : null;
      default -> null;
    };
  }

  /** Null when the statement has the shape read here; else why it is not understood. */
  static String problem(StatementContext s) {
    String lead = s.word(0);
    return switch (lead) {
      case "FETCH", "MOVE", "CLOSE" -> cursorProblem(s);
      case "COMMENT" -> commentProblem(s);
      default -> alterProblem(s);
    };
  }

  private static String cursorProblem(StatementContext s) {
    if (s.size() < 2 || s.size() > 6) {
      return "a " + s.word(0) + " statement of an unknown shape";
    }
    for (int i = 1; i < s.size(); i++) {
      TokenType t = s.type(i);
      boolean last = i == s.size() - 1;
      boolean ok = t == TokenType.NUMBER
          || (t == TokenType.OPERATOR && (s.text(i).equals("-") || s.text(i).equals("+")))
          || (t == TokenType.WORD && (last || CURSOR_WORDS.contains(s.word(i))))
          || (t == TokenType.QUOTED_IDENTIFIER && last);
      if (!ok || (last && t != TokenType.WORD && t != TokenType.QUOTED_IDENTIFIER)) {
        return "a " + s.word(0) + " statement of an unknown shape, at '" + s.text(i) + "'";
      }
    }
    return null;
  }

  private static String commentProblem(StatementContext s) {
    int n = s.size();
    boolean value = s.type(n - 1) == TokenType.STRING || s.isWord(n - 1, "NULL");
    if (n < 5 || !s.isWord(n - 2, "IS") || !value) {
      return "COMMENT ON without IS 'text' at its end";
    }
    return foreignWord(s, 2, n - 2);
  }

  private static String alterProblem(StatementContext s) {
    int action = alterObject(s);
    if (action < 0 || !ALTER_ACTIONS.contains(s.word(action))) {
      return "an ALTER statement of an unknown shape";
    }
    for (int i = action; i < s.size(); i++) {
      if (s.isWord(i, "DROP") && !s.isWord(i + 1, "DEFAULT")) {
        return "'" + s.text(i) + "' in an ALTER " + s.word(1) + " statement";
      }
    }
    return foreignWord(s, action, s.size());
  }

  /** Where the action of ALTER INDEX / VIEW / MATERIALIZED VIEW / SEQUENCE name starts, or -1. */
  private static int alterObject(StatementContext s) {
    int i = 1;
    if (s.isWord(i, "MATERIALIZED")) {
      i++;
    }
    if (!(s.isWord(i, "INDEX") || s.isWord(i, "VIEW") || s.isWord(i, "SEQUENCE"))
        || (s.isWord(1, "MATERIALIZED") && !s.isWord(i, "VIEW"))) {
      return -1;
    }
    i++;
    if (s.isWord(i, "IF") && s.isWord(i + 1, "EXISTS")) {
      i += 2;
    }
    if (s.type(i) != TokenType.WORD && s.type(i) != TokenType.QUOTED_IDENTIFIER) {
      return -1;
    }
    i++;
    while (s.type(i) == TokenType.DOT) {
      i += 2;
    }
    return i < s.size() ? i : -1;
  }

  private static String foreignWord(StatementContext s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (FOREIGN_WORDS.contains(s.word(i))) {
        return "'" + s.text(i) + "' does not belong in a " + s.word(0) + " statement";
      }
    }
    return null;
  }
}
