package io.jdbcguard.rules.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a MariaDB/MySQL compound statement the way the server does: {@code BEGIN NOT ATOMIC ...
 * END} and the control statements MariaDB also runs outside stored programs ({@code IF}, {@code
 * CASE}, {@code LOOP}, {@code WHILE}, {@code REPEAT}, {@code FOR}), with their nested blocks,
 * labels, {@code DECLARE}s (variables, conditions, cursors, handlers) and the statements between
 * their semicolons. It finds where the compound ends (so the splitter does not cut it at an inner
 * semicolon) and every piece the engine must check: the inner statements and the expressions of
 * the control statements. Every token of the compound is either in a piece or a structural word
 * of the compound (BEGIN, THEN, END IF, a label, ...), so nothing in it goes unchecked.
 *
 * <p>Comment tokens are skipped, so the same reading works on a statement's full token list (the
 * splitter) and on its code tokens (the engine). Iterative over statements, recursive over
 * nesting, which is bounded. Never throws.
 */
public final class CompoundStatement {

  /** Deeper nesting of blocks than this is not read. */
  static final int MAX_DEPTH = 64;

  /** What a piece of a compound statement is. */
  public enum PieceKind {
    /** A statement of its own (SELECT, UPDATE, SET, a cursor's query, ...). */
    STATEMENT,
    /** An expression or a compound-only statement (IF condition, DECLARE ... DEFAULT, LEAVE). */
    EXPRESSION
  }

  /**
   * One piece to check.
   *
   * @param first index of its first token in the list that was read
   * @param end index after its last token
   */
  public record Piece(PieceKind kind, int first, int end) {}

  /**
   * The reading of a compound statement.
   *
   * @param end index after the compound's last token (its final END and label); the list's limit
   *     when the compound is not closed
   * @param pieces what to check, in order
   * @param problem why the compound could not be read completely, or null
   */
  public record Reading(int end, List<Piece> pieces, String problem) {}

  private final String sql;
  private final List<Token> tokens;
  private final int limit;
  private final List<Piece> pieces = new ArrayList<>();
  private int pos;
  private int depth;
  private String problem;

  private CompoundStatement(String sql, List<Token> tokens, int limit) {
    this.sql = sql;
    this.tokens = tokens;
    this.limit = Math.min(limit, tokens.size());
  }

  /**
   * True when the statement whose first significant token is at {@code at} is a compound
   * statement: {@code BEGIN NOT ATOMIC}, or {@code IF}, {@code CASE}, {@code LOOP}, {@code WHILE},
   * {@code REPEAT}, {@code FOR} as its first word (none of them can start any other statement).
   * A plain {@code BEGIN} is a transaction.
   */
  public static boolean startsAt(String sql, List<Token> tokens, int at) {
    CompoundStatement c = new CompoundStatement(sql, tokens, tokens.size());
    int t = c.sig(at);
    if (t >= c.limit) {
      return false;
    }
    if (c.isWord(t, "BEGIN")) {
      int n = c.sig(t + 1);
      return c.isWord(n, "NOT") && c.isWord(c.sig(n + 1), "ATOMIC");
    }
    return c.isWord(t, "IF") || c.isWord(t, "CASE") || c.isWord(t, "LOOP") || c.isWord(t, "WHILE")
        || c.isWord(t, "REPEAT") || c.isWord(t, "FOR");
  }

  /**
   * Reads the compound statement that starts at token {@code at}, looking no further than {@code
   * limit}.
   */
  public static Reading read(String sql, List<Token> tokens, int at, int limit) {
    CompoundStatement c = new CompoundStatement(sql, tokens, limit);
    c.pos = at;
    try {
      c.statement(c.sig(at));
    } catch (RuntimeException e) {
      c.fail("the compound statement could not be read");
    }
    int end = c.problem == null ? c.pos : c.limit;
    return new Reading(end, List.copyOf(c.pieces), c.problem);
  }

  // ---------------------------------------------------------------------------------------------

  /** Statements up to (not including) a terminator word: END, ELSE, ELSEIF, WHEN or UNTIL. */
  private void statements() {
    while (problem == null) {
      int t = sig(pos);
      if (t >= limit) {
        fail("a compound statement without its END");
        return;
      }
      if (isTerminator(t)) {
        pos = t;
        return;
      }
      statement(t);
      if (problem != null) {
        return;
      }
      int s = sig(pos);
      if (s >= limit || tokens.get(s).type() != TokenType.SEMICOLON) {
        fail("a statement inside a compound statement that does not end with ;");
        return;
      }
      pos = s + 1;
    }
  }

