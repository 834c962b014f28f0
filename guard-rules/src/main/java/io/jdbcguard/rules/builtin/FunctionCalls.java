package io.jdbcguard.rules.builtin;

import io.jdbcguard.rules.StatementContext;
import io.jdbcguard.rules.sql.TokenType;
import java.util.Locale;
import java.util.function.ObjIntConsumer;

/**
 * Finds function calls by their tokens: a name (plain or quoted, possibly schema-qualified, a
 * {@code U&".."} name decoded with its {@code UESCAPE} character) right before {@code (}. Working
 * on tokens rather than the syntax tree means a call is found in every position (select lists,
 * joins, DDL defaults, generated columns, CHECK constraints, index expressions, {@code USING}
 * expressions), also in statements the parser does not understand.
 */
final class FunctionCalls {

  private FunctionCalls() {}

  /** Calls {@code visitor} with the lower-case name and token index of every call. */
  static void forEach(StatementContext s, ObjIntConsumer<String> visitor) {
    for (int i = 0; i + 1 < s.size(); i++) {
      if (openParen(s, i) < 0) {
        continue;
      }
      TokenType t = s.type(i);
      if (t != TokenType.WORD && t != TokenType.QUOTED_IDENTIFIER) {
        continue;
      }
      if (isTableContext(s, i)) {
        continue;
      }
      visitor.accept(s.identifier(i).toLowerCase(Locale.ROOT), i);
    }
  }

  /**
   * The index of the {@code (} of the call whose name is at {@code name}: right after it, or after
   * a {@code UESCAPE 'c'} clause of a {@code U&".."} name; -1 when no call starts there.
   */
  static int openParen(StatementContext s, int name) {
    if (s.type(name + 1) == TokenType.LEFT_PAREN) {
      return name + 1;
    }
    if (s.type(name) == TokenType.QUOTED_IDENTIFIER && s.isWord(name + 1, "UESCAPE")
        && s.type(name + 2) == TokenType.STRING && s.type(name + 3) == TokenType.LEFT_PAREN) {
      return name + 3;
    }
    return -1;
  }

  /**
   * {@code INSERT INTO lo_import (a)}, {@code REFERENCES pg_sleep (id)}, {@code CREATE TABLE
   * pg_sleep (a int)}, {@code CREATE INDEX i ON pg_sleep (a)}: a table, not a call. Only the ON of
   * CREATE INDEX names a table: {@code JOIN b ON pg_terminate_backend(1)} is a call.
   */
  private static boolean isTableContext(StatementContext s, int i) {
    int before = i - 1;
    while (before >= 1 && s.type(before) == TokenType.DOT) {
      before -= 2;
    }
    String w = s.word(before);
    if (w.equals("ON")) {
      return Ddl.isCreateIndex(s) && before == Ddl.topLevelWord(s, "ON", 2, s.size());
    }
    return w.equals("INTO") || w.equals("TABLE") || w.equals("REFERENCES")
        || w.equals("EXISTS") && s.isWord(before - 1, "NOT");
  }

  /** The call's text from its name to its closing parenthesis (or a prefix of it). */
  static String callText(StatementContext s, int nameIndex) {
    int depth = 0;
    for (int j = nameIndex + 1; j < s.size(); j++) {
      if (s.type(j) == TokenType.LEFT_PAREN) {
        depth++;
      } else if (s.type(j) == TokenType.RIGHT_PAREN && --depth == 0) {
        return s.slice(nameIndex, j);
      }
    }
    return s.slice(nameIndex, s.size() - 1);
  }
}
