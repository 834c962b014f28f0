package io.jdbcguard.rules.sql;

import io.jdbcguard.rules.Dialect;
import io.jdbcguard.rules.ScriptStatement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Splits a token list into statements at top-level semicolons. Because it works on {@link
 * SqlLexer} tokens, a semicolon inside a string, quoted identifier, comment or dollar quote is
 * text, never a separator.
 *
 * <p>A semicolon does not separate inside parentheses, brackets or braces (depth is counted
 * iteratively; a stray closer never makes it negative) nor inside a PostgreSQL SQL-standard
 * routine body ({@code CREATE [OR REPLACE] FUNCTION|PROCEDURE .. BEGIN ATOMIC .. END}). The body
 * tracking is deliberately one-sided: a body ends at the first {@code END} that could close it,
 * and a {@code CASE} only counts where it must start an expression. A doubtful case therefore ends
 * the body early, which shows the guard more statements, never fewer.
 */
public final class SqlSplitter {

  private SqlSplitter() {}

  /**
   * The statements of one SQL string. Each span runs from its first to its last non-comment token;
   * pieces holding only comments (or nothing) are dropped. EXECUTABLE_COMMENT and ERROR tokens are
   * not comments: a piece holding only them is a statement.
   *
   * @param sql the string the tokens were cut from
   * @param tokens {@code SqlLexer.tokenize(sql, dialect)}
   * @return the statements in order; never null, never throws
   */
  public static List<StatementSpan> split(String sql, List<Token> tokens, Dialect dialect) {
    if (tokens == null || tokens.isEmpty()) {
      return List.of();
    }
    Boundaries boundaries = new Boundaries(sql == null ? "" : sql, tokens, dialect);
    boundaries.compounds = dialect == Dialect.MYSQL;
    List<StatementSpan> spans = new ArrayList<>();
    int pieceStart = 0;
    for (int i = 0; i < tokens.size(); i++) {
      if (boundaries.isSeparator(i)) {
        addSpan(spans, tokens, pieceStart, i);
        pieceStart = i + 1;
        boundaries.startPiece(pieceStart);
      }
    }
    addSpan(spans, tokens, pieceStart, tokens.size());
    return Collections.unmodifiableList(spans);
  }

  /**
   * The statements of a script file, as text with their offsets and 1-based lines, without the
   * terminating delimiter. Like {@link #split}, and for MySQL it also honours the mysql client's
   * {@code DELIMITER xx} lines: a line whose first word is {@code DELIMITER} (any case, at the
   * start of a statement) switches the delimiter to the next word (quotes allowed; at most 15
   * characters; a backslash is refused, as the client does) and is not itself a statement. While
   * the delimiter is not {@code ;}, semicolons are plain text and the delimiter ends a statement
   * wherever it appears outside literals and comments, even inside a word, as in the client.
   */
  public static List<ScriptStatement> splitScript(String script, Dialect dialect) {
    if (script == null || script.isEmpty()) {
      return List.of();
    }
    List<StatementSpan> spans;
    if (dialect == Dialect.MYSQL) {
      spans = new MySqlScript(script).split();
    } else {
      spans = split(script, SqlLexer.tokenize(script, dialect), dialect);
    }
    List<ScriptStatement> statements = new ArrayList<>(spans.size());
    for (StatementSpan s : spans) {
      statements.add(new ScriptStatement(s.text(script), s.start(), s.line()));
    }
    return Collections.unmodifiableList(statements);
  }

  /** Adds the span of tokens [from, to) without leading and trailing comments, if any remain. */
  static void addSpan(List<StatementSpan> spans, List<Token> tokens, int from, int to) {
    int first = from;
    while (first < to && tokens.get(first).type() == TokenType.COMMENT) {
      first++;
    }
    if (first >= to) {
      return;
    }
    int last = to - 1;
    while (tokens.get(last).type() == TokenType.COMMENT) {
      last--;
    }
    Token a = tokens.get(first);
    Token b = tokens.get(last);
    spans.add(new StatementSpan(first, last + 1, a.start(), b.end(), a.line()));
  }

  /** Bracket depth and routine-body state of the current piece. */
  private static final class Boundaries {

