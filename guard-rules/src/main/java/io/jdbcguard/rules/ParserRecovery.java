package io.jdbcguard.rules;

import io.jdbcguard.rules.sql.ParserKeywords;
import io.jdbcguard.rules.sql.Token;
import io.jdbcguard.rules.sql.TokenType;
import java.util.List;
import java.util.Set;

/**
 * The second reading of a statement JSqlParser 5.4 could not read (or read only in part): the
 * statement re-spelled so that it means the same to the server and the parser reads it. Only the
 * engine's failure path uses it; the rules then run on the tree of the re-spelled text, and the
 * parse-coverage check compares that tree with the re-spelled text. Nothing here removes a word a
 * rule looks for: every edit keeps which rows and tables a statement touches, or makes the reading
 * more destructive than the statement (a {@code DO NOTHING} branch of MERGE left out).
 *
 * <ul>
 *   <li><b>Keyword-named identifiers</b>: a word JSqlParser's grammar lexes as a keyword ({@link
 *       ParserKeywords}) but that the dialect does not reserve ({@code settings}, {@code
 *       statement}, {@code uuid}, {@code minus}, ...) is quoted, so the parser reads the
 *       identifier the server reads. Words of fixed phrases the rules read ({@code SET}, {@code
 *       VALUES}, {@code DEFAULT}, {@code CURRENT ROW}, ...) are never quoted.
 *   <li><b>PostgreSQL operators JSqlParser lacks</b> (range, geometric, network, jsonpath, trigram:
 *       {@code &<}, {@code -|-}, {@code <<=}, {@code @?}, ...) become {@code @>}, an operator no
 *       rule folds to a constant; a prefix one ({@code |/ x}) becomes {@code NULL @> x}. {@code x
 *       IS [NOT] JSON ...} becomes {@code x @> NULL} the same way.
 *   <li><b>PostgreSQL spellings</b>: a typed literal {@code text 'a'} is {@code CAST('a' AS text)};
 *       {@code DATE ?} is {@code CAST(? AS DATE)}; open array slices {@code a[2:]} get a {@code
 *       NULL} bound; {@code SELECT FROM} selects {@code NULL}; the inheritance star of {@code
 *       FROM t*} goes (it is the default); {@code VARIADIC} before a function argument goes;
 *       {@code WHERE CURRENT OF c} (the cursor's one row) is a condition on a placeholder function;
 *       {@code RETURNING type} inside a {@code JSON_*(...)} call goes; MERGE's {@code WHEN ... THEN
 *       DO NOTHING} branches go (the reading then touches at least the rows the statement does) and
 *       {@code INSERT DEFAULT VALUES} is {@code INSERT VALUES (DEFAULT)}; {@code TABLE x} is {@code
 *       SELECT * FROM x}.
 *   <li><b>MySQL spellings</b>: {@code INSERT ... VALUE (...)} is {@code VALUES}; an assignment
 *       {@code @v := expr} inside an expression reads as {@code expr} (its value).
 * </ul>
 */
final class ParserRecovery {

  /** The operator no rule folds, which stands in for the ones JSqlParser lacks. */
  static final String NEUTRAL_OPERATOR = "@>";

  /** The placeholder function {@code WHERE CURRENT OF c} becomes. */
  static final String CURRENT_OF = "jdbc_guard_current_of";

  /** Operators JSqlParser 5.4 reads with PostgreSQL's meaning or a harmless one. */
  private static final Set<String> PARSER_OPERATORS =
      Set.of("=", "<>", "!=", "<", ">", "<=", ">=", "+", "-", "*", "/", "%", "||", "|", "&", "^",
          "~", "!~", "~*", "!~*", "<<", ">>", "@>", "<@", "@@", "&&", "->", "->>", "#>", "#>>", "#-",
          "::", ":=", ":", "@", "!");

  /**
   * PostgreSQL prefix operators (geometric centre {@code @@}, point count {@code #}, absolute value
   * {@code @}, length {@code @-@}) whose binary spelling JSqlParser reads but not the prefix one.
   */
  private static final Set<String> PREFIX_ONLY_HERE = Set.of("@@", "#", "@", "@-@");

