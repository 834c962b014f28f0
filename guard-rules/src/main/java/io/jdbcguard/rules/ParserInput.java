package io.jdbcguard.rules;

import io.jdbcguard.rules.sql.ParserText;
import io.jdbcguard.rules.sql.Token;
import io.jdbcguard.rules.sql.TokenType;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The text handed to JSqlParser for one statement: its tokens re-rendered ({@link ParserText}),
 * without JDBC escape syntax ({@link JdbcEscapes}), and with the few dialect spellings JSqlParser
 * lacks replaced by equivalent ones (the parse-coverage check then compares the tree with this
 * text, not the original). None of these changes which rows a statement touches.
 */
final class ParserInput {

  /**
   * MySQL spellings JSqlParser 5.4 lacks, each with an equivalent it reads. None of them changes
   * which rows or tables a statement touches.
   */
  private static final Rewrite[] MYSQL =
      new Rewrite[] {
        // user variables: JSqlParser reads @x but not @v; as plain identifiers they parse alike
        new Rewrite("(?<![@\\w])@(?!@)([A-Za-z_][A-Za-z0-9_$]*)", "uservar_$1"),
        // SELECT ... INTO @a, @b at the end (MySQL 8): assigns variables, writes no table
        new Rewrite("\\s+INTO\\s+uservar_\\w+(\\s*,\\s*uservar_\\w+)*\\s*$", ""),
        // the old spelling of FOR SHARE
        new Rewrite("\\s+LOCK\\s+IN\\s+SHARE\\s+MODE\\s*$", " FOR SHARE"),
        // optimizer modifiers right after SELECT
        new Rewrite("^(SELECT)\\s+((HIGH_PRIORITY|SQL_SMALL_RESULT|SQL_BIG_RESULT|SQL_BUFFER_RESULT)\\s+)+", "$1 "),
        // VALUES ROW(1, 2), ROW(3, 4) and ROW(...) constructors are plain row values
        new Rewrite("\\bROW\\s*\\(", "("),
        // integer division and modulo operators
        new Rewrite("\\bDIV\\b", "/"),
        new Rewrite("\\bMOD\\b(?!\\s*\\()", "%"),
        // DELETE FROM t1 USING t1 JOIN t2 ... is MySQL's other spelling of DELETE t1 FROM t1 JOIN t2
        new Rewrite("^(DELETE(?:\\s+(?:LOW_PRIORITY|QUICK|IGNORE))*)\\s+FROM\\s+(.+?)\\s+USING\\s+", "$1 $2 FROM "),
      };

  /** PostgreSQL spellings JSqlParser 5.4 lacks. */
  private static final Rewrite[] POSTGRES =
      new Rewrite[] {
        // ORDER BY x USING < (a sort operator): the order, not the rows, changes
        new Rewrite(
            "\\s+USING\\s+(?:<=?|>=?|~<~|~>~)(?=\\s*(?:,|\\)|$|NULLS\\b|LIMIT\\b|OFFSET\\b|FOR\\b|FETCH\\b))",
            ""),
      };

  private record Rewrite(Pattern pattern, String replacement) {
    Rewrite(String regex, String replacement) {
      this(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), replacement);
    }

    String apply(String text) {
      return pattern.matcher(text).replaceAll(replacement);
    }
  }

  private ParserInput() {}

  static String of(String sql, List<Token> statementTokens, Dialect dialect) {
    List<Token> tokens = JdbcEscapes.strip(sql, statementTokens);
    if (dialect == Dialect.POSTGRES) {
      tokens = withoutOnly(sql, tokens);
    }
    String text = ParserText.of(sql, tokens, 0, tokens.size(), dialect).text();
    Rewrite[] rewrites = dialect == Dialect.MYSQL ? MYSQL : dialect == Dialect.POSTGRES ? POSTGRES : null;
    if (rewrites != null) {
      for (Rewrite r : rewrites) {
        text = r.apply(text);
      }
    }
    if (dialect == Dialect.MYSQL && text.indexOf('@') >= 0) {
      text = quotedUserVariables(text);
    }
    if (dialect == Dialect.MYSQL) {
      text = MysqlPipes.asOr(text);
    }
    return text;
  }

  /**
   * MySQL's quoted user variables {@code @'x'}, {@code @"x"} (a {@code '..'} literal by now) and
   * {@code @`x`} become a plain variable name JSqlParser reads. Works outside literals only: the
   * parser text holds only standard {@code '..'} literals and backquoted names, so a quote inside
   * a literal never starts one.
   */
  private static String quotedUserVariables(String text) {
    StringBuilder out = null;
    int copied = 0;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\'' || c == '`') {
        i = closingQuote(text, i) + 1;
        continue;
      }
      boolean variable = c == '@' && i + 1 < text.length()
          && (text.charAt(i + 1) == '\'' || text.charAt(i + 1) == '`')
          && (i == 0 || !(Character.isLetterOrDigit(text.charAt(i - 1)) || text.charAt(i - 1) == '_'
              || text.charAt(i - 1) == '@' || text.charAt(i - 1) == '\'' || text.charAt(i - 1) == '`'));
      if (variable) {
        int end = closingQuote(text, i + 1);
        if (out == null) {
          out = new StringBuilder(text.length());
        }
        out.append(text, copied, i).append("uservar_quoted");
        copied = end + 1;
        i = end + 1;
        continue;
      }
      i++;
    }
    if (out == null) {
      return text;
    }
    return out.append(text, Math.min(copied, text.length()), text.length()).toString();
  }

  /** The index of the quote closing the one at {@code open} (doubled quotes stay inside). */
  private static int closingQuote(String text, int open) {
    char q = text.charAt(open);
    int i = open + 1;
    while (i < text.length()) {
      if (text.charAt(i) == q) {
        if (i + 1 < text.length() && text.charAt(i + 1) == q) {
          i += 2;
          continue;
        }
        return i;
      }
      i++;
    }
    return text.length() - 1;
  }

  /**
   * PostgreSQL: {@code FROM ONLY t}, {@code UPDATE ONLY t}, {@code JOIN ONLY t} exclude inheritance
   * children (fewer rows, same target); JSqlParser does not read the keyword.
   */
  private static List<Token> withoutOnly(String sql, List<Token> tokens) {
    List<Token> out = null;
    Token previous = null;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      boolean only = t.isWord(sql, "ONLY") && previous != null
          && (previous.isWord(sql, "FROM") || previous.isWord(sql, "UPDATE")
              || previous.isWord(sql, "JOIN") || previous.isWord(sql, "TABLE"))
          && i + 1 < tokens.size()
          && (tokens.get(i + 1).type() == TokenType.WORD
              || tokens.get(i + 1).type() == TokenType.QUOTED_IDENTIFIER);
      if (only && out == null) {
        out = new ArrayList<>(tokens.subList(0, i));
      }
      if (out != null && !only) {
        out.add(t);
      }
      if (t.type() != TokenType.COMMENT) {
        previous = t;
      }
    }
    return out == null ? tokens : out;
  }
}
