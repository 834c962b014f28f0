package io.jdbcguard.rules;

import io.jdbcguard.rules.builtin.ScriptSteps;
import io.jdbcguard.rules.sql.ParseResult;
import io.jdbcguard.rules.sql.ParserText;
import io.jdbcguard.rules.sql.SqlLexer;
import io.jdbcguard.rules.sql.SqlSplitter;
import io.jdbcguard.rules.sql.StatementParser;
import io.jdbcguard.rules.sql.StatementSpan;
import io.jdbcguard.rules.sql.Token;
import io.jdbcguard.rules.sql.TokenType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.sf.jsqlparser.statement.Statement;

/**
 * Decides one SQL string: lexes it, splits it into statements, and runs every rule on each. One
 * instance per decision (it collects the findings); the engine caches the result.
 */
final class StatementAnalyzer {

  /** Deeper parenthesis nesting than this is refused before parsing. */
  static final int MAX_NESTING = 100;

  /** Rules whose findings still count for a statement that is only explained, not executed. */
  private static final Set<String> EVEN_IF_NOT_EXECUTED = Set.of("unparseable", "executable-comment");

  private final GuardEngine engine;
  private final Dialect dialect;
  private final String sql;
  private final List<Finding> findings = new ArrayList<>();
  private final List<StatementKind> kinds = new ArrayList<>();
  private final StringBuilder fingerprint = new StringBuilder();
  private final boolean tracksScript;
  private List<Token> tokens;
  private int statementCount;
  /** How deep in compound statements the statement being analysed is. */
  private int compoundDepth;
  /** How deep in SQL text held by string literals this analyzer is. */
  private int textNesting;
  static final int MAX_TEXT_NESTING = 3;
  /** The script state before the statement being analysed; UNKNOWN unless the engine tracks it. */
  private ScriptState state;

  /**
   * @param state the script state before the string's first statement
   * @param tracksScript whether to thread the state through the string's statements (only when a
   *     running rule reads it)
   */
  StatementAnalyzer(GuardEngine engine, String sql, ScriptState state, boolean tracksScript) {
    this.engine = engine;
    this.dialect = engine.policy().dialect();
    this.sql = sql;
    this.state = state;
    this.tracksScript = tracksScript;
  }

  Verdict run() {
    tokens = SqlLexer.tokenize(sql, dialect);
    List<StatementSpan> spans = SqlSplitter.split(sql, tokens, dialect);
    statementCount = spans.size();
    if (tracksScript) {
      for (StatementSpan span : spans) {
        StatementContext probe = probe(span);
        state = state.withChanges(ScriptSteps.isSchemaChange(probe), ScriptSteps.isDataChange(probe));
      }
    }
    for (StatementSpan span : spans) {
      if (fingerprint.length() > 0) {
        fingerprint.append("; ");
      }
      fingerprint.append(ParserText.of(sql, tokens, span.firstToken(), span.endToken(), dialect).fingerprint());
      kinds.add(analyze(span.firstToken(), span.endToken(), true));
      if (tracksScript) {
        state = ScriptSteps.after(state, probe(span));
      }
    }
    return Verdict.of(findings, kinds, fingerprint.toString());
  }

  /** The script state after the statements of the string ({@link #run()} first). */
  ScriptState state() {
    return state;
  }

  /**
   * {@code state} also knowing whether the statements of {@code sql} change the schema or rows
   * (a first pass over a script, so a backfill before the DDL is seen too).
   */
  static ScriptState withChanges(ScriptState state, String sql, Dialect dialect) {
    List<Token> tokens = SqlLexer.tokenize(sql, dialect);
    for (StatementSpan span : SqlSplitter.split(sql, tokens, dialect)) {
      List<Token> code = new ArrayList<>();
      for (int i = span.firstToken(); i < span.endToken(); i++) {
        if (tokens.get(i).type() != TokenType.COMMENT) {
          code.add(tokens.get(i));
        }
      }
      StatementContext s = new StatementContext(dialect, sql, code, null, null, StatementKind.OTHER, 1, state);
      state = state.withChanges(ScriptSteps.isSchemaChange(s), ScriptSteps.isDataChange(s));
    }
    return state;
  }

  private StatementContext probe(StatementSpan span) {
    return context(codeTokens(span.firstToken(), span.endToken()), null, null, StatementKind.OTHER);
  }