  /** Clause words that may follow a select-list label. */
  private static final Set<String> AFTER_LABEL =
      Set.of("FROM", "WHERE", "ORDER", "GROUP", "HAVING", "LIMIT", "OFFSET", "UNION", "EXCEPT",
          "INTERSECT", "WINDOW", "INTO", "FETCH", "FOR");

  /** Statement words a reserved word after AS may be: never quoted. */
  private static final Set<String> STATEMENT_WORDS =
      Set.of("SELECT", "WITH", "VALUES", "TABLE", "INSERT", "UPDATE", "DELETE", "MERGE", "NOT",
          "ON", "DEFAULT", "NULL", "ARRAY", "CASE", "CAST");

  /** Type names a PostgreSQL typed literal ({@code type 'value'}) may start with. */
  private static final Set<String> LITERAL_TYPES =
      Set.of("TEXT", "VARCHAR", "CHAR", "BPCHAR", "NAME", "INT", "INT2", "INT4", "INT8",
          "INTEGER", "SMALLINT", "BIGINT", "NUMERIC", "DECIMAL", "REAL", "FLOAT4", "FLOAT8",
          "BOOLEAN", "BOOL", "JSON", "JSONB", "JSONPATH", "XML", "UUID", "BYTEA", "INET", "CIDR",
          "MACADDR", "MACADDR8", "MONEY", "POINT", "LINE", "LSEG", "BOX", "PATH", "POLYGON",
          "CIRCLE", "TSVECTOR", "TSQUERY", "REGCLASS", "REGTYPE", "REGPROC", "REGPROCEDURE",
          "REGOPER", "REGOPERATOR", "REGNAMESPACE", "REGROLE", "REGCONFIG", "OID", "INT4RANGE",
          "INT8RANGE", "NUMRANGE", "TSRANGE", "TSTZRANGE", "DATERANGE", "INT4MULTIRANGE",
          "BIT", "VARBIT", "TIMESTAMPTZ", "TIMETZ", "DATE", "TIME", "TIMESTAMP", "PG_LSN",
          "TXID_SNAPSHOT", "PG_SNAPSHOT", "ACLITEM", "CHARACTER");

  private ParserRecovery() {}

  /**
   * The statement re-spelled for a second parse, or null when no recovery applies. {@code code} are
   * the statement's code tokens (no comments) in {@code sql}.
   */
  static String respell(String sql, List<Token> code, Dialect dialect) {
    Edits e = new Edits(sql, code, dialect);
    if (dialect != Dialect.MYSQL) {
      e.postgresSpellings();
    }
    if (dialect != Dialect.POSTGRES) {
      e.mysqlSpellings();
    }
    e.keywordIdentifiers();
    return e.changed ? e.render() : null;
  }

  /** Replacement texts per token: null keeps the token, "" drops it; {@code before} inserts. */
  private static final class Edits {
    private final String sql;
    private final List<Token> code;
    private final Dialect dialect;
    private final String[] replace;
    private final String[] before;
    private boolean changed;

    Edits(String sql, List<Token> code, Dialect dialect) {
      this.sql = sql;
      this.code = code;
      this.dialect = dialect;
      this.replace = new String[code.size()];
      this.before = new String[code.size()];
    }

    // ---- token access ----------------------------------------------------------------------

    TokenType type(int i) {
      return i >= 0 && i < code.size() ? code.get(i).type() : null;
    }

    String text(int i) {
      return i >= 0 && i < code.size() ? code.get(i).text(sql) : "";
    }

    String word(int i) {
      return type(i) == TokenType.WORD ? upper(text(i)) : "";
    }

    boolean glued(int i) {
      return i > 0 && i < code.size() && code.get(i - 1).end() == code.get(i).start();
    }

    boolean isOperator(int i, String op) {
      return type(i) == TokenType.OPERATOR && text(i).equals(op);
    }

    boolean untouched(int i) {
      return replace[i] == null;
    }

    void set(int i, String text) {
      replace[i] = text;
      changed = true;
    }

    void insert(int i, String text) {
      before[i] = before[i] == null ? text : before[i] + " " + text;
      changed = true;
    }

