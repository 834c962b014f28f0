package io.jdbcguard.rules;

import io.jdbcguard.rules.sql.CompoundStatement;
import io.jdbcguard.rules.sql.Token;
import io.jdbcguard.rules.sql.TokenType;
import java.util.ArrayList;
import java.util.List;

/**
 * Statements that run other statements, read as what they run (contract item 1.12): MariaDB's
 * compound statements ({@code BEGIN NOT ATOMIC ... END}, {@code IF}, {@code WHILE}, ...), {@code
 * SET STATEMENT var = value FOR <statement>}, {@code CREATE/ALTER EVENT ... DO <statement>},
 * {@code EXECUTE IMMEDIATE 'text'} and {@code PREPARE s FROM 'text'}; PostgreSQL's {@code CREATE
 * RULE ... DO <commands>} and {@code CREATE FUNCTION ... BEGIN ATOMIC ... END}. Each becomes a list of {@link Job}s: the statements it runs (checked by
 * every rule, as statements of their own), and the parts of its own text (checked as they are, for
 * instance a {@code SET} for the variables of {@code SET STATEMENT}, or an {@code IF} condition).
 * Text that only a variable holds ({@code EXECUTE IMMEDIATE @sql}) is not read here: the {@code
 * dynamic-sql} rule refuses it.
 */
final class WrappedStatements {

  /** How the kind of the whole statement follows from the kinds of the statements it runs. */
  enum KindOf {
    /** The kind of the one statement it runs ({@code SET STATEMENT ... FOR}, EXECUTE IMMEDIATE). */
    INNER,
    /** QUERY when everything it runs only reads, else OTHER (code whose effect is not one kind). */
    COMPOUND,
    /** DDL: it stores code that runs later (events, rules, functions). */
    DEFINITION,
    /** SESSION: it only prepares a statement ({@code PREPARE ... FROM}). */
    PREPARATION
  }

  /**
   * One check. Exactly one of its forms is set: a statement to analyse ({@code first}/{@code end}
   * are code-token indexes), a part of the wrapper's text to check as it is ({@code tokens} with
   * {@code kind} and perhaps a {@code problem}), or SQL text held in a string literal ({@code
   * text}).
   */
  record Job(int first, int end, List<Token> tokens, StatementKind kind, String problem, String text) {

    static Job statement(int first, int end) {
      return new Job(first, end, null, null, null, null);
    }

    static Job part(List<Token> tokens, StatementKind kind, String problem) {
      return new Job(-1, -1, tokens, kind, problem, null);
    }

    static Job text(String text) {
      return new Job(-1, -1, null, null, null, text);
    }

    boolean isStatement() {
      return first >= 0;
    }
  }

  /**
   * @param jobs the checks, in order
   * @param kindOf how the statement's kind follows from the jobs
   * @param compound true when the wrapper holds several statements (a compound statement): its
   *     statements count as a multi-statement string
   */
  record Unwrapped(List<Job> jobs, KindOf kindOf, boolean compound) {}

  private final StatementContext s;
  private final String sql;
  private final List<Token> code;
  private final List<Job> jobs = new ArrayList<>();

  private WrappedStatements(StatementContext s, String sql, List<Token> code) {
    this.s = s;
    this.sql = sql;
    this.code = code;
  }

  /** The statements {@code s} runs, or null when it is not a wrapper this class reads. */
  static Unwrapped of(StatementContext s, String sql, List<Token> code) {
    WrappedStatements w = new WrappedStatements(s, sql, code);
    String lead = s.word(0);
    if (s.dialect() == Dialect.MYSQL) {
      if (CompoundStatement.startsAt(sql, code, 0)) {
        return w.compound();
      }
      switch (lead) {
        case "SET":
          return s.isWord(1, "STATEMENT") ? w.setStatement() : null;
        case "CREATE", "ALTER":
          return w.event();
        case "EXECUTE":
          return s.isWord(1, "IMMEDIATE") ? w.literal(2, KindOf.INNER) : null;
        case "PREPARE":
          return s.isWord(2, "FROM") ? w.literal(3, KindOf.PREPARATION) : null;
        default:
          return null;
      }
    }
    if (s.dialect() == Dialect.POSTGRES) {
      switch (lead) {
        case "CREATE":
          Unwrapped rule = w.rule();
          return rule != null ? rule : w.atomicBody();
        default:
          return null;
      }
    }
    return null;
  }

  // --- MariaDB / MySQL -------------------------------------------------------------------------

  private Unwrapped compound() {
    compoundAt(0);
    return new Unwrapped(jobs, KindOf.COMPOUND, true);
  }