    /** Reserved PostgreSQL keywords after which a CASE can only start an expression. */
    private static final String[] EXPRESSION_KEYWORDS = {
      "SELECT", "WHEN", "THEN", "ELSE", "WHERE", "AND", "OR", "NOT", "HAVING", "DISTINCT", "ON",
      "RETURNING"
    };

    private final String sql;
    private final List<Token> tokens;
    private final boolean postgres;
    /**
     * MySQL, as the server reads one string: a compound statement ({@link CompoundStatement}) is
     * one statement, also after {@code SET STATEMENT ... FOR}. Not for scripts: the mysql client
     * cuts them at every semicolon unless the script changes the DELIMITER.
     */
    boolean compounds;
    /** Index after the compound statement that starts the current piece, or -1. */
    private int compoundEnd = -1;
    private boolean pieceStarted;
    private int depth;
    private int bodyDepth;
    private int pieceStart;
    /** Whether the piece starts with CREATE [OR REPLACE] FUNCTION|PROCEDURE; null until asked. */
    private Boolean routine;

    Boundaries(String sql, List<Token> tokens, Dialect dialect) {
      this.sql = sql;
      this.tokens = tokens;
      this.postgres = dialect == Dialect.POSTGRES;
    }

    void startPiece(int index) {
      pieceStart = index;
      depth = 0;
      bodyDepth = 0;
      routine = null;
      compoundEnd = -1;
      pieceStarted = false;
    }

    /** Feeds token {@code i}; true if it is a semicolon that ends the current piece. */
    boolean isSeparator(int i) {
      Token t = tokens.get(i);
      if (compounds && !pieceStarted && t.type() != TokenType.COMMENT) {
        pieceStarted = true;
        compoundEnd = compoundEnd(i);
      }
      switch (t.type()) {
        case LEFT_PAREN:
        case LEFT_BRACKET:
        case LEFT_BRACE:
          depth++;
          return false;
        case RIGHT_PAREN:
        case RIGHT_BRACKET:
        case RIGHT_BRACE:
          if (depth > 0) {
            depth--;
          }
          return false;
        case SEMICOLON:
          return depth == 0 && bodyDepth == 0 && i >= compoundEnd;
        case WORD:
          if (postgres && depth == 0) {
            trackRoutineBody(i, t);
          }
          return false;
        default:
          return false;
      }
    }

    /**
     * Where the compound statement starting at {@code i} (directly, or as the statement of {@code
     * SET STATEMENT ... FOR}) ends, or -1 when the piece is not one.
     */
    private int compoundEnd(int i) {
      int at = i;
      if (tokens.get(i).isWord(sql, "CREATE") || tokens.get(i).isWord(sql, "ALTER")) {
        at = routineBody(i);
        if (at < 0) {
          return -1;
        }
        return CompoundStatement.read(sql, tokens, at, tokens.size()).end();
      }
      if (tokens.get(i).isWord(sql, "SET")) {
        int n = nextSignificant(i + 1);
        if (n < 0 || !tokens.get(n).isWord(sql, "STATEMENT")) {
          return -1;
        }
        int parens = 0;
        at = -1;
        for (int k = n + 1; k < tokens.size(); k++) {
          Token t = tokens.get(k);
          TokenType ty = t.type();
          if (ty == TokenType.LEFT_PAREN) {
            parens++;
          } else if (ty == TokenType.RIGHT_PAREN) {
            parens--;
          } else if (parens <= 0 && ty == TokenType.SEMICOLON) {
            return -1;
          } else if (parens == 0 && t.isWord(sql, "FOR")) {
            at = nextSignificant(k + 1);
            break;
          }
        }
        if (at < 0) {
          return -1;
        }
      }
      if (!CompoundStatement.startsAt(sql, tokens, at)) {
        return -1;
      }
      return CompoundStatement.read(sql, tokens, at, tokens.size()).end();
    }