  /** Analyses tokens {@code [first, end)} as one statement and returns its kind. */
  private StatementKind analyze(int first, int end, boolean executes) {
    List<Token> code = codeTokens(first, end);
    StatementContext probe = context(code, null, null, StatementKind.OTHER);
    if (code.isEmpty()) {
      return StatementKind.OTHER;
    }
    String problem = lexicalProblem(code);
    if (problem != null) {
      return check(context(code, null, problem, StatementKind.OTHER), executes);
    }
    String lead = probe.word(0);

    // Statements that run other statements: compound statements, SET STATEMENT, events, ...
    WrappedStatements.Unwrapped wrapped = WrappedStatements.of(probe, sql, code);
    if (wrapped != null) {
      return unwrapped(wrapped, code, first, end, executes);
    }

    // Statements that wrap another statement: analyse the inner one.
    int inner = innerStatement(probe);
    if (inner > 0) {
      boolean runsInner = executes && explainExecutes(probe, inner);
      int innerFirst = indexOf(code.get(inner), first, end);
      StatementKind kind = analyze(innerFirst, end, runsInner);
      return runsInner && !lead.equals("DECLARE") || lead.equals("PREPARE") ? kind : StatementKind.QUERY;
    }
    if (lead.equals("COPY") && probe.type(1) == TokenType.LEFT_PAREN) {
      int close = matchingParen(probe, 1);
      if (close > 1) {
        analyze(indexOf(code.get(2), first, end), indexOf(code.get(close), first, end), executes);
      }
    }

    int element = schemaElement(probe, 3);
    if (element > 0) {
      // CREATE SCHEMA s [AUTHORIZATION r] CREATE TABLE ... GRANT ...: each element on its own
      analyze(first, indexOf(code.get(element), first, end), executes);
      while (element > 0) {
        int next = schemaElement(probe, element + 1);
        int elementEnd = next > 0 ? indexOf(code.get(next), first, end) : end;
        analyze(indexOf(code.get(element), first, end), elementEnd, executes);
        element = next;
      }
      return StatementKind.DDL;
    }

    StatementKind keywordKind = KeywordStatements.kindOf(probe);
    if (keywordKind != null) {
      String p = KeywordStatements.problem(probe);
      if (lead.equals("COPY")) {
        // COPY t FROM ... loads rows; COPY t / (query) TO ... reads them
        keywordKind = io.jdbcguard.rules.builtin.Keywords.containsTopLevelWord(probe, "FROM")
            ? StatementKind.INSERT : StatementKind.QUERY;
      }
      return check(context(code, null, p, keywordKind), executes);
    }

    int depth = maxNesting(code);
    if (depth > MAX_NESTING) {
      return check(context(code, null,
          "parentheses nested " + depth + " levels deep, more than " + MAX_NESTING, StatementKind.OTHER), executes);
    }
    String text = ParserInput.of(sql, tokens.subList(first, end), dialect);
    ParseResult parsed = engine.parser().parse(text);
    String lost = null;
    if (parsed instanceof ParseResult.Parsed ok) {
      Statement ast = ok.statement();
      lost = ParseCoverage.missingWord(text, ast, dialect);
      if (lost == null) {
        return check(context(code, ast, null, Kinds.of(ast)), executes);
      }
    }
    boolean timedOut = parsed instanceof ParseResult.Failed f && f.timedOut();
    Statement second = timedOut ? null : secondReading(code);
    if (second != null) {
      return check(context(code, second, null, Kinds.of(second)), executes);
    }
    if (lost != null) {
      return check(context(code, null,
          "the parser dropped part of the statement, from '" + lost + "'", StatementKind.OTHER), executes);
    }
    String reason = ((ParseResult.Failed) parsed).reason();
    if (AdditiveDdl.matches(probe)) {
      // CREATE TABLE / INDEX / SEQUENCE / VIEW / TYPE in syntax JSqlParser lacks: these only add
      // objects, and their tokens were checked for anything that writes or calls out.
      return check(context(code, null, AdditiveDdl.problem(probe), StatementKind.DDL), executes);
    }
    StatementKind tokenKind = TokenStatements.kindOf(probe);
    if (tokenKind != null) {
      return check(context(code, null, TokenStatements.problem(probe), tokenKind), executes);
    }
    return check(context(code, null, reason, StatementKind.OTHER), executes);
  }

  /**
   * The tree of the statement re-spelled by {@link ParserRecovery}, when that parses completely
   * (the coverage check holds against the re-spelled text), or null.
   */
  private Statement secondReading(List<Token> code) {
    String respelled = ParserRecovery.respell(sql, code, dialect);
    if (respelled == null) {
      return null;
    }
    List<Token> again = SqlLexer.tokenize(respelled, dialect);
    if (lexicalProblem(again) != null || SqlSplitter.split(respelled, again, dialect).size() != 1) {
      return null;
    }
    String text = ParserInput.of(respelled, again, dialect);
    if (engine.parser().parse(text) instanceof ParseResult.Parsed ok
        && ParseCoverage.missingWord(text, ok.statement(), dialect) == null) {
      return ok.statement();
    }
    return null;
  }