    /** The end of an operand: what a binary operator may follow. */
    boolean endsOperand(int i) {
      TokenType t = type(i);
      if (t == TokenType.WORD) {
        return !ParserKeywords.isClauseWord(word(i));
      }
      return t == TokenType.QUOTED_IDENTIFIER || t == TokenType.STRING || t == TokenType.NUMBER
          || t == TokenType.PARAMETER || t == TokenType.RIGHT_PAREN
          || t == TokenType.RIGHT_BRACKET;
    }

    int matching(int open) {
      int depth = 0;
      for (int i = open; i < code.size(); i++) {
        TokenType t = type(i);
        if (t == TokenType.LEFT_PAREN || t == TokenType.LEFT_BRACKET) {
          depth++;
        } else if ((t == TokenType.RIGHT_PAREN || t == TokenType.RIGHT_BRACKET) && --depth == 0) {
          return i;
        }
      }
      return -1;
    }

    // ---- PostgreSQL ------------------------------------------------------------------------

    void postgresSpellings() {
      if (word(0).equals("TABLE") && untouched(0)) {
        set(0, "SELECT * FROM");
      }
      if (word(0).equals("MERGE")) {
        joinedMergeSource();
      }
      reservedLabels();
      subscriptedTargets();
      for (int i = 0; i < code.size(); i++) {
        if (!untouched(i)) {
          continue;
        }
        TokenType t = type(i);
        String w = word(i);
        if (t == TokenType.PARAMETER && text(i).equals("?") && glued(i + 1)
            && type(i + 1) == TokenType.OPERATOR && (endsOperand(i - 1))) {
          // jsonb ?| ?& ?-| ...: the lexer reads ? as a parameter
          set(i, NEUTRAL_OPERATOR);
          set(i + 1, "");
        } else if (t == TokenType.OPERATOR && glued(i + 1) && type(i + 1) == TokenType.PARAMETER
            && endsOperand(i - 1) && (text(i).equals("@") || text(i).equals("#"))) {
          // jsonpath @? and friends
          set(i, NEUTRAL_OPERATOR);
          set(i + 1, "");
        } else if (t == TokenType.OPERATOR && !PARSER_OPERATORS.contains(text(i))) {
          set(i, endsOperand(i - 1) ? NEUTRAL_OPERATOR : "NULL " + NEUTRAL_OPERATOR);
        } else if (t == TokenType.OPERATOR && PREFIX_ONLY_HERE.contains(text(i))
            && !endsOperand(i - 1) && type(i - 1) != null) {
          // a binary operator JSqlParser knows, used as a prefix one: @@ center, # points, @ abs
          set(i, "NULL " + NEUTRAL_OPERATOR);
        } else if (w.equals("IS")) {
          isJson(i);
        } else if (t == TokenType.STRING && type(i - 1) == TokenType.WORD
            && LITERAL_TYPES.contains(word(i - 1)) && untouched(i - 1) && !isOperator(i - 2, "::")
            && type(i - 2) != TokenType.DOT && !word(i - 2).equals("AS")) {
          set(i - 1, "CAST(");
          set(i, text(i) + " AS " + text(i - 1) + ")");
        } else if (t == TokenType.PARAMETER && (w.isEmpty()) && isDateTimeWord(word(i - 1))
            && untouched(i - 1) && !word(i - 2).equals("AS")) {
          set(i - 1, "CAST(");
          set(i, text(i) + " AS " + text(i - 1) + ")");
        } else if (t == TokenType.LEFT_BRACKET && isOperator(i + 1, ":")) {
          insert(i + 1, "NULL");
        } else if (isOperator(i, ":") && type(i + 1) == TokenType.RIGHT_BRACKET) {
          insert(i + 1, "NULL");
        } else if (w.equals("SELECT") && word(i + 1).equals("FROM")) {
          insert(i + 1, "NULL");
        } else if (isOperator(i, "*") && isInheritanceStar(i)) {
          set(i, "");
        } else if (w.equals("VARIADIC")
            && (type(i - 1) == TokenType.LEFT_PAREN || type(i - 1) == TokenType.COMMA)) {
          set(i, "");
        } else if (w.equals("CURRENT") && word(i - 1).equals("WHERE") && word(i + 1).equals("OF")
            && (type(i + 2) == TokenType.WORD || type(i + 2) == TokenType.QUOTED_IDENTIFIER)) {
          set(i, CURRENT_OF + "(");
          set(i + 1, "");
          set(i + 2, text(i + 2) + ")");
        } else if (w.equals("RETURNING") && insideJsonCall(i)) {
          dropJsonReturning(i);
        } else if (w.equals("THEN") && word(i + 1).equals("DO") && word(i + 2).equals("NOTHING")) {
          dropMergeBranch(i);
        } else if (w.equals("INSERT") && word(i + 1).equals("DEFAULT")
            && word(i + 2).equals("VALUES") && word(i - 1).equals("THEN")) {
          set(i + 1, "");
          set(i + 2, "VALUES (DEFAULT)");
        }
      }
    }