    /**
     * MySQL {@code CREATE PROCEDURE / FUNCTION / TRIGGER ... BEGIN ... END} and {@code CREATE /
     * ALTER EVENT ... DO BEGIN ... END}: the index of the body's BEGIN, or -1.
     */
    private int routineBody(int i) {
      String kind = null;
      int k = i;
      for (int n = 0; n < 12 && kind == null; n++) {
        k = nextSignificant(k + 1);
        if (k < 0) {
          return -1;
        }
        Token t = tokens.get(k);
        for (String w : new String[] {"EVENT", "PROCEDURE", "FUNCTION", "TRIGGER"}) {
          if (t.isWord(sql, w)) {
            kind = w;
          }
        }
        if (t.type() == TokenType.SEMICOLON || t.isWord(sql, "TABLE") || t.isWord(sql, "VIEW")) {
          return -1;
        }
      }
      if (kind == null) {
        return -1;
      }
      int parens = 0;
      for (int j = k + 1; j < tokens.size(); j++) {
        Token t = tokens.get(j);
        if (t.type() == TokenType.LEFT_PAREN) {
          parens++;
        } else if (t.type() == TokenType.RIGHT_PAREN) {
          parens--;
        } else if (t.type() == TokenType.SEMICOLON && parens <= 0) {
          return -1;
        } else if (parens == 0 && kind.equals("EVENT") && t.isWord(sql, "DO")) {
          int b = nextSignificant(j + 1);
          return b >= 0 && (tokens.get(b).isWord(sql, "BEGIN")
              || CompoundStatement.startsAt(sql, tokens, b)) ? b : -1;
        } else if (parens == 0 && !kind.equals("EVENT") && t.isWord(sql, "BEGIN")) {
          int n = nextSignificant(j + 1);
          // BEGIN ATOMIC is PostgreSQL's; MariaDB refuses it, so nothing is kept together
          return n >= 0 && tokens.get(n).isWord(sql, "ATOMIC") ? -1 : j;
        }
      }
      return -1;
    }

    private void trackRoutineBody(int i, Token t) {
      if (bodyDepth == 0) {
        if (t.isWord(sql, "BEGIN")) {
          int next = nextSignificant(i + 1);
          if (next >= 0 && tokens.get(next).isWord(sql, "ATOMIC") && isRoutineDefinition()) {
            bodyDepth = 1;
          }
        }
      } else if (t.isWord(sql, "END")) {
        bodyDepth--;
      } else if (t.isWord(sql, "CASE") && caseStartsExpression(i)) {
        bodyDepth++;
      }
    }

    private boolean isRoutineDefinition() {
      if (routine == null) {
        int k = nextSignificant(pieceStart);
        boolean result = false;
        if (k >= 0 && tokens.get(k).isWord(sql, "CREATE")) {
          k = nextSignificant(k + 1);
          if (k >= 0 && tokens.get(k).isWord(sql, "OR")) {
            k = nextSignificant(k + 1);
            k = k >= 0 && tokens.get(k).isWord(sql, "REPLACE") ? nextSignificant(k + 1) : -1;
          }
          result =
              k >= 0
                  && (tokens.get(k).isWord(sql, "FUNCTION")
                      || tokens.get(k).isWord(sql, "PROCEDURE"));
        }
        routine = result;
      }
      return routine;
    }

    /**
     * True only where a CASE must begin an expression: after an operator or comma, after a reserved
     * keyword such as SELECT or WHEN (not used as a column name after '.' or AS), after a RETURN
     * that starts a statement, after ORDER BY / GROUP BY. Elsewhere it may be a column label
     * ({@code SELECT 1 case}), which must not keep the body open.
     */
    private boolean caseStartsExpression(int i) {
      int p = previousSignificant(i - 1);
      if (p < 0) {
        return false;
      }
      Token prev = tokens.get(p);
      if (prev.type() == TokenType.OPERATOR || prev.type() == TokenType.COMMA) {
        return true;
      }
      if (prev.type() != TokenType.WORD) {
        return false;
      }
      int pp = previousSignificant(p - 1);
      Token before = pp < 0 ? null : tokens.get(pp);
      if (before != null && (before.type() == TokenType.DOT || before.isWord(sql, "AS"))) {
        return false;
      }
      for (String keyword : EXPRESSION_KEYWORDS) {
        if (prev.isWord(sql, keyword)) {
          return true;
        }
      }
      if (prev.isWord(sql, "RETURN")) {
        return before != null
            && (before.type() == TokenType.SEMICOLON || before.isWord(sql, "ATOMIC"));
      }
      if (prev.isWord(sql, "BY")) {
        return before != null && (before.isWord(sql, "ORDER") || before.isWord(sql, "GROUP"));
      }
      return false;
    }

