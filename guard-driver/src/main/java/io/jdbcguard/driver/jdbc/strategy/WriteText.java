package io.jdbcguard.driver.jdbc.strategy;

import io.jdbcguard.rules.Dialect;
import io.jdbcguard.rules.sql.SqlLexer;
import io.jdbcguard.rules.sql.Token;
import io.jdbcguard.rules.sql.TokenType;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the text of one write says about its effect, read from its tokens, conservatively: anything
 * this reader does not recognise makes it say "unknown", which only ever makes the guard measure.
 *
 * <ul>
 *   <li>{@code UPDATE t [[AS] a] SET ... [FROM ...] WHERE ...} and {@code DELETE FROM t [[AS] a]
 *       [USING ...] WHERE ...}: the one target table, and, when the WHERE is a conjunction of
 *       {@code col = ?}, {@code col = literal} and {@code col IN (v, ...)}, each pinned column with
 *       its number of values;
 *   <li>{@code INSERT INTO t [(cols)] VALUES (...), ...}: the target and the number of rows.
 * </ul>
 *
 * <p>{@code plain} means the statement calls no function (a word followed by a parenthesis that is
 * not a keyword of the grammar), has no {@code WITH}, {@code RETURNING} or comment, and is one
 * statement: then the database's update count is its whole effect on the target, apart from what
 * the target's triggers, rules and foreign keys do (which the catalog tells).
 *
 * @param kind what was recognised
 * @param schema the target's schema as written (quotes kept), or null
 * @param table the target's name as written (quotes kept), or null when {@code kind} is {@link
 *     Kind#OTHER}
 * @param plain see above
 * @param pins the WHERE's pinned columns (folded to lower case) and their number of values, or null
 *     if the WHERE is anything else
 * @param rows for {@link Kind#INSERT_VALUES}, the number of rows; else 0
 */
public record WriteText(
    Kind kind, String schema, String table, boolean plain, Map<String, Long> pins, long rows) {

  /** The statement forms recognised. */
  public enum Kind {
    UPDATE,
    DELETE,
    INSERT_VALUES,
    OTHER
  }

  public static final WriteText UNKNOWN = new WriteText(Kind.OTHER, null, null, false, null, 0);

  /** Words that may stand before a parenthesis without being a function call. */
  private static final Set<String> GRAMMAR =
      Set.of(
          "IN", "AND", "OR", "NOT", "EXISTS", "ANY", "ALL", "SOME", "WHERE", "SET", "VALUES",
          "SELECT", "FROM", "ON", "USING", "AS", "JOIN", "IS", "THEN", "ELSE", "WHEN", "INTO",
          "BETWEEN", "LIKE", "ILIKE", "ROW");

  /** Words that make the reader give up on plainness. */
  private static final Set<String> UNPLAIN =
      Set.of("WITH", "RETURNING", "DEFAULT", "CALL", "INTO", "OUTFILE", "DUMPFILE", "LOCK");

  /** Functions known to change nothing (lower case), which a plain read may call. */
  private static final Set<String> READ_ONLY_FUNCTIONS =
      Set.of(
          "count",
          "sum",
          "avg",
          "min",
          "max",
          "lower",
          "upper",
          "coalesce",
          "nullif",
          "greatest",
          "least",
          "abs",
          "round",
          "floor",
          "ceil",
          "ceiling",
          "length",
          "char_length",
          "octet_length",
          "substring",
          "substr",
          "trim",
          "ltrim",
          "rtrim",
          "concat",
          "concat_ws",
          "replace",
          "position",
          "now",
          "current_date",
          "current_timestamp",
          "date_trunc",
          "extract",
          "to_char",
          "to_date",
          "to_timestamp",
          "cast",
          "convert",
          "ifnull",
          "if",
          "isnull",
          "date",
          "year",
          "month",
          "day",
          "exists",
          "array_agg",
          "string_agg",
          "group_concat",
          "json_agg",
          "jsonb_agg",
          "row_number",
          "rank",
          "dense_rank",
          "lag",
          "lead",
          "mod",
          "power",
          "sqrt",
          "md5",
          "left",
          "right",
          "lpad",
          "rpad",
          "date_format",
          "datediff",
          "date_add",
          "date_sub",
          "timestampdiff",
          "unnest",
          "generate_series");

  /**
   * True if {@code sql} may call a function or procedure not known to change nothing: a word (or
   * quoted name) followed by a parenthesis that is neither a keyword of the grammar nor a function
   * of {@link #READ_ONLY_FUNCTIONS} nor a type in a cast; a {@code CALL}; or anything unreadable.
   */
  public static boolean mayCallWritingRoutine(String sql, Dialect dialect) {
    List<Token> t;
    try {
      t = SqlLexer.tokenize(sql, dialect);
    } catch (RuntimeException e) {
      return true;
    }
    for (int i = 0; i < t.size(); i++) {
      Token token = t.get(i);
      if (token.type() == TokenType.ERROR) {
        return true;
      }
      if (token.isWord(sql, "CALL") || token.isWord(sql, "EXECUTE") || token.isWord(sql, "DO")) {
        return true;
      }
      boolean call = i + 1 < t.size() && t.get(i + 1).type() == TokenType.LEFT_PAREN;
      if (!call) {
        continue;
      }
      if (token.type() == TokenType.QUOTED_IDENTIFIER) {
        return true;
      }
      if (token.type() != TokenType.WORD) {
        continue;
      }
      String word = token.text(sql).toLowerCase(Locale.ROOT);
      boolean qualified = i > 0 && t.get(i - 1).type() == TokenType.DOT;
      if (qualified && !(i > 1 && t.get(i - 2).isWord(sql, "PG_CATALOG"))) {
        return true; // a function of some schema: whatever its name, it may write
      }
      if (GRAMMAR.contains(word.toUpperCase(Locale.ROOT)) || READ_ONLY_FUNCTIONS.contains(word)) {
        continue;
      }
      boolean type = i > 0 && t.get(i - 1).isWord(sql, "AS") && !qualified;
      if (!type) {
        return true;
      }
    }
    return false;
  }

  /** Reads {@code sql}; never throws. */
  public static WriteText of(String sql, Dialect dialect) {
    try {
      return read(sql, SqlLexer.tokenize(sql, dialect));
    } catch (RuntimeException e) {
      return UNKNOWN;
    }
  }

  private static WriteText read(String sql, List<Token> all) {
    List<Token> t = all;
    if (t.isEmpty()) {
      return UNKNOWN;
    }
    for (Token token : t) {
      if (token.type() == TokenType.COMMENT
          || token.type() == TokenType.ERROR
          || token.type() == TokenType.SEMICOLON && token != t.get(t.size() - 1)) {
        return UNKNOWN;
      }
    }
    int end = t.get(t.size() - 1).type() == TokenType.SEMICOLON ? t.size() - 1 : t.size();
    Token first = t.get(0);
    int at;
    Kind kind;
    if (first.isWord(sql, "UPDATE")) {
      kind = Kind.UPDATE;
      at = 1;
      if (at < end && t.get(at).isWord(sql, "ONLY")) {
        return UNKNOWN; // inheritance: leave it to measuring
      }
    } else if (first.isWord(sql, "DELETE") && end > 1 && t.get(1).isWord(sql, "FROM")) {
      kind = Kind.DELETE;
      at = 2;
    } else if (first.isWord(sql, "INSERT") && end > 1 && t.get(1).isWord(sql, "INTO")) {
      kind = Kind.INSERT_VALUES;
      at = 2;
    } else {
      return UNKNOWN;
    }
    // target: name or schema.name
    if (at >= end || !identifier(sql, t.get(at))) {
      return UNKNOWN;
    }
    String schema = null;
    String table = t.get(at).text(sql);
    at++;
    if (at + 1 < end && t.get(at).type() == TokenType.DOT && identifier(sql, t.get(at + 1))) {
      schema = table;
      table = t.get(at + 1).text(sql);
      at += 2;
    }
    if (table.regionMatches(true, 0, "U&", 0, 2)
        || schema != null && schema.regionMatches(true, 0, "U&", 0, 2)
        || table.equalsIgnoreCase("ONLY")) {
      return UNKNOWN;
    }
    boolean plain = plain(sql, t, at, end);
    if (kind == Kind.INSERT_VALUES) {
      long rows = insertRows(sql, t, at, end);
      return rows <= 0 ? UNKNOWN : new WriteText(kind, schema, table, plain, null, rows);
    }
    // optional alias
    String alias = null;
    if (at < end && t.get(at).isWord(sql, "AS")) {
      at++;
      if (at >= end || !identifier(sql, t.get(at))) {
        return UNKNOWN;
      }
    }
    if (at < end && identifier(sql, t.get(at)) && !keywordAfterTarget(sql, t.get(at))) {
      alias = t.get(at).text(sql);
      at++;
    }
    if (kind == Kind.UPDATE && (at >= end || !t.get(at).isWord(sql, "SET"))) {
      return UNKNOWN;
    }
    int where = -1;
    int depth = 0;
    for (int i = at; i < end; i++) {
      Token token = t.get(i);
      if (token.type() == TokenType.LEFT_PAREN) {
        depth++;
      } else if (token.type() == TokenType.RIGHT_PAREN) {
        depth--;
      } else if (depth == 0 && token.isWord(sql, "WHERE")) {
        where = i;
        break;
      } else if (depth == 0 && kind == Kind.DELETE && i == at) {
        if (!token.isWord(sql, "USING")) {
          return UNKNOWN;
        }
      }
    }
    if (where < 0) {
      return new WriteText(kind, schema, table, plain, null, 0);
    }
    Map<String, Long> pins =
        at < end && (kind == Kind.DELETE ? where == at : true) && noFrom(sql, t, at, where)
            ? pins(sql, t, where + 1, end, table, alias)
            : null;
    return new WriteText(kind, schema, table, plain, pins, 0);
  }

  /** No {@code FROM} (PostgreSQL UPDATE ... FROM joins) at depth 0 between SET and WHERE. */
  private static boolean noFrom(String sql, List<Token> t, int from, int to) {
    int depth = 0;
    for (int i = from; i < to; i++) {
      Token token = t.get(i);
      if (token.type() == TokenType.LEFT_PAREN) {
        depth++;
      } else if (token.type() == TokenType.RIGHT_PAREN) {
        depth--;
      } else if (depth == 0 && (token.isWord(sql, "FROM") || token.isWord(sql, "USING"))) {
        return false;
      }
    }
    return true;
  }

  private static boolean keywordAfterTarget(String sql, Token token) {
    return token.isWord(sql, "SET")
        || token.isWord(sql, "WHERE")
        || token.isWord(sql, "USING")
        || token.isWord(sql, "VALUES")
        || token.isWord(sql, "LOW_PRIORITY")
        || token.isWord(sql, "IGNORE");
  }

  private static boolean identifier(String sql, Token token) {
    return token.type() == TokenType.QUOTED_IDENTIFIER
        || token.type() == TokenType.WORD && Character.isLetter(sql.charAt(token.start()))
        || token.type() == TokenType.WORD && sql.charAt(token.start()) == '_';
  }

  /** No function call, no WITH/RETURNING/DEFAULT, nothing unknown. */
  private static boolean plain(String sql, List<Token> t, int from, int end) {
    for (int i = from; i < end; i++) {
      Token token = t.get(i);
      if (token.type() == TokenType.WORD) {
        String word = token.text(sql).toUpperCase(Locale.ROOT);
        if (UNPLAIN.contains(word)) {
          return false;
        }
        if (i + 1 < end && t.get(i + 1).type() == TokenType.LEFT_PAREN && !GRAMMAR.contains(word)) {
          return false;
        }
      } else if (token.type() == TokenType.QUOTED_IDENTIFIER
          && i + 1 < end
          && t.get(i + 1).type() == TokenType.LEFT_PAREN) {
        return false;
      } else if (token.type() == TokenType.OPERATOR) {
        String op = token.text(sql);
        if (op.startsWith("@") && !op.equals("@>") && !op.equals("@@") || op.equals(":=")) {
          return false; // MySQL user variables are set here
        }
      }
    }
    return true;
  }

  /** {@code [(cols)] VALUES (...), (...)} to the end: the number of rows, or 0. */
  private static long insertRows(String sql, List<Token> t, int at, int end) {
    if (at < end && t.get(at).type() == TokenType.LEFT_PAREN) {
      at = close(t, at, end);
      if (at < 0) {
        return 0;
      }
      at++;
    }
    if (at >= end || !(t.get(at).isWord(sql, "VALUES") || t.get(at).isWord(sql, "VALUE"))) {
      return 0;
    }
    at++;
    long rows = 0;
    while (at < end) {
      if (t.get(at).type() != TokenType.LEFT_PAREN) {
        return 0;
      }
      at = close(t, at, end);
      if (at < 0) {
        return 0;
      }
      rows++;
      at++;
      if (at == end) {
        return rows;
      }
      if (t.get(at).type() != TokenType.COMMA) {
        return 0; // ON CONFLICT, ON DUPLICATE KEY UPDATE, RETURNING, ...
      }
      at++;
    }
    return 0;
  }

  /** The index of the parenthesis closing the one at {@code open}, or -1. */
  private static int close(List<Token> t, int open, int end) {
    int depth = 0;
    for (int i = open; i < end; i++) {
      if (t.get(i).type() == TokenType.LEFT_PAREN) {
        depth++;
      } else if (t.get(i).type() == TokenType.RIGHT_PAREN && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  /**
   * {@code pin (AND pin)*} to the end, where pin is {@code [q.]col = value} or {@code [q.]col IN
   * (value, ...)} and value is a parameter, a number or a string: the columns and their number of
   * values, or null.
   */
  private static Map<String, Long> pins(
      String sql, List<Token> t, int at, int end, String table, String alias) {
    Map<String, Long> pins = new HashMap<>();
    while (true) {
      if (at >= end || !identifier(sql, t.get(at))) {
        return null;
      }
      String column = t.get(at).text(sql);
      at++;
      if (at + 1 < end && t.get(at).type() == TokenType.DOT) {
        if (!column.equals(table) && !column.equals(alias) || !identifier(sql, t.get(at + 1))) {
          return null;
        }
        column = t.get(at + 1).text(sql);
        at += 2;
      }
      if (t.get(at - 1).type() == TokenType.QUOTED_IDENTIFIER) {
        column = SqlLexer.identifierValue(sql, t.get(at - 1), null);
      } else {
        column = column.toLowerCase(Locale.ROOT);
      }
      if (at >= end) {
        return null;
      }
      long values;
      Token op = t.get(at);
      if (op.type() == TokenType.OPERATOR && op.text(sql).equals("=")) {
        at++;
        int next = value(sql, t, at, end);
        if (next < 0) {
          return null;
        }
        at = next;
        values = 1;
      } else if (op.isWord(sql, "IN")) {
        at++;
        if (at >= end || t.get(at).type() != TokenType.LEFT_PAREN) {
          return null;
        }
        at++;
        values = 0;
        while (true) {
          int next = value(sql, t, at, end);
          if (next < 0) {
            return null;
          }
          values++;
          at = next;
          if (at < end && t.get(at).type() == TokenType.COMMA) {
            at++;
          } else if (at < end && t.get(at).type() == TokenType.RIGHT_PAREN) {
            at++;
            break;
          } else {
            return null;
          }
        }
      } else {
        return null;
      }
      pins.merge(column, values, Math::min);
      if (at == end) {
        return pins;
      }
      if (!t.get(at).isWord(sql, "AND")) {
        return null;
      }
      at++;
    }
  }

  /**
   * A parameter, a number (optionally negative) or a string at {@code at}: the next index, or -1.
   */
  private static int value(String sql, List<Token> t, int at, int end) {
    if (at >= end) {
      return -1;
    }
    TokenType type = t.get(at).type();
    if (type == TokenType.OPERATOR
        && t.get(at).text(sql).equals("-")
        && at + 1 < end
        && t.get(at + 1).type() == TokenType.NUMBER) {
      return at + 2;
    }
    return type == TokenType.PARAMETER || type == TokenType.NUMBER || type == TokenType.STRING
        ? at + 1
        : -1;
  }
}