    /**
     * PostgreSQL: after {@code AS} in a select list any keyword is a column label ({@code SELECT
     * true AS true}, {@code conname AS constraint}); quoted, JSqlParser reads the label too.
     */
    private void reservedLabels() {
      for (int i = 1; i < code.size(); i++) {
        String w = word(i);
        if (!untouched(i) || w.isEmpty() || !word(i - 1).equals("AS")
            || !ParserKeywords.reservedIn(Dialect.POSTGRES, w) || STATEMENT_WORDS.contains(w)) {
          continue;
        }
        TokenType next = type(i + 1);
        if (next == null || next == TokenType.COMMA || next == TokenType.RIGHT_PAREN
            || AFTER_LABEL.contains(word(i + 1))) {
          set(i, '"' + text(i).toLowerCase(java.util.Locale.ROOT) + '"');
        }
      }
    }

    /**
     * PostgreSQL: {@code SET a[1:2] = ...}, {@code INSERT INTO t (a[1], c.f)}: assigning to part of
     * an array or composite column touches the same rows as assigning the column; the subscripts
     * and field names go.
     */
    private void subscriptedTargets() {
      String lead = word(0);
      boolean insert = lead.equals("INSERT");
      for (int i = 1; i < code.size(); i++) {
        if (!(type(i) == TokenType.LEFT_BRACKET || type(i) == TokenType.DOT)) {
          continue;
        }
        if (type(i - 1) != TokenType.WORD && type(i - 1) != TokenType.QUOTED_IDENTIFIER
            && type(i - 1) != TokenType.RIGHT_BRACKET) {
          continue;
        }
        int column = i - 1;
        while (type(column) == TokenType.RIGHT_BRACKET) {
          column = openingBracket(column) - 1;
        }
        if (type(i) == TokenType.DOT && type(i - 1) != TokenType.RIGHT_BRACKET && !insert) {
          continue; // t.col in UPDATE ... SET is a qualified column, not a field
        }
        int end = i;
        while (type(end) == TokenType.LEFT_BRACKET || type(end) == TokenType.DOT) {
          end = type(end) == TokenType.DOT ? end + 2 : matching(end) + 1;
          if (end <= 0) {
            return;
          }
        }
        String before = text(column - 1);
        boolean setTarget = (word(column - 1).equals("SET") || before.equals(","))
            && isOperator(end, "=") && (lead.equals("UPDATE") || lead.equals("INSERT"));
        boolean insertColumn = insert && insideInsertColumns(column)
            && (type(end) == TokenType.COMMA || type(end) == TokenType.RIGHT_PAREN);
        if (setTarget || insertColumn) {
          for (int k = i; k < end; k++) {
            set(k, "");
          }
          i = end;
        }
      }
    }

    private int openingBracket(int close) {
      int depth = 0;
      for (int k = close; k >= 0; k--) {
        if (type(k) == TokenType.RIGHT_BRACKET) {
          depth++;
        } else if (type(k) == TokenType.LEFT_BRACKET && --depth == 0) {
          return k;
        }
      }
      return 0;
    }

    /** True when token {@code i} is in the column list of {@code INSERT INTO t (...)}. */
    private boolean insideInsertColumns(int i) {
      int depth = 0;
      for (int k = i - 1; k >= 0; k--) {
        if (type(k) == TokenType.RIGHT_PAREN) {
          depth++;
        } else if (type(k) == TokenType.LEFT_PAREN) {
          if (depth == 0) {
            int name = k - 1;
            while (type(name - 1) == TokenType.DOT) {
              name -= 2;
            }
            return word(name - 1).equals("INTO");
          }
          depth--;
        }
      }
      return false;
    }