    private int nextSignificant(int from) {
      for (int k = from; k < tokens.size(); k++) {
        if (tokens.get(k).type() != TokenType.COMMENT) {
          return k;
        }
      }
      return -1;
    }

    private int previousSignificant(int from) {
      for (int k = from; k >= pieceStart; k--) {
        if (tokens.get(k).type() != TokenType.COMMENT) {
          return k;
        }
      }
      return -1;
    }
  }

  /** A MySQL script, split as the mysql command-line client does. */
  private static final class MySqlScript {

    /** The client keeps at most this many characters of a delimiter. */
    private static final int MAX_DELIMITER = 15;

    private final String script;
    private final SqlLexer lexer;
    private final List<Token> tokens = new ArrayList<>();
    private final List<StatementSpan> spans = new ArrayList<>();
    private String delimiter = ";";

    MySqlScript(String script) {
      this.script = script;
      this.lexer = new SqlLexer(script, Dialect.MYSQL);
    }

    List<StatementSpan> split() {
      Boundaries boundaries = new Boundaries(script, tokens, Dialect.MYSQL);
      int pieceStart = 0;
      boolean pieceHasContent = false;
      try {
        for (Token t = lexer.next(); t != null; t = lexer.next()) {
          if (!pieceHasContent && isDelimiterCommand(t)) {
            int eol = endOfLine(t.end());
            String value = delimiterArgument(t.end(), eol);
            if (value != null) {
              delimiter = value;
              lexer.setDelimiter(value);
            }
            lexer.skipTo(eol);
            pieceStart = tokens.size();
            boundaries.startPiece(pieceStart);
            continue;
          }
          int index = tokens.size();
          tokens.add(t);
          boolean ends;
          if (delimiter.equals(";")) {
            ends = boundaries.isSeparator(index);
          } else {
            ends =
                t.type() == TokenType.SEMICOLON
                    && t.length() == delimiter.length()
                    && script.startsWith(delimiter, t.start());
          }
          if (ends) {
            addSpan(spans, tokens, pieceStart, index);
            pieceStart = index + 1;
            boundaries.startPiece(pieceStart);
            pieceHasContent = false;
          } else if (t.type() != TokenType.COMMENT) {
            pieceHasContent = true;
          }
        }
      } catch (RuntimeException e) {
        // Cannot happen; fail closed with the rest of the script as one statement.
        int from = tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).end();
        tokens.add(new Token(TokenType.ERROR, from, script.length(), 1));
      }
      addSpan(spans, tokens, pieceStart, tokens.size());
      return spans;
    }

    /** {@code DELIMITER} as the first word of its line, followed by white space or the line end. */
    private boolean isDelimiterCommand(Token t) {
      if (!t.isWord(script, "DELIMITER")) {
        return false;
      }
      for (int k = t.start() - 1; k >= 0; k--) {
        char c = script.charAt(k);
        if (c == '\n') {
          break;
        }
        if (c != ' ' && c != '\t' && c != '\r') {
          return false;
        }
      }
      int after = t.end();
      return after >= script.length() || " \t\r\n".indexOf(script.charAt(after)) >= 0;
    }

    private int endOfLine(int from) {
      int eol = script.indexOf('\n', from);
      return eol < 0 ? script.length() : eol;
    }

    /** The client's argument rules: first word, or a quoted string; no backslash; 15 chars max. */
    private String delimiterArgument(int from, int eol) {
      int i = from;
      while (i < eol && (script.charAt(i) == ' ' || script.charAt(i) == '\t')) {
        i++;
      }
      if (i >= eol) {
        return null;
      }
      char q = script.charAt(i);
      int start;
      int end;
      if (q == '\'' || q == '"' || q == '`') {
        start = i + 1;
        end = start;
        while (end < eol && script.charAt(end) != q) {
          end++;
        }
      } else {
        start = i;
        end = i;
        while (end < eol && " \t\r".indexOf(script.charAt(end)) < 0) {
          end++;
        }
      }
      String value = script.substring(start, Math.min(end, start + MAX_DELIMITER));
      if (value.isEmpty() || value.indexOf('\\') >= 0 || SqlLexer.isSpace(value.charAt(0))) {
        return null;
      }
      return value;
    }
  }
}