  private StatementContext context(List<Token> code, Statement ast, String problem, StatementKind kind) {
    // the statements of a compound statement are statements of a multi-statement string
    int count = compoundDepth > 0 ? Math.max(2, statementCount) : statementCount;
    return new StatementContext(dialect, sql, code, ast, problem, kind, count, state);
  }

  /** Runs the checks of a statement that runs other statements ({@link WrappedStatements}). */
  private StatementKind unwrapped(
      WrappedStatements.Unwrapped w, List<Token> code, int first, int end, boolean executes) {
    if (w.compound()) {
      compoundDepth++;
    }
    try {
      boolean reads = true;
      StatementKind inner = StatementKind.OTHER;
      int cursor = first;
      for (WrappedStatements.Job job : w.jobs()) {
        StatementKind k;
        if (job.isStatement()) {
          int a = indexOf(code.get(job.first()), cursor, end);
          int b = indexOf(code.get(job.end() - 1), a, end) + 1;
          cursor = a;
          k = analyze(a, b, executes);
        } else if (job.text() != null) {
          k = text(job.text(), code, executes);
        } else {
          check(context(job.tokens(), null, job.problem(), job.kind()), executes);
          continue;
        }
        inner = k;
        reads &= k == StatementKind.QUERY;
      }
      return switch (w.kindOf()) {
        case INNER -> inner;
        case COMPOUND -> reads ? StatementKind.QUERY : StatementKind.OTHER;
        case DEFINITION -> StatementKind.DDL;
        case PREPARATION -> StatementKind.SESSION;
      };
    } finally {
      if (w.compound()) {
        compoundDepth--;
      }
    }
  }

  /**
   * SQL held in a string literal ({@code EXECUTE IMMEDIATE 'text'}): analysed as its own string,
   * its findings added to this statement's. Nested at most {@link #MAX_TEXT_NESTING} deep.
   */
  private StatementKind text(String inner, List<Token> code, boolean executes) {
    if (textNesting >= MAX_TEXT_NESTING || !executes) {
      String why = !executes ? null : "SQL text nested in SQL text more than " + MAX_TEXT_NESTING + " deep";
      if (why != null) {
        check(context(code, null, why, StatementKind.OTHER), true);
      }
      return StatementKind.OTHER;
    }
    StatementAnalyzer nested = new StatementAnalyzer(engine, inner, state, false);
    nested.textNesting = textNesting + 1;
    Verdict v = nested.run();
    findings.addAll(v.findings());
    if (v.kinds().size() != 1) {
      check(context(code, null, v.kinds().isEmpty()
          ? "the SQL text it runs is empty" : "the SQL text it runs holds several statements",
          StatementKind.OTHER), executes);
      return StatementKind.OTHER;
    }
    return v.kinds().get(0);
  }


  private StatementKind check(StatementContext context, boolean executes) {
    for (Rule rule : engine.rules()) {
      Action action = engine.actionFor(rule);
      if (action == Action.ALLOW || (!executes && !EVEN_IF_NOT_EXECUTED.contains(rule.id()))) {
        continue;
      }
      try {
        rule.check(context, (fragment, reason, fix) ->
            findings.add(new Finding(rule.id(), action, fragment, reason, fix)));
      } catch (RuntimeException | StackOverflowError e) {
        findings.add(new Finding("unparseable", engine.actionFor("unparseable"), context.sql(),
            "The guard could not analyse this statement (rule " + rule.id() + " failed: "
                + e.getClass().getSimpleName() + "), so it cannot tell whether it is safe.",
            "Write it as plain, complete SQL or split it into simpler statements."));
      }
    }
    return context.kind();
  }

  private List<Token> codeTokens(int first, int end) {
    List<Token> code = new ArrayList<>(end - first);
    for (int i = first; i < end; i++) {
      Token t = tokens.get(i);
      if (t.type() != TokenType.COMMENT) {
        code.add(t);
      }
    }
    return code;
  }

  private int indexOf(Token t, int from, int end) {
    for (int i = from; i < end; i++) {
      if (tokens.get(i) == t) {
        return i;
      }
    }
    return end;
  }

  private static String lexicalProblem(List<Token> code) {
    for (Token t : code) {
      if (t.type() == TokenType.ERROR) {
        return "an unterminated quote or comment, or a character SQL does not allow";
      }
    }
    return null;
  }