    private boolean isDateTimeWord(String w) {
      return w.equals("DATE") || w.equals("TIME") || w.equals("TIMESTAMP");
    }

    /** {@code IS [NOT] JSON [VALUE|SCALAR|ARRAY|OBJECT] [WITH|WITHOUT UNIQUE [KEYS]]}. */
    private void isJson(int is) {
      int i = is + 1;
      if (word(i).equals("NOT")) {
        i++;
      }
      if (!word(i).equals("JSON") || !endsOperand(is - 1)) {
        return;
      }
      int end = i;
      if (Set.of("VALUE", "SCALAR", "ARRAY", "OBJECT").contains(word(end + 1))) {
        end++;
      }
      if ((word(end + 1).equals("WITH") || word(end + 1).equals("WITHOUT"))
          && word(end + 2).equals("UNIQUE")) {
        end += 2;
        if (word(end + 1).equals("KEYS")) {
          end++;
        }
      }
      set(is, NEUTRAL_OPERATOR + " NULL");
      for (int k = is + 1; k <= end; k++) {
        set(k, "");
      }
    }

    /** {@code FROM t*}, {@code JOIN s.t*}, {@code UPDATE t*}, {@code ONLY t*}: the star goes. */
    private boolean isInheritanceStar(int star) {
      int name = star - 1;
      if (type(name) != TokenType.WORD && type(name) != TokenType.QUOTED_IDENTIFIER) {
        return false;
      }
      if (type(name - 1) == TokenType.DOT) {
        name -= 2;
      }
      String lead = word(name - 1);
      boolean tablePosition = lead.equals("FROM") || lead.equals("JOIN") || lead.equals("UPDATE")
          || lead.equals("ONLY") || lead.equals("TABLE") || lead.equals("INTO")
          || lead.equals("USING");
      TokenType next = type(star + 1);
      return tablePosition && (next == null || next == TokenType.WORD || next == TokenType.COMMA
          || next == TokenType.RIGHT_PAREN || next == TokenType.SEMICOLON);
    }

    private boolean insideJsonCall(int i) {
      int depth = 0;
      for (int k = i - 1; k >= 0; k--) {
        TokenType t = type(k);
        if (t == TokenType.RIGHT_PAREN) {
          depth++;
        } else if (t == TokenType.LEFT_PAREN) {
          if (depth == 0) {
            return word(k - 1).startsWith("JSON");
          }
          depth--;
        }
      }
      return false;
    }

    /** {@code RETURNING type[(n)] [FORMAT JSON [ENCODING x]]} up to the call's closing paren. */
    private void dropJsonReturning(int returning) {
      int k = returning + 1;
      int depth = 0;
      while (k < code.size() && !(depth == 0 && type(k) == TokenType.RIGHT_PAREN)) {
        if (type(k) == TokenType.LEFT_PAREN) {
          depth++;
        } else if (type(k) == TokenType.RIGHT_PAREN) {
          depth--;
        } else if (depth == 0 && type(k) == TokenType.COMMA) {
          return; // not the last clause of the call
        }
        k++;
      }
      for (int j = returning; j < k; j++) {
        set(j, "");
      }
    }

    /**
     * {@code WHEN [NOT] MATCHED [BY ...] [AND cond] THEN DO NOTHING}: the branch leaves its rows
     * alone, so reading the MERGE without it can only make the other branches reach more rows.
     */
    private void dropMergeBranch(int then) {
      if (!word(0).equals("MERGE") && !word(0).equals("WITH")) {
        return;
      }
      int when = -1;
      int depth = 0;
      for (int k = then - 1; k >= 0; k--) {
        TokenType t = type(k);
        if (t == TokenType.RIGHT_PAREN) {
          depth++;
        } else if (t == TokenType.LEFT_PAREN) {
          depth--;
        } else if (depth == 0 && word(k).equals("WHEN")) {
          when = k;
          break;
        }
      }
      if (when < 0 || !(word(when + 1).equals("MATCHED") || word(when + 1).equals("NOT"))) {
        return;
      }
      for (int k = when; k <= then + 2; k++) {
        set(k, "");
      }
    }

