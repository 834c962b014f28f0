package io.jdbcguard.driver.reading;

import io.jdbcguard.rules.Action;
import io.jdbcguard.rules.Dialect;
import io.jdbcguard.rules.Finding;
import io.jdbcguard.rules.Verdict;
import io.jdbcguard.rules.sql.SqlLexer;
import io.jdbcguard.rules.sql.SqlSplitter;
import io.jdbcguard.rules.sql.StatementSpan;
import io.jdbcguard.rules.sql.Token;
import io.jdbcguard.rules.sql.TokenType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.UnaryOperator;

/**
 * The {@code protected-database} rule, for a connection that {@code guard.protect} does not match:
 * a statement that would reach a database or schema that it does match is refused, since it would
 * run there under this connection's looser settings. Read from the tokens: {@code USE db}, {@code
 * SET search_path} / {@code SET SCHEMA}, and names qualified by a protected database or schema
 * where a table is named ({@code FROM}, {@code JOIN}, {@code INTO}, {@code UPDATE}, {@code TABLE},
 * the lists after them) or with three parts. Cached per SQL text.
 */
public final class ProtectedReach implements StatementReview {

  /** The rule id. */
  public static final String RULE_ID = "protected-database";

  private static final Set<String> TABLE_KEYWORDS =
      Set.of("FROM", "JOIN", "INTO", "UPDATE", "TABLE", "USING", "DESCRIBE", "DESC");
  private static final Set<String> CLAUSE_ENDS =
      Set.of(
          "WHERE", "GROUP", "ORDER", "LIMIT", "HAVING", "ON", "SET", "VALUES", "SELECT", "WINDOW",
          "UNION", "RETURNING", "FOR");
  private static final int MAX_CACHED = 4096;
  private static final String NOTHING = "";

  private final UnaryOperator<String> protectedName;
  private final Dialect dialect;
  private final Action action;
  private final ConcurrentMap<String, String> cache = new ConcurrentHashMap<>();

  /**
   * @param protectedName why a database or schema name is protected (e.g. {@code guard.protect
   *     pattern *prod* matches prod_orders}), or null if it is not
   */
  public ProtectedReach(UnaryOperator<String> protectedName, Dialect dialect, Action action) {
    this.protectedName = Objects.requireNonNull(protectedName, "protectedName");
    this.dialect = Objects.requireNonNull(dialect, "dialect");
    this.action = Objects.requireNonNull(action, "action");
  }

  /** Why {@code name} may not be reached from this connection, or null. */
  public String whyProtected(String name) {
    return name == null ? null : protectedName.apply(name.toLowerCase(Locale.ROOT));
  }

  /** The finding for reaching {@code what} ({@code USE prod}, {@code setCatalog(prod)}). */
  public Finding finding(String fragment, String why) {
    return new Finding(
        RULE_ID,
        action,
        fragment,
        "This connection is not protected, but the statement reaches a database or schema that"
            + " guard.protect protects ("
            + why
            + "), where it would run under this connection's looser settings.",
        "Connect to the protected database directly (its connection gets the strictest settings),"
            + " or stay in this connection's own database.");
  }

  @Override
  public Verdict review(String sql, Verdict verdict) {
    if (action == Action.ALLOW) {
      return verdict;
    }
    String found = cache.get(sql);
    if (found == null) {
      found = reach(sql);
      if (cache.size() >= MAX_CACHED) {
        cache.clear();
      }
      cache.put(sql, found);
    }
    if (found.isEmpty()) {
      return verdict;
    }
    int cut = found.indexOf('\n');
    List<Finding> findings = new ArrayList<>();
    findings.add(finding(found.substring(0, cut), found.substring(cut + 1)));
    findings.addAll(verdict.findings());
    return Verdict.of(findings, verdict.kinds(), verdict.fingerprint());
  }

  /** {@code fragment + "\n" + why} for the first protected name reached, or "". */
  private String reach(String sql) {
    List<Token> all = SqlLexer.tokenize(sql, dialect);
    for (StatementSpan span : SqlSplitter.split(sql, all, dialect)) {
      List<Token> tokens = new ArrayList<>();
      for (int i = span.firstToken(); i < span.endToken(); i++) {
        if (all.get(i).type() != TokenType.COMMENT) {
          tokens.add(all.get(i));
        }
      }
      String found = reachInStatement(sql, tokens);
      if (found != null) {
        return found;
      }
    }
    return NOTHING;
  }

  private String reachInStatement(String sql, List<Token> tokens) {
    if (tokens.isEmpty()) {
      return null;
    }
    Token first = tokens.get(0);
    if (first.isWord(sql, "USE") && tokens.size() > 1) {
      return check(sql, tokens.get(1), "USE " + name(sql, tokens.get(1)));
    }
    if (first.isWord(sql, "SET") && tokens.size() > 1) {
      Token what = tokens.get(1);
      if (what.isWord(sql, "SEARCH_PATH") || what.isWord(sql, "SCHEMA")) {
        for (int i = 2; i < tokens.size(); i++) {
          Token t = tokens.get(i);
          if (t.type() == TokenType.WORD
              || t.type() == TokenType.QUOTED_IDENTIFIER
              || t.type() == TokenType.STRING) {
            for (String part : value(sql, t).split(",")) {
              String why = whyProtected(part.trim());
              if (why != null) {
                return "SET " + what.text(sql) + " " + part.trim() + "\n" + why;
              }
            }
          }
        }
      }
    }
    boolean tableList = false;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.type() == TokenType.WORD) {
        String upper = t.text(sql).toUpperCase(Locale.ROOT);
        if (TABLE_KEYWORDS.contains(upper)) {
          tableList = true;
          continue;
        }
        if (CLAUSE_ENDS.contains(upper)) {
          tableList = false;
        }
      }
      if (!isName(t) || i + 2 >= tokens.size() || tokens.get(i + 1).type() != TokenType.DOT) {
        continue;
      }
      boolean threeParts =
          i + 4 < tokens.size()
              && isName(tokens.get(i + 2))
              && tokens.get(i + 3).type() == TokenType.DOT
              && isName(tokens.get(i + 4));
      boolean afterTableKeyword = tableList && (i == 0 || startsTableReference(tokens.get(i - 1)));
      if (threeParts || afterTableKeyword) {
        String found = check(sql, t, name(sql, t) + "." + name(sql, tokens.get(i + 2)));
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  private static boolean startsTableReference(Token previous) {
    return previous.type() == TokenType.WORD
        || previous.type() == TokenType.COMMA
        || previous.type() == TokenType.LEFT_PAREN;
  }

  private String check(String sql, Token token, String fragment) {
    String why = whyProtected(name(sql, token));
    return why == null ? null : fragment + "\n" + why;
  }

  private static boolean isName(Token t) {
    return t.type() == TokenType.WORD || t.type() == TokenType.QUOTED_IDENTIFIER;
  }

  private String name(String sql, Token t) {
    return t.type() == TokenType.QUOTED_IDENTIFIER
        ? SqlLexer.identifierValue(sql, t, dialect)
        : t.text(sql);
  }

  private String value(String sql, Token t) {
    if (t.type() == TokenType.STRING) {
      return SqlLexer.stringValue(sql, t, dialect);
    }
    return name(sql, t);
  }
}