  /** The pieces of the compound statement (or plain BEGIN ... END block) at {@code at}. */
  private void compoundAt(int at) {
    CompoundStatement.Reading r = CompoundStatement.read(sql, code, at, code.size());
    for (CompoundStatement.Piece p : r.pieces()) {
      if (p.kind() == CompoundStatement.PieceKind.STATEMENT) {
        jobs.add(Job.statement(p.first(), p.end()));
      } else {
        jobs.add(Job.part(code.subList(p.first(), p.end()), StatementKind.QUERY, null));
      }
    }
    String problem = r.problem();
    if (problem == null && r.end() < code.size()) {
      problem = "text after the end of the compound statement, from '" + s.text(r.end()) + "'";
    }
    if (problem != null) {
      jobs.add(Job.part(code, StatementKind.OTHER, problem));
    }
  }

  /** {@code SET STATEMENT a = 1, b = 2 FOR <statement>}: the SET as a SET, then the statement. */
  private Unwrapped setStatement() {
    int at = topLevelWord("FOR", 2);
    List<Token> set = new ArrayList<>();
    set.add(code.get(0));
    set.addAll(code.subList(2, at < 0 ? code.size() : at));
    if (at < 0 || at + 1 >= code.size() || at == 2) {
      jobs.add(Job.part(set, StatementKind.SESSION,
          "SET STATEMENT without its variables, FOR and the statement it runs"));
      return new Unwrapped(jobs, KindOf.INNER, false);
    }
    jobs.add(Job.part(set, StatementKind.SESSION, null));
    jobs.add(Job.statement(at + 1, code.size()));
    return new Unwrapped(jobs, KindOf.INNER, false);
  }

  /**
   * {@code CREATE/ALTER [DEFINER = u] EVENT ... DO <statement>}, and {@code CREATE PROCEDURE /
   * FUNCTION / TRIGGER ... BEGIN ... END}: a routine definition, and the statements it will run.
   */
  private Unwrapped event() {
    int kind = -1;
    for (int i = 1; i < Math.min(code.size(), 12) && kind < 0; i++) {
      if (s.isWord(i, "EVENT") || s.isWord(i, "PROCEDURE") || s.isWord(i, "FUNCTION")
          || s.isWord(i, "TRIGGER")) {
        kind = i;
      } else if (s.isWord(i, "TABLE") || s.isWord(i, "VIEW") || s.isWord(i, "INDEX")
          || s.isWord(i, "DATABASE") || s.isWord(i, "SCHEMA") || s.isWord(i, "USER")) {
        return null;
      }
    }
    if (kind < 0) {
      return null;
    }
    boolean event = s.isWord(kind, "EVENT");
    int body = event ? topLevelWord("DO", kind + 1) : topLevelWord("BEGIN", kind + 1) - 1;
    if (body < 0 || (!event && !s.isWord(0, "CREATE"))) {
      return null; // ALTER EVENT e DISABLE, a routine without a BEGIN ... END body
    }
    jobs.add(Job.part(code.subList(0, body + (event ? 0 : 1)), StatementKind.DDL,
        body + 1 >= code.size() ? "an event without the statement it runs" : null));
    if (s.isWord(body + 1, "BEGIN") || CompoundStatement.startsAt(sql, code, body + 1)) {
      compoundAt(body + 1); // BEGIN ... END: a block of statements
      return new Unwrapped(jobs, KindOf.DEFINITION, true);
    }
    if (body + 1 < code.size()) {
      jobs.add(Job.statement(body + 1, code.size()));
    }
    return new Unwrapped(jobs, KindOf.DEFINITION, false);
  }

  /**
   * {@code EXECUTE IMMEDIATE 'text' [USING ...]} and {@code PREPARE s FROM 'text'}: the text is
   * read as SQL. Null when the text is not one plain string literal (a variable, an expression, a
   * hex literal): the guard cannot know what it holds, and dynamic-sql refuses it.
   */
  private Unwrapped literal(int at, KindOf kindOf) {
    if (s.type(at) != TokenType.STRING || !plainQuoted(code.get(at))) {
      return null;
    }
    int next = at + 1;
    if (next < code.size() && !(kindOf == KindOf.INNER && s.isWord(next, "USING"))) {
      return null;
    }
    jobs.add(Job.text(s.stringValue(at)));
    if (next < code.size()) {
      jobs.add(Job.part(code.subList(next, code.size()), StatementKind.QUERY, null));
    }
    return new Unwrapped(jobs, kindOf, false);
  }

