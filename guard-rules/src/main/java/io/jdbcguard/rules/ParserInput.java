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
    if (dialect == Dialect.MYSQL) {
      text = MysqlPipes.asOr(text);
    }
    return text;
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