  /**
   * Where the wrapped statement of {@code EXPLAIN [options] <stmt>}, MariaDB's {@code ANALYZE
   * <stmt>}, MySQL's {@code DESCRIBE <stmt>} or PostgreSQL's {@code PREPARE name AS <stmt>}
   * starts, or -1.
   */
  private static int innerStatement(StatementContext s) {
    String lead = s.word(0);
    boolean wrapper = lead.equals("EXPLAIN") || lead.equals("ANALYZE") || lead.equals("DESCRIBE")
        || lead.equals("DESC");
    if (wrapper) {
      int depth = 0;
      for (int i = 1; i < s.size(); i++) {
        if (s.type(i) == TokenType.LEFT_PAREN) {
          depth++;
        } else if (s.type(i) == TokenType.RIGHT_PAREN) {
          depth--;
        } else if (depth == 0 && KeywordStatements.isStatementWord(s.word(i))
            && !(i == 1 && s.word(i).equals("TABLE")
                && (lead.startsWith("DESC") || lead.equals("ANALYZE")))) {
          return i;
        }
      }
      return -1;
    }
    if (lead.equals("DECLARE") && s.dialect() != Dialect.MYSQL) {
      return cursorQuery(s);
    }
    if (lead.equals("PREPARE") && s.dialect() != Dialect.MYSQL) {
      int as = s.indexOfWord("AS", 2);
      return as > 0 && as + 1 < s.size() ? as + 1 : -1;
    }
    return -1;
  }

  /**
   * In {@code CREATE SCHEMA name ...}, the next schema element (a CREATE or GRANT at the top level)
   * at or after {@code from}, or -1.
   */
  private static int schemaElement(StatementContext s, int from) {
    if (!s.isWord(0, "CREATE") || !s.isWord(1, "SCHEMA")) {
      return -1;
    }
    int depth = 0;
    for (int i = 0; i < s.size(); i++) {
      TokenType t = s.type(i);
      if (t == TokenType.LEFT_PAREN) {
        depth++;
      } else if (t == TokenType.RIGHT_PAREN) {
        depth--;
      } else if (i >= from && depth == 0 && (s.isWord(i, "CREATE") || s.isWord(i, "GRANT"))) {
        return i;
      }
    }
    return -1;
  }

  /**
   * PostgreSQL {@code DECLARE name [BINARY] [ASENSITIVE | INSENSITIVE] [[NO] SCROLL] CURSOR
   * [WITH | WITHOUT HOLD] FOR query}: where the query starts, or -1.
   */
  private static int cursorQuery(StatementContext s) {
    int i = 2;
    while (s.isWord(i, "BINARY") || s.isWord(i, "ASENSITIVE") || s.isWord(i, "INSENSITIVE")
        || s.isWord(i, "NO") || s.isWord(i, "SCROLL")) {
      i++;
    }
    if (!s.isWord(i, "CURSOR")) {
      return -1;
    }
    i++;
    if ((s.isWord(i, "WITH") || s.isWord(i, "WITHOUT")) && s.isWord(i + 1, "HOLD")) {
      i += 2;
    }
    if (!s.isWord(i, "FOR")) {
      return -1;
    }
    String query = s.word(i + 1);
    boolean reads = query.equals("SELECT") || query.equals("VALUES") || query.equals("TABLE")
        || query.equals("WITH") || s.type(i + 1) == TokenType.LEFT_PAREN;
    return reads ? i + 1 : -1;
  }

  /** True when the EXPLAIN options before {@code inner} include ANALYZE (which executes). */
  private static boolean explainExecutes(StatementContext s, int inner) {
    String lead = s.word(0);
    if (lead.equals("ANALYZE") || lead.equals("PREPARE") || lead.equals("DECLARE")) {
      return true;
    }
    for (int i = 1; i < inner; i++) {
      if (s.isWord(i, "ANALYZE") || s.isWord(i, "ANALYSE")) {
        String next = s.word(i + 1);
        boolean off = next.equals("FALSE") || next.equals("OFF")
            || (s.type(i + 1) == TokenType.NUMBER && s.text(i + 1).equals("0"));
        if (!off) {
          return true;
        }
      }
    }
    return false;
  }

  private static int matchingParen(StatementContext s, int open) {
    int depth = 0;
    for (int i = open; i < s.size(); i++) {
      if (s.type(i) == TokenType.LEFT_PAREN) {
        depth++;
      } else if (s.type(i) == TokenType.RIGHT_PAREN && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  private static int maxNesting(List<Token> code) {
    int depth = 0;
    int max = 0;
    for (Token t : code) {
      TokenType type = t.type();
      if (type == TokenType.LEFT_PAREN || type == TokenType.LEFT_BRACKET || type == TokenType.LEFT_BRACE) {
        max = Math.max(max, ++depth);
      } else if (type == TokenType.RIGHT_PAREN || type == TokenType.RIGHT_BRACKET || type == TokenType.RIGHT_BRACE) {
        depth--;
      }
    }
    return max;
  }
}