  /** A {@code '..'}, {@code ".."} or {@code N'..'} literal (not X'..', B'..' or an introducer). */
  private boolean plainQuoted(Token t) {
    char c = sql.charAt(t.start());
    if (c == 'n' || c == 'N') {
      c = t.length() > 1 ? sql.charAt(t.start() + 1) : ' ';
    }
    return c == '\'' || c == '"';
  }

  // --- PostgreSQL ------------------------------------------------------------------------------

  /**
   * {@code CREATE [OR REPLACE] RULE r AS ON event TO t [WHERE cond] DO [ALSO | INSTEAD] {NOTHING |
   * command | (command; ...)}}: a routine definition, and the commands it will run.
   */
  private Unwrapped rule() {
    int r = s.isWord(1, "OR") && s.isWord(2, "REPLACE") ? 3 : 1;
    if (!s.isWord(r, "RULE")) {
      return null;
    }
    int d = topLevelWord("DO", r + 1);
    if (d < 0) {
      jobs.add(Job.part(code, StatementKind.DDL, "a CREATE RULE without DO"));
      return new Unwrapped(jobs, KindOf.DEFINITION, false);
    }
    jobs.add(Job.part(code.subList(0, d), StatementKind.DDL, null));
    int c = d + 1;
    if (s.isWord(c, "ALSO") || s.isWord(c, "INSTEAD")) {
      c++;
    }
    if (s.isWord(c, "NOTHING") && c + 1 == code.size()) {
      return new Unwrapped(jobs, KindOf.DEFINITION, false);
    }
    if (c >= code.size()) {
      jobs.add(Job.part(code, StatementKind.DDL, "a CREATE RULE without its commands"));
    } else if (s.type(c) == TokenType.LEFT_PAREN && closing(c) == code.size() - 1) {
      statementsBetween(c + 1, code.size() - 1);
    } else {
      jobs.add(Job.statement(c, code.size()));
    }
    return new Unwrapped(jobs, KindOf.DEFINITION, false);
  }

  /** {@code CREATE [OR REPLACE] FUNCTION | PROCEDURE ... BEGIN ATOMIC stmt; ... END}. */
  private Unwrapped atomicBody() {
    int k = s.isWord(1, "OR") && s.isWord(2, "REPLACE") ? 3 : 1;
    if (!s.isWord(k, "FUNCTION") && !s.isWord(k, "PROCEDURE")) {
      return null;
    }
    int begin = topLevelWord("BEGIN", k + 1);
    if (begin < 0 || !s.isWord(begin + 1, "ATOMIC")) {
      return null;
    }
    int last = code.size() - 1;
    jobs.add(Job.part(code.subList(0, begin), StatementKind.DDL,
        s.isWord(last, "END") && last > begin + 1 ? null
            : "a BEGIN ATOMIC body without its END"));
    statementsBetween(begin + 2, s.isWord(last, "END") ? last : code.size());
    return new Unwrapped(jobs, KindOf.DEFINITION, false);
  }

  /**
   * The statements between {@code from} and {@code to}, cut at semicolons outside parentheses; a
   * {@code RETURN expr} is checked as an expression.
   */
  private void statementsBetween(int from, int to) {
    int depth = 0;
    int start = from;
    for (int i = from; i <= to; i++) {
      TokenType t = i < to ? s.type(i) : TokenType.SEMICOLON;
      if (t == TokenType.LEFT_PAREN) {
        depth++;
      } else if (t == TokenType.RIGHT_PAREN) {
        depth--;
      } else if (t == TokenType.SEMICOLON && (depth <= 0 || i == to)) {
        if (i > start) {
          if (s.isWord(start, "RETURN")) {
            jobs.add(Job.part(code.subList(start, i), StatementKind.QUERY, null));
          } else {
            jobs.add(Job.statement(start, i));
          }
        }
        start = i + 1;
      }
    }
  }

  // ---------------------------------------------------------------------------------------------

  private int topLevelWord(String word, int from) {
    int depth = 0;
    for (int i = from; i < code.size(); i++) {
      TokenType t = s.type(i);
      if (t == TokenType.LEFT_PAREN) {
        depth++;
      } else if (t == TokenType.RIGHT_PAREN) {
        depth--;
      } else if (depth == 0 && s.isWord(i, word)) {
        return i;
      }
    }
    return -1;
  }

  private int closing(int open) {
    int depth = 0;
    for (int i = open; i < code.size(); i++) {
      if (s.type(i) == TokenType.LEFT_PAREN) {
        depth++;
      } else if (s.type(i) == TokenType.RIGHT_PAREN && --depth == 0) {
        return i;
      }
    }
    return -1;
  }
}
