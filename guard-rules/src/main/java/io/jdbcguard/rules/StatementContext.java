package io.jdbcguard.rules;

import io.jdbcguard.rules.sql.AstNodes;
import io.jdbcguard.rules.sql.SqlLexer;
import io.jdbcguard.rules.sql.Token;
import io.jdbcguard.rules.sql.TokenType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import net.sf.jsqlparser.statement.Statement;

/**
 * One statement as the rules see it: its tokens (comments removed), and its syntax tree when the
 * statement needed and got one. Built once per distinct statement by the engine.
 */
public final class StatementContext {

  private final Dialect dialect;
  private final String source;
  private final List<Token> tokens;
  private final Statement ast;
  private final String problem;
  private final StatementKind kind;
  private final int statementsInString;
  private final ScriptState script;
  private List<Object> nodes;

  StatementContext(
      Dialect dialect,
      String source,
      List<Token> tokens,
      Statement ast,
      String problem,
      StatementKind kind,
      int statementsInString,
      ScriptState script) {
    this.dialect = dialect;
    this.source = source;
    this.tokens = tokens;
    this.ast = ast;
    this.problem = problem;
    this.kind = kind;
    this.statementsInString = statementsInString;
    this.script = script;
  }

  /**
   * What the statements before this one established (tables created, an open transaction block,
   * DDL in the script). {@link ScriptState#UNKNOWN} for a statement checked on its own, and in
   * profiles whose rules do not read it.
   */
  public ScriptState script() {
    return script;
  }

  /** What kind of statement this is (for a wrapper such as EXPLAIN ANALYZE, the wrapped one's). */
  public StatementKind kind() {
    return kind;
  }

  /** How many statements the string of this execute call holds (1 for a single statement). */
  public int statementsInString() {
    return statementsInString;
  }

  public Dialect dialect() {
    return dialect;
  }

  /** The code tokens of the statement, in order, without comments. */
  public List<Token> tokens() {
    return tokens;
  }

  public int size() {
    return tokens.size();
  }

  /** The text of token {@code i} as written. */
  public String text(int i) {
    return tokens.get(i).text(source);
  }

  /** True when token {@code i} exists and is the unquoted word {@code upperKeyword}. */
  public boolean isWord(int i, String upperKeyword) {
    return i >= 0 && i < tokens.size() && tokens.get(i).isWord(source, upperKeyword);
  }

  public TokenType type(int i) {
    return i >= 0 && i < tokens.size() ? tokens.get(i).type() : null;
  }

  /**
   * The unquoted word at {@code i} with ASCII letters upper-cased (as the servers fold keywords:
   * {@code ſELECT} stays what it is), or the empty string.
   */
  public String word(int i) {
    if (type(i) != TokenType.WORD) {
      return "";
    }
    String text = text(i);
    char[] chars = text.toCharArray();
    for (int k = 0; k < chars.length; k++) {
      if (chars[k] >= 'a' && chars[k] <= 'z') {
        chars[k] = (char) (chars[k] - ('a' - 'A'));
      }
    }
    return new String(chars);
  }

  /** The decoded value of the string literal at {@code i}, or null when it is not one. */
  public String stringValue(int i) {
    if (type(i) != TokenType.STRING) {
      return null;
    }
    char escape = unicodeEscape(i);
    return escape == '\\' ? SqlLexer.stringValue(source, tokens.get(i), dialect)
        : SqlLexer.stringValue(source, tokens.get(i), dialect, escape);
  }

  /**
   * The escape character of the {@code U&} literal or identifier at {@code i}: the one named by a
   * following {@code UESCAPE 'c'}, else the backslash.
   */
  private char unicodeEscape(int i) {
    if (isWord(i + 1, "UESCAPE") && type(i + 2) == TokenType.STRING) {
      String text = text(i);
      if (text.length() > 2 && (text.charAt(0) == 'u' || text.charAt(0) == 'U') && text.charAt(1) == '&') {
        String e = SqlLexer.stringValue(source, tokens.get(i + 2), dialect);
        if (e.length() == 1) {
          return e.charAt(0);
        }
      }
    }
    return '\\';
  }