  /** One statement starting at {@code t}; leaves {@code pos} after it (before its semicolon). */
  private void statement(int t) {
    if (t >= limit) {
      fail("a compound statement without its END");
      return;
    }
    boolean labelled = false;
    if (type(t) == TokenType.WORD && isOperator(sig(t + 1), ":")) {
      labelled = true;
      t = sig(sig(t + 1) + 1);
    }
    if (++depth > MAX_DEPTH) {
      fail("compound statements nested more than " + MAX_DEPTH + " levels deep");
      return;
    }
    try {
      String w = word(t);
      switch (w) {
        case "BEGIN" -> {
          pos = t + 1;
          int n = sig(pos);
          if (isWord(n, "NOT") && isWord(sig(n + 1), "ATOMIC")) {
            pos = sig(n + 1) + 1;
          }
          statements();
          end(null, labelled);
        }
        case "IF" -> {
          pos = t + 1;
          expression("THEN");
          statements();
          while (problem == null && isWord(sig(pos), "ELSEIF")) {
            pos = sig(pos) + 1;
            expression("THEN");
            statements();
          }
          if (problem == null && isWord(sig(pos), "ELSE")) {
            pos = sig(pos) + 1;
            statements();
          }
          end("IF", false);
        }
        case "CASE" -> {
          pos = t + 1;
          if (!isWord(sig(pos), "WHEN")) {
            expression("WHEN"); // CASE operand WHEN ...
            pos = pos - 1; // back to that WHEN
          }
          boolean any = false;
          while (problem == null && isWord(sig(pos), "WHEN")) {
            any = true;
            pos = sig(pos) + 1;
            expression("THEN");
            statements();
          }
          if (problem == null && !any) {
            fail("a CASE statement without WHEN");
          }
          if (problem == null && isWord(sig(pos), "ELSE")) {
            pos = sig(pos) + 1;
            statements();
          }
          end("CASE", false);
        }
        case "LOOP" -> {
          pos = t + 1;
          statements();
          end("LOOP", labelled);
        }
        case "WHILE", "FOR" -> {
          pos = t + 1;
          expression("DO");
          statements();
          end(w, labelled);
        }
        case "REPEAT" -> {
          pos = t + 1;
          statements();
          if (problem == null) {
            if (!isWord(sig(pos), "UNTIL")) {
              fail("a REPEAT without UNTIL");
            } else {
              pos = sig(pos) + 1;
              expression("END");
              pos = pos - 1; // back to the END of END REPEAT
            }
          }
          end("REPEAT", labelled);
        }
        case "DECLARE" -> declare(t);
        case "LEAVE", "ITERATE", "OPEN", "CLOSE", "FETCH", "RETURN", "SIGNAL", "RESIGNAL", "GET" ->
            simple(t, PieceKind.EXPRESSION);
        default -> {
          if (labelled) {
            fail("a label before '" + text(t) + "'");
          } else if (t >= limit || isTerminator(t) || type(t) == TokenType.SEMICOLON) {
            fail("an empty statement inside a compound statement");
          } else {
            simple(t, PieceKind.STATEMENT);
          }
        }
      }
    } finally {
      depth--;
    }
  }

  /** {@code END [word] [label]} closing a block; {@code word} is IF, CASE, LOOP, ... or null. */
  private void end(String word, boolean labelled) {
    if (problem != null) {
      return;
    }
    int e = sig(pos);
    if (!isWord(e, "END")) {
      fail("a compound statement without its END");
      return;
    }
    pos = e + 1;
    if (word != null) {
      int w = sig(pos);
      if (!isWord(w, word)) {
        fail("END without " + word);
        return;
      }
      pos = w + 1;
    }
    int l = sig(pos);
    if (labelled && l < limit && type(l) == TokenType.WORD) {
      pos = l + 1;
    }
  }

  private void declare(int t) {
    int a = sig(t + 1);
    int b = sig(a + 1);
    if ((isWord(a, "CONTINUE") || isWord(a, "EXIT") || isWord(a, "UNDO")) && isWord(b, "HANDLER")) {
      int f = sig(b + 1);
      if (!isWord(f, "FOR")) {
        fail("a DECLARE ... HANDLER without FOR");
        return;
      }
      pos = f + 1;
      conditions();
      if (problem == null) {
        statement(sig(pos)); // the handler's statement, possibly a BEGIN ... END block
      }
      return;
    }
    int semi = statementEnd(t);
    int depth0 = 0;
    for (int i = t; i < semi; i++) {
      depth0 += delta(i);
      if (depth0 == 0 && isWord(i, "CURSOR")) {
        int d = 0;
        for (int j = i + 1; j < semi; j++) {
          d += delta(j);
          if (d == 0 && isWord(j, "FOR")) {
            pieces.add(new Piece(PieceKind.EXPRESSION, t, j));
            if (sig(j + 1) >= semi) {
              fail("a cursor without its query");
              return;
            }
            pieces.add(new Piece(PieceKind.STATEMENT, sig(j + 1), semi));
            pos = semi;
            return;
          }
        }
        fail("a cursor without FOR");
        return;
      }
    }
    pieces.add(new Piece(PieceKind.EXPRESSION, t, semi));
    pos = semi;
  }