    /**
     * {@code MERGE INTO t USING s JOIN u ON ... ON cond}: the joined source becomes one derived
     * table, {@code USING (SELECT * FROM s JOIN u ON ...) AS jdbc_guard_source ON cond}; the merge
     * condition and the WHEN branches stay as written.
     */
    private void joinedMergeSource() {
      int using = -1;
      int lastOn = -1;
      boolean join = false;
      int depth = 0;
      for (int i = 0; i < code.size(); i++) {
        TokenType t = type(i);
        if (t == TokenType.LEFT_PAREN) {
          depth++;
        } else if (t == TokenType.RIGHT_PAREN) {
          depth--;
        } else if (depth == 0) {
          String w = word(i);
          if (w.equals("USING") && using < 0) {
            using = i;
          } else if (w.equals("WHEN")) {
            break;
          } else if (using > 0 && w.equals("JOIN")) {
            join = true;
          } else if (using > 0 && w.equals("ON")) {
            lastOn = i;
          }
        }
      }
      if (using < 0 || !join || lastOn < 0 || type(using + 1) == TokenType.LEFT_PAREN) {
        return;
      }
      insert(using + 1, "(SELECT * FROM");
      insert(lastOn, ") AS jdbc_guard_source");
    }

    // ---- MySQL -----------------------------------------------------------------------------

    void mysqlSpellings() {
      String lead = word(0);
      if (lead.equals("REPLACE") || lead.equals("INSERT")) {
        int k = 1;
        while (word(k).equals("LOW_PRIORITY") || word(k).equals("DELAYED")
            || word(k).equals("HIGH_PRIORITY")) {
          set(k, "");
          k++;
        }
        if (lead.equals("REPLACE") && !word(k).equals("INTO") && type(k) == TokenType.WORD) {
          insert(k, "INTO");
        }
      }
      if (lead.equals("DELETE")) {
        // DELETE t1.*, t2.* FROM ...: the optional .* after each target
        for (int k = 1; k + 2 < code.size() && !word(k).equals("FROM"); k++) {
          if (type(k) == TokenType.DOT && isOperator(k + 1, "*")) {
            set(k, "");
            set(k + 1, "");
          }
        }
      }
      boolean insert = lead.equals("INSERT") || lead.equals("REPLACE");
      int depth = 0;
      for (int i = 0; i < code.size(); i++) {
        TokenType t = type(i);
        if (t == TokenType.LEFT_PAREN) {
          depth++;
        } else if (t == TokenType.RIGHT_PAREN) {
          depth--;
        }
        if (insert && depth == 0 && word(i).equals("VALUE") && type(i + 1) == TokenType.LEFT_PAREN) {
          set(i, "VALUES");
        }
        if (word(i).equals("PARTITION") && type(i + 1) == TokenType.LEFT_PAREN
            && (insert || lead.equals("DELETE")) && !word(i - 1).equals("BY")) {
          // explicit partition selection narrows the rows: reading without it is broader
          int close = matching(i + 1);
          if (close > 0 && untouched(i)) {
            for (int k = i; k <= close; k++) {
              set(k, "");
            }
          }
        }
        if (word(i).equals("CONVERT") && type(i + 1) == TokenType.LEFT_PAREN) {
          convertToCast(i + 1);
        }
        String w = word(i);
        if ((w.equals("USE") || w.equals("FORCE") || w.equals("IGNORE"))
            && (word(i + 1).equals("INDEX") || word(i + 1).equals("KEY")) && i > 1) {
          indexHint(i);
        }
        // @v := expr inside an expression: its value is expr (not the statement SET @v := 1)
        if (dialect == Dialect.MYSQL && isOperator(i, "@") && !isOperator(i - 1, "@")
            && glued(i + 1) && type(i + 1) == TokenType.WORD && isOperator(i + 2, ":=")
            && !lead.equals("SET")) {
          set(i, "");
          set(i + 1, "");
          set(i + 2, "");
        }
      }
    }