  /** The identifier at {@code i} without quotes, or null when it is not an identifier. */
  public String identifier(int i) {
    TokenType t = type(i);
    if (t != TokenType.WORD && t != TokenType.QUOTED_IDENTIFIER) {
      return null;
    }
    char escape = t == TokenType.QUOTED_IDENTIFIER ? unicodeEscape(i) : '\\';
    return escape == '\\' ? SqlLexer.identifierValue(source, tokens.get(i), dialect)
        : SqlLexer.identifierValue(source, tokens.get(i), dialect, escape);
  }

  /** Index of the first word {@code upperKeyword} at or after {@code from}, or -1. */
  public int indexOfWord(String upperKeyword, int from) {
    for (int i = Math.max(0, from); i < tokens.size(); i++) {
      if (isWord(i, upperKeyword)) {
        return i;
      }
    }
    return -1;
  }

  /** The statement text from token {@code from} to token {@code to} (inclusive), as written. */
  public String slice(int from, int to) {
    if (tokens.isEmpty()) {
      return "";
    }
    int a = Math.max(0, Math.min(from, tokens.size() - 1));
    int b = Math.max(a, Math.min(to, tokens.size() - 1));
    return source.substring(tokens.get(a).start(), tokens.get(b).end());
  }

  /** The whole statement as written. */
  public String sql() {
    return slice(0, tokens.size() - 1);
  }

  /** The syntax tree, or null when the statement was not handed to the parser or did not parse. */
  public Statement ast() {
    return ast;
  }

  /**
   * Why the statement could not be analysed (unterminated string, parse error, nesting too deep),
   * or null when it could.
   */
  public String problem() {
    return problem;
  }

  /** Every node of the syntax tree, parents first; empty without a tree. Computed once. */
  public List<Object> nodes() {
    if (nodes == null) {
      nodes = ast == null ? List.of() : AstNodes.of(ast);
    }
    return nodes;
  }

  /** Every node of the tree of the given type. */
  public <T> List<T> nodes(Class<T> type) {
    return AstNodes.ofType(nodes(), type);
  }

  /** The first node of the given type (parents first), if the tree has one. */
  public <T> Optional<T> firstNode(Class<T> type) {
    for (Object n : nodes()) {
      if (type.isInstance(n)) {
        return Optional.of(type.cast(n));
      }
    }
    return Optional.empty();
  }

  /** True when the tree holds a node of the given type. */
  public boolean hasNode(Class<?> type) {
    return firstNode(type).isPresent();
  }

  /** Every node of the given type that matches {@code test}. */
  public <T> List<T> nodes(Class<T> type, Predicate<? super T> test) {
    List<T> out = new ArrayList<>();
    for (T n : nodes(type)) {
      if (test.test(n)) {
        out.add(n);
      }
    }
    return out;
  }

  /**
   * A run of this statement's code tokens, {@code first} to {@code last} inclusive: what the token
   * readers pass around instead of bare int cursors.
   */
  public record Span(int first, int last) {
    public Span {
      if (first < 0 || last < first - 1) {
        throw new IllegalArgumentException("bad span [" + first + ", " + last + "]");
      }
    }

    public int size() {
      return last - first + 1;
    }

    public boolean isEmpty() {
      return size() == 0;
    }
  }

  /** The span of every code token. */
  public Span all() {
    return new Span(0, tokens.size() - 1);
  }

  /** The span's text as written. */
  public String text(Span span) {
    return span.isEmpty() ? "" : slice(span.first(), span.last());
  }

  /** True when the span holds the unquoted word {@code upperKeyword} at any depth. */
  public boolean containsWord(Span span, String upperKeyword) {
    for (int i = span.first(); i <= span.last(); i++) {
      if (isWord(i, upperKeyword)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The comma-separated items of {@code span} at its top level (commas inside parentheses or
   * brackets do not separate), without empty items.
   */
  public List<Span> topLevelItems(Span span) {
    List<Span> out = new ArrayList<>();
    int depth = 0;
    int start = span.first();
    for (int i = span.first(); i <= span.last(); i++) {
      TokenType t = type(i);
      if (t == TokenType.LEFT_PAREN || t == TokenType.LEFT_BRACKET) {
        depth++;
      } else if (t == TokenType.RIGHT_PAREN || t == TokenType.RIGHT_BRACKET) {
        depth--;
      } else if (depth == 0 && t == TokenType.COMMA) {
        if (i > start) {
          out.add(new Span(start, i - 1));
        }
        start = i + 1;
      }
    }
    if (span.last() >= start) {
      out.add(new Span(start, span.last()));
    }
    return out;
  }
}