  /** A handler's condition list: SQLEXCEPTION, SQLWARNING, NOT FOUND, SQLSTATE [VALUE] 'x', names. */
  private void conditions() {
    while (problem == null) {
      int c = sig(pos);
      if (isWord(c, "NOT")) {
        int f = sig(c + 1);
        if (!isWord(f, "FOUND")) {
          fail("a handler condition that is not understood");
          return;
        }
        pos = f + 1;
      } else if (isWord(c, "SQLSTATE")) {
        int v = sig(c + 1);
        if (isWord(v, "VALUE")) {
          v = sig(v + 1);
        }
        if (type(v) != TokenType.STRING) {
          fail("a handler condition that is not understood");
          return;
        }
        pos = v + 1;
      } else if (type(c) == TokenType.WORD || type(c) == TokenType.NUMBER) {
        pos = c + 1;
      } else {
        fail("a handler condition that is not understood");
        return;
      }
      int comma = sig(pos);
      if (type(comma) != TokenType.COMMA) {
        return;
      }
      pos = comma + 1;
    }
  }

  /** A statement that ends at the next semicolon outside parentheses. */
  private void simple(int t, PieceKind kind) {
    int semi = statementEnd(t);
    pieces.add(new Piece(kind, t, semi));
    pos = semi;
  }

  /** An expression up to the word {@code stop} (outside parentheses and CASE ... END). */
  private void expression(String stop) {
    if (problem != null) {
      return;
    }
    int start = sig(pos);
    int parens = 0;
    int cases = 0;
    for (int i = start; i < limit; i++) {
      TokenType ty = type(i);
      if (ty == TokenType.COMMENT) {
        continue;
      }
      parens += delta(i);
      if (parens < 0) {
        break;
      }
      if (ty == TokenType.SEMICOLON && parens == 0) {
        break;
      }
      if (parens == 0 && isWord(i, "CASE")) {
        cases++;
      } else if (parens == 0 && cases > 0 && isWord(i, "END")) {
        cases--;
      } else if (parens == 0 && cases == 0 && isWord(i, stop)) {
        if (i == start) {
          fail("an empty condition before " + stop);
          return;
        }
        pieces.add(new Piece(PieceKind.EXPRESSION, start, i));
        pos = i + 1;
        return;
      }
    }
    fail("a condition without its " + stop);
  }

  /** Index of the semicolon ending the statement that starts at {@code t} (or the limit). */
  private int statementEnd(int t) {
    int parens = 0;
    for (int i = t; i < limit; i++) {
      parens += delta(i);
      if (parens <= 0 && type(i) == TokenType.SEMICOLON) {
        return i;
      }
    }
    return limit;
  }

  // ---------------------------------------------------------------------------------------------

  private void fail(String why) {
    if (problem == null) {
      problem = why;
    }
  }

  private boolean isTerminator(int t) {
    return isWord(t, "END") || isWord(t, "ELSE") || isWord(t, "ELSEIF") || isWord(t, "WHEN")
        || isWord(t, "UNTIL");
  }

  /** The first index at or after {@code from} that is not a comment (or the limit). */
  private int sig(int from) {
    int i = Math.max(from, 0);
    while (i < limit && tokens.get(i).type() == TokenType.COMMENT) {
      i++;
    }
    return i;
  }

  private TokenType type(int i) {
    return i >= 0 && i < limit ? tokens.get(i).type() : null;
  }

  private boolean isWord(int i, String upper) {
    return i >= 0 && i < limit && tokens.get(i).isWord(sql, upper);
  }

  private boolean isOperator(int i, String op) {
    return type(i) == TokenType.OPERATOR && tokens.get(i).text(sql).equals(op);
  }

  private String word(int i) {
    if (type(i) != TokenType.WORD) {
      return "";
    }
    char[] chars = tokens.get(i).text(sql).toCharArray();
    for (int k = 0; k < chars.length; k++) {
      if (chars[k] >= 'a' && chars[k] <= 'z') {
        chars[k] = (char) (chars[k] - ('a' - 'A')); // ASCII only, as the server folds keywords
      }
    }
    return new String(chars);
  }

  private String text(int i) {
    return i >= 0 && i < limit ? tokens.get(i).text(sql) : "";
  }

  private int delta(int i) {
    TokenType t = type(i);
    if (t == TokenType.LEFT_PAREN || t == TokenType.LEFT_BRACKET || t == TokenType.LEFT_BRACE) {
      return 1;
    }
    if (t == TokenType.RIGHT_PAREN || t == TokenType.RIGHT_BRACKET || t == TokenType.RIGHT_BRACE) {
      return -1;
    }
    return 0;
  }
}
