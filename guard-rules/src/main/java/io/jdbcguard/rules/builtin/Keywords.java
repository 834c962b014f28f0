package io.jdbcguard.rules.builtin;

import io.jdbcguard.rules.StatementContext;
import io.jdbcguard.rules.sql.TokenType;
import java.util.ArrayList;
import java.util.List;

/** Token-level helpers shared by the rules (and the engine) that recognise statements by keywords. */
public final class Keywords {

  private Keywords() {}

  /** True when the statement starts with these words, in order. */
  static boolean startsWith(StatementContext s, String... words) {
    return matchesAt(s, 0, words);
  }

  /** True when the words at {@code at}, {@code at+1}, ... are {@code words}. */
  static boolean matchesAt(StatementContext s, int at, String... words) {
    for (int i = 0; i < words.length; i++) {
      if (!s.isWord(at + i, words[i])) {
        return false;
      }
    }
    return true;
  }

  /** True when any word of the statement at paren depth 0 is {@code word}. */
  public static boolean containsTopLevelWord(StatementContext s, String word) {
    int depth = 0;
    for (int i = 0; i < s.size(); i++) {
      depth += delta(s.type(i));
      if (depth == 0 && s.isWord(i, word)) {
        return true;
      }
    }
    return false;
  }

  /**
   * After {@code ALTER [FOREIGN] TABLE [IF EXISTS] [ONLY] name [*]}, the comma-separated actions as
   * {@code [first, last]} token index pairs; empty when the statement is not an ALTER TABLE.
   */
  public static List<int[]> alterTableActions(StatementContext s) {
    int i;
    if (startsWith(s, "ALTER", "TABLE")) {
      i = 2;
    } else if (startsWith(s, "ALTER", "FOREIGN", "TABLE")) {
      i = 3;
    } else {
      return List.of();
    }
    if (s.isWord(i, "IF") && s.isWord(i + 1, "EXISTS")) {
      i += 2;
    }
    if (s.isWord(i, "ONLY")) {
      i++;
    }
    i = skipName(s, i);
    if (s.type(i) == TokenType.OPERATOR && s.text(i).equals("*")) {
      i++;
    }
    return commaSeparated(s, i, s.size());
  }

  /** Skips a possibly qualified name ({@code a}, {@code "a"."b"}, {@code `a`.`b`}). */
  static int skipName(StatementContext s, int i) {
    while (s.type(i) == TokenType.WORD || s.type(i) == TokenType.QUOTED_IDENTIFIER) {
      i++;
      if (s.type(i) == TokenType.DOT) {
        i++;
      } else {
        break;
      }
    }
    return i;
  }

  /** Splits tokens {@code [from, to)} at commas of paren depth 0. */
  static List<int[]> commaSeparated(StatementContext s, int from, int to) {
    List<int[]> out = new ArrayList<>();
    int depth = 0;
    int start = from;
    for (int i = from; i < to; i++) {
      TokenType t = s.type(i);
      depth += delta(t);
      if (depth == 0 && t == TokenType.COMMA) {
        if (i > start) {
          out.add(new int[] {start, i - 1});
        }
        start = i + 1;
      }
    }
    if (to > start) {
      out.add(new int[] {start, to - 1});
    }
    return out;
  }

  private static int delta(TokenType t) {
    if (t == TokenType.LEFT_PAREN || t == TokenType.LEFT_BRACKET) {
      return 1;
    }
    if (t == TokenType.RIGHT_PAREN || t == TokenType.RIGHT_BRACKET) {
      return -1;
    }
    return 0;
  }

  /** The first few tokens of the statement, for a finding's fragment. */
  static String head(StatementContext s, int tokens) {
    return s.slice(0, tokens - 1);
  }
}