    /** {@code CONVERT(expr, type)} is {@code CAST(expr AS type)}; {@code CONVERT(x USING cs)} stays. */
    private void convertToCast(int open) {
      int close = matching(open);
      int comma = -1;
      int depth = 0;
      for (int k = open + 1; k < close; k++) {
        TokenType t = type(k);
        if (t == TokenType.LEFT_PAREN) {
          depth++;
        } else if (t == TokenType.RIGHT_PAREN) {
          depth--;
        } else if (depth == 0 && t == TokenType.COMMA) {
          comma = k;
        }
      }
      if (close < 0 || comma < 0 || !untouched(open - 1) || !untouched(comma)) {
        return;
      }
      for (int k = comma + 1; k < close; k++) {
        TokenType t = type(k);
        if (!(t == TokenType.WORD || t == TokenType.NUMBER || t == TokenType.COMMA
            || t == TokenType.LEFT_PAREN || t == TokenType.RIGHT_PAREN)) {
          return;
        }
        if (t == TokenType.WORD && ParserKeywords.isClauseWord(word(k))) {
          return;
        }
      }
      set(open - 1, "CAST");
      set(comma, "AS");
      if (word(comma + 1).equals("SIGNED") || word(comma + 1).equals("UNSIGNED")) {
        if (word(comma + 2).equals("INTEGER") || word(comma + 2).equals("INT")) {
          set(comma + 2, "");
        }
      }
    }

    /** {@code USE | FORCE | IGNORE INDEX | KEY [FOR JOIN | ORDER BY | GROUP BY] (names)}: a plan hint. */
    private void indexHint(int at) {
      int k = at + 2;
      if (word(k).equals("FOR")) {
        k += word(k + 1).equals("JOIN") ? 2 : 3;
      }
      if (type(k) != TokenType.LEFT_PAREN) {
        return;
      }
      int close = matching(k);
      if (close < 0) {
        return;
      }
      for (int j = k + 1; j < close; j++) {
        TokenType t = type(j);
        if (t != TokenType.WORD && t != TokenType.QUOTED_IDENTIFIER && t != TokenType.COMMA) {
          return;
        }
      }
      for (int j = at; j <= close; j++) {
        set(j, "");
      }
    }

    // ---- keyword-named identifiers ---------------------------------------------------------

    void keywordIdentifiers() {
      boolean[] candidate = new boolean[code.size()];
      boolean any = false;
      for (int i = 0; i < code.size(); i++) {
        if (type(i) != TokenType.WORD || !untouched(i)) {
          continue;
        }
        String w = word(i);
        if (ParserKeywords.reservedIn(dialect, w) || ParserKeywords.isPhraseWord(w)) {
          continue;
        }
        if (w.equals("CURRENT") && (word(i + 1).equals("ROW") || word(i + 1).equals("OF"))) {
          continue;
        }
        TokenType next = type(i + 1);
        String previous = word(i - 1);
        boolean namesTable = previous.equals("INTO") || previous.equals("TABLE")
            || previous.equals("REFERENCES") || previous.equals("ON");
        if ((next == TokenType.LEFT_PAREN && !namesTable) || next == TokenType.STRING
            || isOperator(i - 1, "::") || (i == 0)) {
          continue;
        }
        candidate[i] = true;
        any = true;
      }
      if (!any) {
        return;
      }
      boolean[] keyword = ParserKeywords.lexedAsKeyword(sql, code, candidate);
      char quote = dialect == Dialect.MYSQL ? '`' : '"';
      for (int i = 0; i < code.size(); i++) {
        if (candidate[i] && keyword[i]) {
          String w = text(i);
          // PostgreSQL folds an unquoted name to lower case; MySQL keeps it as written
          set(i, quote + (dialect == Dialect.MYSQL ? w : w.toLowerCase(java.util.Locale.ROOT)) + quote);
        }
      }
    }

    // ---- output ----------------------------------------------------------------------------

    String render() {
      StringBuilder out = new StringBuilder(sql.length() + 16);
      boolean first = true;
      for (int i = 0; i < code.size(); i++) {
        if (before[i] != null) {
          out.append(' ').append(before[i]);
        }
        String r = replace[i];
        if (r != null && r.isEmpty()) {
          continue;
        }
        if (!first && !(glued(i) && r == null && before[i] == null && replace[i - 1] == null)) {
          out.append(' ');
        }
        out.append(r == null ? text(i) : r);
        first = false;
      }
      return out.toString().trim();
    }
  }

  static String upper(String s) {
    char[] c = s.toCharArray();
    for (int i = 0; i < c.length; i++) {
      if (c[i] >= 'a' && c[i] <= 'z') {
        c[i] = (char) (c[i] - ('a' - 'A'));
      }
    }
    return new String(c);
  }
}
