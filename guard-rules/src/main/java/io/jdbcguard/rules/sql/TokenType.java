package io.jdbcguard.rules.sql;

/**
 * The kind of a {@link Token} produced by {@link SqlLexer}. White space never becomes a token;
 * comments do.
 */
public enum TokenType {
  /** A keyword or an unquoted identifier, as written ({@code SELECT}, {@code my_table}, {@code a$b}). */
  WORD,
  /**
   * A quoted identifier: {@code "a""b"} (PostgreSQL, generic), {@code U&"d\0061t"} (PostgreSQL,
   * generic) or {@code `a``b`} (MySQL).
   */
  QUOTED_IDENTIFIER,
  /**
   * A string literal, including its prefix: {@code 'it''s'}, PostgreSQL {@code E'..'}, {@code
   * U&'..'}, {@code B'..'}, {@code X'..'}, {@code $tag$..$tag$}, MySQL {@code '..'} and {@code
   * ".."} with backslash escapes, {@code N'..'}. A PostgreSQL literal continued on the next line
   * ({@code 'a'\n'b'}) is one token.
   */
  STRING,
  /** A numeric literal: {@code 1}, {@code 1.5}, {@code .5}, {@code 1e10}, {@code 1_000}, {@code 0x1F}. */
  NUMBER,
  /** A bind parameter: {@code ?}, PostgreSQL {@code $1}, generic {@code :name}. */
  PARAMETER,
  /** An operator such as {@code =}, {@code <>}, {@code ::}, {@code ->>}, {@code @}. */
  OPERATOR,
  LEFT_PAREN,
  RIGHT_PAREN,
  LEFT_BRACE,
  RIGHT_BRACE,
  LEFT_BRACKET,
  RIGHT_BRACKET,
  COMMA,
  DOT,
  /** A statement separator: {@code ;}, or the current {@code DELIMITER} in a MySQL script. */
  SEMICOLON,
  /** A comment the server ignores: {@code -- ..}, {@code # ..} (MySQL), {@code /* .. *}{@code /}. */
  COMMENT,
  /**
   * A comment whose content the server executes: MySQL/MariaDB {@code /*! ..*}{@code /}, {@code
   * /*!50001 ..*}{@code /}, {@code /*M! ..*}{@code /}. Never treat it as a comment.
   */
  EXECUTABLE_COMMENT,
  /**
   * Something the guard must not trust: an unterminated string, quoted identifier, comment or
   * dollar quote (covering the rest of the input), a control or NUL character, a character the
   * dialect does not allow outside literals, or a construct that servers of the same family lex
   * differently. The engine blocks statements containing it.
   */
  ERROR
}
