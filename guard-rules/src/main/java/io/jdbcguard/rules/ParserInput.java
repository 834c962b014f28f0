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
 * lacks replaced by equivalent ones. None of these changes which rows a statement touches.
 */
final class ParserInput {

  /** MySQL: {@code SELECT ... LOCK IN SHARE MODE} is the old spelling of {@code FOR SHARE}. */
  private static final Pattern LOCK_IN_SHARE_MODE =
      Pattern.compile("\\s+LOCK\\s+IN\\s+SHARE\\s+MODE\\s*$", Pattern.CASE_INSENSITIVE);

  private ParserInput() {}

  static String of(String sql, List<Token> statementTokens, Dialect dialect) {
    List<Token> tokens = JdbcEscapes.strip(sql, statementTokens);
    if (dialect == Dialect.POSTGRES) {
      tokens = withoutOnly(sql, tokens);
    }
    String text = ParserText.of(sql, tokens, 0, tokens.size(), dialect).text();
    if (dialect == Dialect.MYSQL && text.length() > 20
        && text.regionMatches(true, text.length() - 4, "MODE", 0, 4)) {
      text = LOCK_IN_SHARE_MODE.matcher(text).replaceFirst(" FOR SHARE");
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
