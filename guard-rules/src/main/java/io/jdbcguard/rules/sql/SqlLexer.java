package io.jdbcguard.rules.sql;

import io.jdbcguard.rules.Dialect;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Cuts SQL text into tokens the way the database server's own lexer does, so that nothing can hide
 * in what the guard believes is a comment or a literal.
 *
 * <p>One linear pass, no recursion, no regular expressions, no allocation per character. It never
 * throws: whatever it cannot trust becomes an {@link TokenType#ERROR} token, which the engine
 * blocks (fail closed).
 *
 * <h2>Rules per dialect</h2>
 *
 * <ul>
 *   <li><b>All</b>: white space is space, tab, LF, VT, FF and CR. {@code --} line comments, {@code
 *       /* *}{@code /} block comments, {@code '..'} strings with {@code ''} doubling, {@code ?}
 *       parameters. A NUL character anywhere (even inside a literal or comment) makes an ERROR, as
 *       do other control characters outside literals, {@code \}, and non-ASCII characters that are
 *       white space, separators, control or format characters (no-break space, zero-width space,
 *       BOM, ...), unpaired surrogates, unassigned or private-use code points.
 *   <li><b>PostgreSQL</b> (standard_conforming_strings on): block comments nest; {@code '..'} has no
 *       backslash escapes but {@code E'..'} has; {@code U&'..'}, {@code U&".."}, {@code B'..'},
 *       {@code X'..'}, {@code N'..'}; a literal continued after a newline ({@code 'a'\n'b'}) is one
 *       token; dollar quotes {@code $$..$$}, {@code $tag$..$tag$}; {@code $1} parameters; {@code $}
 *       continues identifiers; operators are runs of {@code ~!@#^&|+-*}{@code /%<>=} cut before
 *       {@code --} or {@code /*} and, like the server, without a trailing {@code +}/{@code -}
 *       unless they contain {@code ~!@#^&|%} (so {@code =-1} is {@code =}, {@code -}, {@code 1});
 *       {@code `} is an ERROR (the server has no such operator, and JSqlParser would read it as an
 *       identifier quote).
 *   <li><b>MySQL/MariaDB</b> (sql_mode without ANSI_QUOTES and NO_BACKSLASH_ESCAPES): {@code '..'}
 *       and {@code ".."} are strings with backslash escapes; {@code `..`} identifiers; {@code #}
 *       comments; {@code --} starts a comment only before white space, a control character or the
 *       end (a control character that is not white space makes it an ERROR, because the mysql
 *       client disagrees); line comments end at LF only; block comments do not nest; {@code /*!},
 *       {@code /*M!} are EXECUTABLE_COMMENTs, and so is {@code /*m!} (a plain comment for MariaDB
 *       10.11, but treating it as executable costs nothing); a {@code /*+} hint containing a
 *       quote is an ERROR (the server's hint scanner skips {@code *}{@code /} inside quotes);
 *       {@code $tag$} at a token start is an ERROR (a dollar quote since MySQL 8.4, an identifier
 *       before); {@code 0x1F}, {@code 0b101}, {@code 1e5} are numbers but {@code 1abc} and {@code
 *       0x1G} are identifiers; {@code X'..'} must hold an even number of hex digits.
 *   <li><b>Generic</b>: ANSI ({@code --}, non-nested block comments, {@code '..'} without escapes,
 *       {@code ".."} identifiers, {@code :name} parameters). Constructs that the servers behind a
 *       generic URL read differently are ERRORs: {@code #}, {@code `}, {@code $} at a token start,
 *       a block comment containing {@code /*} (nested for SQL Server, not for others), a quoted
 *       literal or identifier whose end moves if backslash escapes apply, and a {@code [..]}
 *       containing quotes or comment markers (an identifier for SQL Server, a subscript for others).
 * </ul>
 *
 * <p>Unterminated strings, quoted identifiers, block comments and dollar quotes become one ERROR
 * token that runs to the end of the input.
 */
public final class SqlLexer {

  private final String sql;
  private final int len;
  private final Dialect dialect;
  private final boolean hasNul;
  private int pos;
  private int lineCursor;
  private int line = 1;
  private Token previous;
  /** MySQL script mode: the current client DELIMITER, or null for the plain semicolon. */
  private String delimiter;
  /** Generic dialect: every {@code [} before this index has been checked for ambiguity. */
  private int bracketsCheckedUntil;

  SqlLexer(String sql, Dialect dialect) {
    this.sql = sql;
    this.len = sql.length();
    this.dialect = dialect == null ? Dialect.GENERIC : dialect;
    this.hasNul = sql.indexOf('\0') >= 0;
  }

  // ---------------------------------------------------------------------------------------------
  // Public API

  /**
   * Cuts {@code sql} into tokens. White space is skipped; comments are tokens. Never throws; a null
   * string gives an empty list and a null dialect means generic.
   *
   * @return an unmodifiable list of tokens in input order
   */
  public static List<Token> tokenize(String sql, Dialect dialect) {
    if (sql == null || sql.isEmpty()) {
      return List.of();
    }
    SqlLexer lexer = new SqlLexer(sql, dialect);
    List<Token> tokens = new ArrayList<>(Math.min(1 << 16, 8 + sql.length() / 5));
    try {
      for (Token t = lexer.next(); t != null; t = lexer.next()) {
        tokens.add(t);
      }
    } catch (RuntimeException e) {
      // Cannot happen for a correct lexer; if it does, fail closed instead of failing open.
      int from = tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).end();
      tokens.add(new Token(TokenType.ERROR, from, sql.length(), 1));
    }
    return Collections.unmodifiableList(tokens);
  }

  /**
   * The decoded content of a {@link TokenType#STRING} token: quotes removed, doubled quotes undone
   * and escapes applied as the dialect does ({@code E'..'} and MySQL backslash escapes, {@code
   * U&'..'} Unicode escapes with the default {@code \} escape character, PostgreSQL line
   * continuations joined). For {@code X'..'} and {@code B'..'} it is the digits. For any other
   * token it is the token's text. Never throws.
   */
  public static String stringValue(String sql, Token token, Dialect dialect) {
    return SqlLiterals.stringValue(sql, token, dialect == null ? Dialect.GENERIC : dialect);
  }

  /**
   * The name an identifier token denotes: a {@link TokenType#WORD} as written (no case folding), a
   * {@link TokenType#QUOTED_IDENTIFIER} without its quotes, with doubled quotes undone and {@code
   * U&".."} escapes applied. For any other token it is the token's text. Never throws.
   */
  public static String identifierValue(String sql, Token token, Dialect dialect) {
    return SqlLiterals.identifierValue(sql, token);
  }

  /**
   * As {@link #stringValue(String, Token, Dialect)} for a literal followed by {@code UESCAPE 'c'}:
   * a {@code U&'..'} literal's escapes use {@code unicodeEscape} instead of the backslash.
   */
  public static String stringValue(String sql, Token token, Dialect dialect, char unicodeEscape) {
    return SqlLiterals.stringValue(sql, token, dialect == null ? Dialect.GENERIC : dialect, unicodeEscape);
  }

  /**
   * As {@link #identifierValue(String, Token, Dialect)} for an identifier followed by {@code
   * UESCAPE 'c'}: a {@code U&".."} identifier's escapes use {@code unicodeEscape}.
   */
  public static String identifierValue(String sql, Token token, Dialect dialect, char unicodeEscape) {
    return SqlLiterals.identifierValue(sql, token, unicodeEscape);
  }

  // ---------------------------------------------------------------------------------------------
  // Cursor (package-private for the script splitter)

  /** The next token, or null at the end of the input. */
  Token next() {
    while (pos < len && isSpace(sql.charAt(pos))) {
      pos++;
    }
    if (pos >= len) {
      return null;
    }
    int start = pos;
    TokenType type;
    if (delimiter != null && sql.startsWith(delimiter, pos)) {
      pos += delimiter.length();
      type = TokenType.SEMICOLON;
    } else {
      type = scan(sql.charAt(pos));
      if (pos <= start) { // defensive: every scanner consumes at least one character
        pos = start + 1;
        type = TokenType.ERROR;
      }
      if (hasNul && type != TokenType.ERROR && containsNul(start, pos)) {
        type = TokenType.ERROR;
      }
    }
    previous = new Token(type, start, pos, lineAt(start));
    return previous;
  }

  /**
   * Sets the MySQL client delimiter that ends statements in a script (null or {@code ;} for the
   * plain semicolon). A delimiter is recognised at every token start and inside words and numbers,
   * as the mysql client does.
   */
  void setDelimiter(String value) {
    delimiter = value == null || value.isEmpty() || value.equals(";") ? null : value;
  }

  /** Continues lexing at {@code offset} (only forward; used to skip a DELIMITER line). */
  void skipTo(int offset) {
    if (offset > pos) {
      pos = Math.min(offset, len);
      previous = null;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Dispatch on the first character

  private TokenType scan(char c) {
    switch (c) {
      case '\'':
        return quotedString(pos, pos);
      case '"':
        return dialect == Dialect.MYSQL ? mysqlString(pos) : doubleQuotedIdentifier(pos);
      case '`':
        return dialect == Dialect.MYSQL ? backquotedIdentifier() : single(TokenType.ERROR);
      case '-':
        return minus();
      case '/':
        return at(pos + 1) == '*' ? blockComment() : operator();
      case '#':
        return hash();
      case '$':
        return dollar();
      case '?':
        return single(TokenType.PARAMETER);
      case ':':
        return colon();
      case '(':
        return single(TokenType.LEFT_PAREN);
      case ')':
        return single(TokenType.RIGHT_PAREN);
      case '{':
        return single(TokenType.LEFT_BRACE);
      case '}':
        return single(TokenType.RIGHT_BRACE);
      case '[':
        return leftBracket();
      case ']':
        return single(TokenType.RIGHT_BRACKET);
      case ',':
        return single(TokenType.COMMA);
      case ';':
        return single(TokenType.SEMICOLON);
      case '.':
        return isDigit(at(pos + 1)) && !isMySqlQualifierDot() ? number() : single(TokenType.DOT);
      default:
        if (isDigit(c)) {
          return number();
        }
        if (isAsciiLetter(c) || c == '_') {
          return wordOrPrefixedLiteral(c);
        }
        if (c < 0x80) {
          return isOperatorChar(c) ? operator() : single(TokenType.ERROR);
        }
        return nonAscii();
    }
  }

  private TokenType single(TokenType type) {
    pos++;
    return type;
  }

  // ---------------------------------------------------------------------------------------------
  // Comments

  private TokenType minus() {
    if (at(pos + 1) == '-') {
      if (dialect != Dialect.MYSQL) {
        return lineComment(TokenType.COMMENT);
      }
      int after = at(pos + 2);
      if (after < 0 || isSpace((char) after)) {
        return lineComment(TokenType.COMMENT);
      }
      if (after < 0x20 || after == 0x7F) {
        // the server sees a comment, the mysql client does not: fail closed
        return lineComment(TokenType.ERROR);
      }
      // MySQL: "1--1" is 1 - -1
    }
    return operator();
  }

  private TokenType hash() {
    switch (dialect) {
      case MYSQL:
        return lineComment(TokenType.COMMENT);
      case POSTGRES:
        return operator();
      default:
        return single(TokenType.ERROR);
    }
  }

  /** To the end of the line: LF (and CR except in MySQL). A NUL also ends it, to become an ERROR. */
  private TokenType lineComment(TokenType type) {
    boolean crEnds = dialect != Dialect.MYSQL;
    int i = pos + 1;
    while (i < len) {
      char c = sql.charAt(i);
      if (c == '\n' || c == '\0' || (crEnds && c == '\r')) {
        break;
      }
      i++;
    }
    pos = i;
    return type;
  }

  private TokenType blockComment() {
    int start = pos;
    if (dialect == Dialect.POSTGRES) {
      return nestedBlockComment(start);
    }
    int close = sql.indexOf("*/", start + 2);
    if (close < 0) {
      pos = len;
      return TokenType.ERROR;
    }
    pos = close + 2;
    int marker = at(start + 2);
    if (marker == '!' || ((marker == 'M' || marker == 'm') && at(start + 3) == '!')) {
      return TokenType.EXECUTABLE_COMMENT;
    }
    if (marker == '+' && containsQuote(start + 3, close)) {
      return TokenType.ERROR; // the hint scanner would not stop at this "*/"
    }
    if (dialect == Dialect.GENERIC && containsPair(start + 2, close + 1, '/', '*')) {
      return TokenType.ERROR; // nested for SQL Server, not nested for others
    }
    return TokenType.COMMENT;
  }

  private TokenType nestedBlockComment(int start) {
    int depth = 1;
    int i = start + 2;
    while (i < len) {
      char c = sql.charAt(i);
      if (c == '*' && at(i + 1) == '/') {
        i += 2;
        if (--depth == 0) {
          pos = i;
          return TokenType.COMMENT;
        }
      } else if (c == '/' && at(i + 1) == '*') {
        depth++;
        i += 2;
      } else {
        i++;
      }
    }
    pos = len;
    return TokenType.ERROR;
  }

  // ---------------------------------------------------------------------------------------------
  // Strings and quoted identifiers

  private TokenType wordOrPrefixedLiteral(char c) {
    int start = pos;
    int next = at(start + 1);
    if (next == '\'') {
      switch (c) {
        case 'e':
        case 'E':
          if (dialect == Dialect.POSTGRES) {
            return postgresString(start, start + 1, true);
          }
          break;
        case 'n':
        case 'N':
          return quotedString(start, start + 1);
        case 'x':
        case 'X':
          return bitString(start + 1, true);
        case 'b':
        case 'B':
          return bitString(start + 1, false);
        default:
          break;
      }
    } else if ((c == 'u' || c == 'U') && next == '&' && dialect != Dialect.MYSQL) {
      int quote = at(start + 2);
      if (quote == '\'') {
        return quotedString(start, start + 2);
      }
      if (quote == '"') {
        return dialect == Dialect.POSTGRES
            ? postgresIdentifier(start + 2)
            : ambiguousQuoted(start + 2, TokenType.QUOTED_IDENTIFIER);
      }
    }
    pos = wordEnd(start);
    return TokenType.WORD;
  }

  /** A {@code '..'} literal whose opening quote is at {@code quote} (after any N or U& prefix). */
  private TokenType quotedString(int start, int quote) {
    switch (dialect) {
      case POSTGRES:
        return postgresString(start, quote, false);
      case MYSQL:
        return mysqlString(quote);
      default:
        return ambiguousQuoted(quote, TokenType.STRING);
    }
  }

  /** PostgreSQL: optional backslash escapes, '' doubling, continuation after a newline. */
  private TokenType postgresString(int start, int quote, boolean escapes) {
    int end = quotedEnd(quote + 1, '\'', escapes);
    while (end >= 0) {
      int next = continuationQuote(end);
      if (next < 0) {
        pos = end;
        return TokenType.STRING;
      }
      end = quotedEnd(next + 1, '\'', escapes);
    }
    pos = len;
    return TokenType.ERROR;
  }

  /** MySQL {@code '..'}, {@code ".."}, {@code N'..'}: backslash escapes and doubling. */
  private TokenType mysqlString(int quote) {
    int end = quotedEnd(quote + 1, sql.charAt(quote), true);
    pos = end < 0 ? len : end;
    return end < 0 ? TokenType.ERROR : TokenType.STRING;
  }

  private TokenType doubleQuotedIdentifier(int quote) {
    return dialect == Dialect.POSTGRES
        ? postgresIdentifier(quote)
        : ambiguousQuoted(quote, TokenType.QUOTED_IDENTIFIER);
  }

  private TokenType postgresIdentifier(int quote) {
    int end = quotedEnd(quote + 1, '"', false);
    pos = end < 0 ? len : end;
    return end < 0 ? TokenType.ERROR : TokenType.QUOTED_IDENTIFIER;
  }

  private TokenType backquotedIdentifier() {
    int end = quotedEnd(pos + 1, '`', false);
    pos = end < 0 ? len : end;
    return end < 0 ? TokenType.ERROR : TokenType.QUOTED_IDENTIFIER;
  }

  /**
   * Generic: ANSI quoting, but an ERROR if a backslash-escaping server would end the literal
   * somewhere else ({@code 'a\'; DROP ..; --'}).
   */
  private TokenType ambiguousQuoted(int quote, TokenType type) {
    char q = sql.charAt(quote);
    int plain = quotedEnd(quote + 1, q, false);
    int limit = plain < 0 ? len : plain;
    if (containsChar(quote + 1, limit, '\\') && quotedEnd(quote + 1, q, true) != plain) {
      pos = len;
      int escaped = quotedEnd(quote + 1, q, true);
      if (plain >= 0 && escaped >= 0) {
        pos = Math.max(plain, escaped);
      }
      return TokenType.ERROR;
    }
    pos = limit;
    return plain < 0 ? TokenType.ERROR : type;
  }

  /** {@code X'..'} / {@code B'..'}: no escapes, no doubling; digits are checked. */
  private TokenType bitString(int quote, boolean hex) {
    boolean valid = true;
    int digits = 0;
    int from = quote + 1;
    while (true) {
      int close = sql.indexOf('\'', from);
      if (close < 0) {
        pos = len;
        return TokenType.ERROR;
      }
      for (int k = from; k < close; k++) {
        char d = sql.charAt(k);
        if (hex ? !isHexDigit(d) : d != '0' && d != '1') {
          valid = false;
        }
      }
      digits += close - from;
      int next = dialect == Dialect.POSTGRES ? continuationQuote(close + 1) : -1;
      if (next < 0) {
        pos = close + 1;
        break;
      }
      from = next + 1;
    }
    if (dialect == Dialect.MYSQL && hex && digits % 2 != 0) {
      valid = false;
    }
    return valid ? TokenType.STRING : TokenType.ERROR;
  }

  /**
   * Index after the closing quote of a body starting at {@code from}, or -1 if unterminated.
   * Doubled quotes continue the body; with {@code backslash}, a backslash escapes the next char.
   */
  private int quotedEnd(int from, char quote, boolean backslash) {
    int i = from;
    while (i < len) {
      char c = sql.charAt(i);
      if (c == quote) {
        if (at(i + 1) != quote) {
          return i + 1;
        }
        i += 2;
      } else if (backslash && c == '\\') {
        i += 2;
      } else {
        i++;
      }
    }
    return -1;
  }

  private int continuationQuote(int from) {
    return continuationQuote(sql, from, len);
  }

  /**
   * PostgreSQL: if the literal that ended at {@code from} continues (white space holding a newline,
   * optionally {@code --} comments each followed by a newline, then a quote), the index of that
   * quote; else -1. Looks no further than {@code limit}.
   */
  static int continuationQuote(String sql, int from, int limit) {
    boolean newline = false;
    int i = from;
    while (i < limit) {
      char c = sql.charAt(i);
      if (c == '\n' || c == '\r') {
        newline = true;
        i++;
      } else if (c == ' ' || c == '\t' || c == '\f' || (newline && c == '\u000B')) {
        i++;
      } else if (c == '-' && i + 1 < limit && sql.charAt(i + 1) == '-') {
        i += 2;
        while (i < limit && sql.charAt(i) != '\n' && sql.charAt(i) != '\r') {
          i++;
        }
        if (i >= limit) {
          return -1;
        }
      } else {
        return c == '\'' && newline ? i : -1;
      }
    }
    return -1;
  }

  // ---------------------------------------------------------------------------------------------
  // Dollar signs, colons, brackets

  private TokenType dollar() {
    int start = pos;
    switch (dialect) {
      case POSTGRES:
        {
          if (isDigit(at(start + 1))) {
            pos = decimalDigits(start + 1, true);
            return TokenType.PARAMETER;
          }
          int tagEnd = dollarTagEnd(start + 1);
          if (at(tagEnd) != '$') {
            return single(TokenType.ERROR); // a lone '$' is a syntax error for the server
          }
          int tagLength = tagEnd + 1 - start;
          int close = findTag(tagEnd + 1, start, tagLength);
          pos = close < 0 ? len : close + tagLength;
          return close < 0 ? TokenType.ERROR : TokenType.STRING;
        }
      case MYSQL:
        {
          int tagEnd = dollarTagEnd(start + 1);
          if (at(tagEnd) == '$') {
            pos = tagEnd + 1; // dollar quote since 8.4, identifier before: fail closed
            return TokenType.ERROR;
          }
          pos = wordEnd(start);
          return TokenType.WORD;
        }
      default:
        return single(TokenType.ERROR);
    }
  }

  private int dollarTagEnd(int from) {
    int i = from;
    while (i < len) {
      char c = sql.charAt(i);
      if (c < 0x80) {
        if (!(isAsciiLetter(c) || isDigit(c) || c == '_')) {
          break;
        }
        i++;
      } else {
        int cp = sql.codePointAt(i);
        if (!isWordCodePoint(cp)) {
          break;
        }
        i += Character.charCount(cp);
      }
    }
    return i;
  }

  /** First index at or after {@code from} where the tag {@code sql[tagStart, +tagLength)} repeats. */
  private int findTag(int from, int tagStart, int tagLength) {
    int i = from;
    while (true) {
      int d = sql.indexOf('$', i);
      if (d < 0 || d > len - tagLength) {
        return -1;
      }
      if (sql.regionMatches(d, sql, tagStart, tagLength)) {
        return d;
      }
      i = d + 1;
    }
  }

  private TokenType colon() {
    int next = at(pos + 1);
    if (next == '=' || (next == ':' && dialect != Dialect.MYSQL)) {
      pos += 2;
      return TokenType.OPERATOR;
    }
    if (dialect == Dialect.GENERIC && (isDigit(next) || isWordStart(pos + 1))) {
      pos = wordEnd(pos + 1);
      return TokenType.PARAMETER;
    }
    return single(TokenType.OPERATOR);
  }

  /**
   * Generic: {@code [x]} is a quoted identifier for SQL Server but a subscript elsewhere. Both
   * readings agree unless the brackets hold quotes or comment markers; then it is an ERROR.
   */
  private TokenType leftBracket() {
    if (dialect == Dialect.GENERIC && pos >= bracketsCheckedUntil) {
      boolean ambiguous = false;
      int i = pos + 1;
      int end = -1;
      while (i < len) {
        char c = sql.charAt(i);
        if (c == ']') {
          if (at(i + 1) != ']') {
            end = i + 1;
            break;
          }
          i += 2;
          continue;
        }
        int n = at(i + 1);
        if (c == '\'' || c == '"' || c == '`' || (c == '-' && n == '-') || (c == '/' && n == '*')
            || (c == '*' && n == '/')) {
          ambiguous = true;
        }
        i++;
      }
      if (end < 0) {
        bracketsCheckedUntil = len; // unterminated: SQL Server rejects it, others lex as we do
      } else if (ambiguous) {
        pos = end;
        return TokenType.ERROR;
      } else {
        bracketsCheckedUntil = end;
      }
    }
    return single(TokenType.LEFT_BRACKET);
  }

  /** MySQL reads {@code t.5} as table t, column 5: a dot glued to an identifier is a qualifier. */
  private boolean isMySqlQualifierDot() {
    return dialect == Dialect.MYSQL
        && previous != null
        && previous.end() == pos
        && (previous.type() == TokenType.WORD || previous.type() == TokenType.QUOTED_IDENTIFIER);
  }

  // ---------------------------------------------------------------------------------------------
  // Numbers and words

  private TokenType number() {
    switch (dialect) {
      case POSTGRES:
        return postgresNumber(pos);
      case MYSQL:
        return mysqlNumber(pos);
      default:
        pos = exponent(fraction(sql.charAt(pos) == '.' ? pos : digits(pos), false), false);
        return TokenType.NUMBER;
    }
  }

  private TokenType postgresNumber(int start) {
    if (sql.charAt(start) == '0') {
      int radix = radix(at(start + 1));
      if (radix != 0) {
        int i = start + 2;
        int count = 0;
        while (true) {
          if (isDigitOf(at(i), radix)) {
            i++;
          } else if (at(i) == '_' && isDigitOf(at(i + 1), radix)) {
            i += 2;
          } else {
            break;
          }
          count++;
        }
        if (count > 0) {
          pos = i;
          return TokenType.NUMBER;
        }
      }
    }
    int i = sql.charAt(start) == '.' ? start : decimalDigits(start, true);
    pos = exponent(fraction(i, true), true);
    return TokenType.NUMBER;
  }

  private TokenType mysqlNumber(int start) {
    char c0 = sql.charAt(start);
    if (c0 == '.') {
      pos = exponent(fraction(start, false), false);
      return TokenType.NUMBER;
    }
    if (c0 == '0' && (at(start + 1) == 'x' || at(start + 1) == 'b')) {
      boolean hex = at(start + 1) == 'x';
      int i = start + 2;
      while (hex ? isHexDigit(at(i)) : at(i) == '0' || at(i) == '1') {
        i++;
      }
      if (i > start + 2 && !isWordPart(i)) {
        pos = i;
        return TokenType.NUMBER;
      }
      pos = wordEnd(start); // 0x1G, 0xZ, 0b2: identifiers
      return TokenType.WORD;
    }
    int i = digits(start);
    if (isWordPart(i)) {
      int e = exponent(i, false);
      if (e > i) {
        pos = e;
        return TokenType.NUMBER;
      }
      pos = wordEnd(start); // 1abc, 123_456: identifiers in MySQL
      return TokenType.WORD;
    }
    pos = exponent(fraction(i, false), false);
    return TokenType.NUMBER;
  }

  private int digits(int from) {
    int i = from;
    while (isDigit(at(i))) {
      i++;
    }
    return i;
  }

  /** {@code [0-9](_?[0-9])*} with underscores (PostgreSQL 16), else plain digits. */
  private int decimalDigits(int from, boolean underscores) {
    int i = from;
    while (true) {
      if (isDigit(at(i))) {
        i++;
      } else if (underscores && i > from && at(i) == '_' && isDigit(at(i + 1))) {
        i += 2;
      } else {
        return i;
      }
    }
  }

  /** A '.' and optional digits at {@code i}; never the first dot of "..". */
  private int fraction(int i, boolean underscores) {
    if (at(i) == '.' && at(i + 1) != '.') {
      return decimalDigits(i + 1, underscores);
    }
    return i;
  }

  /** An exponent {@code e[+-]digits} at {@code i}, only if digits follow. */
  private int exponent(int i, boolean underscores) {
    if (at(i) == 'e' || at(i) == 'E') {
      int j = i + 1;
      if (at(j) == '+' || at(j) == '-') {
        j++;
      }
      if (isDigit(at(j))) {
        return decimalDigits(j, underscores);
      }
    }
    return i;
  }

  private TokenType nonAscii() {
    int cp = sql.codePointAt(pos);
    if (isWordCodePoint(cp)) {
      pos = wordEnd(pos);
      return TokenType.WORD;
    }
    pos += Character.charCount(cp);
    return TokenType.ERROR;
  }

  /** End of the identifier characters starting at {@code from} (stops at a script delimiter). */
  private int wordEnd(int from) {
    int i = from;
    while (i < len) {
      if (delimiter != null && i > from && sql.startsWith(delimiter, i)) {
        break;
      }
      char c = sql.charAt(i);
      if (c < 0x80) {
        if (!isAsciiWordPart(c)) {
          break;
        }
        i++;
      } else {
        int cp = sql.codePointAt(i);
        if (!isWordCodePoint(cp)) {
          break;
        }
        i += Character.charCount(cp);
      }
    }
    return i == from ? from + 1 : i;
  }

  // ---------------------------------------------------------------------------------------------
  // Operators

  private TokenType operator() {
    if (dialect == Dialect.POSTGRES) {
      return postgresOperator();
    }
    int c0 = at(pos);
    int c1 = at(pos + 1);
    int c2 = at(pos + 2);
    int n = 1;
    if ((c0 == '<' && c1 == '=' && c2 == '>') || (c0 == '-' && c1 == '>' && c2 == '>')) {
      n = 3;
    } else if (dialect == Dialect.GENERIC && c0 == '!' && c1 == '~' && c2 == '*') {
      n = 3;
    } else if (isTwoCharOperator(c0, c1)) {
      n = 2;
    }
    pos += n;
    return TokenType.OPERATOR;
  }

  private boolean isTwoCharOperator(int c0, int c1) {
    switch (c0) {
      case '<':
        return c1 == '=' || c1 == '>' || c1 == '<' || (c1 == '@' && dialect == Dialect.GENERIC);
      case '>':
        return c1 == '=' || c1 == '>';
      case '!':
        return c1 == '=' || (c1 == '~' && dialect == Dialect.GENERIC);
      case '&':
        return c1 == '&';
      case '|':
        return c1 == '|';
      case '-':
        return c1 == '>';
      case '@':
        return c1 == '>' && dialect == Dialect.GENERIC;
      case '~':
        return c1 == '*' && dialect == Dialect.GENERIC;
      default:
        return false;
    }
  }

  /**
   * PostgreSQL's rule: the longest run of operator characters, cut before an embedded {@code --}
   * or {@code /*}, then trailing {@code +}/{@code -} dropped unless the run holds one of {@code
   * ~!@#^&|%}.
   */
  private TokenType postgresOperator() {
    int start = pos;
    int i = start;
    while (i < len && isPostgresOperatorChar(sql.charAt(i))) {
      char c = sql.charAt(i);
      if (i > start && ((c == '-' && at(i + 1) == '-') || (c == '/' && at(i + 1) == '*'))) {
        break;
      }
      i++;
    }
    int n = i - start;
    char last = sql.charAt(start + n - 1);
    if (n > 1 && (last == '+' || last == '-') && !containsPostgresSpecialOperatorChar(start, i)) {
      do {
        n--;
        last = sql.charAt(start + n - 1);
      } while (n > 1 && (last == '+' || last == '-'));
    }
    pos = start + n;
    return TokenType.OPERATOR;
  }

  private boolean containsPostgresSpecialOperatorChar(int from, int to) {
    for (int k = from; k < to; k++) {
      switch (sql.charAt(k)) {
        case '~':
        case '!':
        case '@':
        case '#':
        case '^':
        case '&':
        case '|':
        case '%':
          return true;
        default:
          break;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------------------------------------
  // Character classes and small helpers

  /** The character at {@code i}, or -1 past the end. */
  private int at(int i) {
    return i < len ? sql.charAt(i) : -1;
  }

  private int lineAt(int offset) {
    while (lineCursor < offset) {
      char c = sql.charAt(lineCursor);
      if (c == '\n' || (c == '\r' && at(lineCursor + 1) != '\n')) {
        line++;
      }
      lineCursor++;
    }
    return line;
  }

  private boolean containsNul(int from, int to) {
    for (int k = from; k < to; k++) {
      if (sql.charAt(k) == '\0') {
        return true;
      }
    }
    return false;
  }

  private boolean containsChar(int from, int to, char c) {
    for (int k = from; k < to; k++) {
      if (sql.charAt(k) == c) {
        return true;
      }
    }
    return false;
  }

  private boolean containsQuote(int from, int to) {
    for (int k = from; k < to; k++) {
      char c = sql.charAt(k);
      if (c == '\'' || c == '"' || c == '`') {
        return true;
      }
    }
    return false;
  }

  /** True if {@code a} immediately followed by {@code b} starts somewhere in [from, to). */
  private boolean containsPair(int from, int to, char a, char b) {
    for (int k = from; k < to; k++) {
      if (sql.charAt(k) == a && at(k + 1) == b) {
        return true;
      }
    }
    return false;
  }

  private boolean isWordStart(int i) {
    int c = at(i);
    if (c < 0) {
      return false;
    }
    if (c < 0x80) {
      return isAsciiLetter((char) c) || c == '_';
    }
    return isWordCodePoint(sql.codePointAt(i));
  }

  private boolean isWordPart(int i) {
    int c = at(i);
    if (c < 0) {
      return false;
    }
    return c < 0x80 ? isAsciiWordPart((char) c) : isWordCodePoint(sql.codePointAt(i));
  }

  /**
   * Whether a non-ASCII code point may appear in an unquoted identifier. PostgreSQL and MySQL
   * accept (almost) any, but we refuse the invisible and ambiguous ones, which then become ERROR
   * tokens; the generic dialect accepts letters, digits and combining marks only.
   */
  private boolean isWordCodePoint(int cp) {
    if (dialect == Dialect.GENERIC) {
      return Character.isLetterOrDigit(cp)
          || (Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp));
    }
    if (dialect == Dialect.MYSQL && cp > 0xFFFF) {
      return false; // MySQL identifiers stop at U+FFFF
    }
    switch (Character.getType(cp)) {
      case Character.SPACE_SEPARATOR:
      case Character.LINE_SEPARATOR:
      case Character.PARAGRAPH_SEPARATOR:
      case Character.CONTROL:
      case Character.FORMAT:
      case Character.SURROGATE:
      case Character.UNASSIGNED:
      case Character.PRIVATE_USE:
        return false;
      default:
        return !Character.isWhitespace(cp);
    }
  }

  static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B';
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isAsciiWordPart(char c) {
    return isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '_' || c == '$';
  }

  private static boolean isDigit(int c) {
    return c >= '0' && c <= '9';
  }

  static boolean isHexDigit(int c) {
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  private static int radix(int c) {
    switch (c) {
      case 'x':
      case 'X':
        return 16;
      case 'o':
      case 'O':
        return 8;
      case 'b':
      case 'B':
        return 2;
      default:
        return 0;
    }
  }

  private static boolean isDigitOf(int c, int radix) {
    switch (radix) {
      case 16:
        return isHexDigit(c);
      case 8:
        return c >= '0' && c <= '7';
      default:
        return c == '0' || c == '1';
    }
  }

  private static boolean isOperatorChar(char c) {
    switch (c) {
      case '+':
      case '*':
      case '%':
      case '=':
      case '<':
      case '>':
      case '!':
      case '~':
      case '^':
      case '&':
      case '|':
      case '@':
        return true;
      default:
        return false;
    }
  }

  private static boolean isPostgresOperatorChar(char c) {
    return isOperatorChar(c) || c == '-' || c == '/' || c == '#';
  }
}
