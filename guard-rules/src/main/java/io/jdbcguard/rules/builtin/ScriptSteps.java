package io.jdbcguard.rules.builtin;

import io.jdbcguard.rules.Dialect;
import io.jdbcguard.rules.ScriptState;
import io.jdbcguard.rules.StatementContext;
import io.jdbcguard.rules.sql.TokenType;
import java.util.Set;

/**
 * How each statement of a script changes the {@link ScriptState}: tables it creates, transaction
 * blocks it opens or ends, {@code CHECK (col IS NOT NULL)} constraints it adds or validates.
 * Decided from tokens, so it works for every statement the engine can split.
 */
public final class ScriptSteps {

  private static final Set<String> SCHEMA_CHANGES = Set.of("CREATE", "ALTER", "DROP", "RENAME");

  private static final Set<String> DATA_CHANGES =
      Set.of("UPDATE", "DELETE", "INSERT", "MERGE", "REPLACE", "UPSERT");

  private ScriptSteps() {}

  /** True for a statement that changes the schema: CREATE, ALTER, DROP, RENAME. */
  public static boolean isSchemaChange(StatementContext s) {
    return SCHEMA_CHANGES.contains(s.word(0));
  }

  /** True for a statement that changes rows, also through a data-modifying CTE. */
  public static boolean isDataChange(StatementContext s) {
    if (DATA_CHANGES.contains(s.word(0))) {
      return true;
    }
    if (!s.isWord(0, "WITH")) {
      return false;
    }
    for (int i = 1; i < s.size(); i++) {
      if (DATA_CHANGES.contains(s.word(i)) && !s.isWord(i - 1, "ON") && !s.isWord(i - 1, "FOR")
          && !s.isWord(i - 1, "KEY")) {
        return true;
      }
    }
    return false;
  }

  /** The state after {@code s} ran in state {@code before}. */
  public static ScriptState after(ScriptState before, StatementContext s) {
    ScriptState state = before.withChanges(isSchemaChange(s), isDataChange(s));
    state = transaction(state, s);
    state = rowsWritten(state, s);
    String created = Ddl.createdTable(s);
    if (created != null) {
      return columnTypes(state.withNewTable(created), s, created);
    }
    String object = Ddl.createdObject(s);
    if (object != null) {
      return state.withCreatedObject(object);
    }
    String table = Ddl.alteredTable(s);
    if (table == null) {
      return state;
    }
    for (int[] action : Keywords.alterTableActions(s)) {
      state = alterTable(state, s, table, action[0], action[1]);
    }
    return state;
  }

  private static ScriptState transaction(ScriptState state, StatementContext s) {
    String lead = s.word(0);
    switch (lead) {
      case "BEGIN":
        return state.withTransactionOpen(true);
      case "START":
        return s.isWord(1, "TRANSACTION") ? state.withTransactionOpen(true) : state;
      case "COMMIT", "END", "ROLLBACK", "ABORT":
        if (lead.equals("ROLLBACK") && s.indexOfWord("TO", 1) > 0) {
          return state; // ROLLBACK TO SAVEPOINT stays in the block
        }
        boolean chain = s.indexOfWord("CHAIN", 1) > 0 && s.indexOfWord("NO", 1) < 0;
        return state.withTransactionOpen(false).withTransactionOpen(chain);
      case "PREPARE":
        return s.isWord(1, "TRANSACTION") ? state.withTransactionOpen(false) : state;
      default:
        // MySQL commits implicitly before and after DDL
        return s.dialect() == Dialect.MYSQL && isSchemaChange(s) ? state.withTransactionOpen(false) : state;
    }
  }

  /** Statements that put rows into a table (or, for CALL and DO, maybe into any table). */
  private static ScriptState rowsWritten(ScriptState state, StatementContext s) {
    switch (s.word(0)) {
      case "CALL", "DO", "EXECUTE", "EXEC":
        return state.withRowsWritten(null);
      case "INSERT", "REPLACE": {
        int i = 1;
        while (Set.of("INTO", "IGNORE", "LOW_PRIORITY", "DELAYED", "HIGH_PRIORITY").contains(s.word(i))) {
          i++;
        }
        return state.withRowsWritten(Ddl.name(s, i));
      }
      case "UPDATE", "DELETE", "MERGE", "COPY", "LOAD", "WITH": {
        if (s.isWord(0, "COPY") && !Keywords.containsTopLevelWord(s, "FROM")) {
          return state;
        }
        if (s.isWord(0, "WITH") && !isDataChange(s)) {
          return state;
        }
        String target = writeTarget(s);
        return target == null ? state.withRowsWritten(null) : state.withRowsWritten(target);
      }
      default:
        return state;
    }
  }

  /** The table of {@code UPDATE t}, {@code DELETE FROM t}, {@code MERGE INTO t}, {@code COPY t}, {@code LOAD DATA ... INTO TABLE t}, or null. */
  static String writeTarget(StatementContext s) {
    int i;
    if (s.isWord(0, "UPDATE") || s.isWord(0, "COPY")) {
      i = 1;
    } else if (Keywords.startsWith(s, "DELETE", "FROM") || Keywords.startsWith(s, "MERGE", "INTO")) {
      i = 2;
    } else if (s.isWord(0, "LOAD")) {
      int t = s.indexOfWord("TABLE", 1);
      i = t < 0 ? -1 : t + 1;
    } else {
      return null;
    }
    while (s.isWord(i, "ONLY") || s.isWord(i, "LOW_PRIORITY") || s.isWord(i, "IGNORE") || s.isWord(i, "QUICK")) {
      i++;
    }
    return i < 0 ? null : Ddl.name(s, i);
  }

  /** The declared types of the columns of {@code CREATE TABLE name (col type ..., ...)}. */
  private static ScriptState columnTypes(ScriptState state, StatementContext s, String table) {
    int open = -1;
    for (int i = 2; i < s.size(); i++) {
      if (s.type(i) == TokenType.LEFT_PAREN) {
        open = i;
        break;
      }
      if (s.isWord(i, "AS") || s.isWord(i, "LIKE") || s.isWord(i, "OF") || s.isWord(i, "PARTITION")) {
        return state;
      }
    }
    if (open < 0) {
      return state;
    }
    int close = open;
    int depth = 0;
    for (int i = open; i < s.size(); i++) {
      if (s.type(i) == TokenType.LEFT_PAREN) {
        depth++;
      } else if (s.type(i) == TokenType.RIGHT_PAREN && --depth == 0) {
        close = i;
        break;
      }
    }
    for (int[] def : Keywords.commaSeparated(s, open + 1, close)) {
      String first = s.word(def[0]);
      if (Set.of("CONSTRAINT", "PRIMARY", "UNIQUE", "CHECK", "FOREIGN", "EXCLUDE", "KEY", "INDEX",
          "LIKE", "FULLTEXT", "SPATIAL").contains(first)) {
        continue;
      }
      String column = Ddl.identifier(s, def[0]);
      state = state.withColumnType(table, column, ColumnTypes.typeAt(s, def[0] + 1, def[1]));
      if (column != null && (Ddl.isSerial(s, new Ddl.Column(column, def[0] + 1, def[1]))
          || Ddl.hasWords(s, def[0], def[1], "IDENTITY"))) {
        state = state.withCreatedObject(table + "_" + column + "_seq"); // the column's own sequence
      }
    }
    return state;
  }

  private static ScriptState alterTable(ScriptState state, StatementContext s, String table, int first, int last) {
    if (s.isWord(first, "ALTER")) {
      int i = first + (s.isWord(first + 1, "COLUMN") ? 2 : 1);
      String column = Ddl.identifier(s, i);
      if (Keywords.matchesAt(s, i + 1, "SET", "NOT", "NULL")) {
        return state.withNotNullColumn(table, column);
      }
      int type = s.isWord(i + 1, "TYPE") ? i + 2 : Keywords.matchesAt(s, i + 1, "SET", "DATA", "TYPE") ? i + 4 : -1;
      return type < 0 ? state : state.withColumnType(table, column, ColumnTypes.typeAt(s, type, last));
    }
    if (s.isWord(first, "RENAME") && state.isNewTable(table)) {
      int to = first + 1;
      if (s.isWord(to, "TO") || s.isWord(to, "AS")) {
        String renamed = Ddl.name(s, to + 1);
        return renamed == null ? state : state.withNewTable(renamed);
      }
      return state;
    }
    if (s.isWord(first, "VALIDATE") && s.isWord(first + 1, "CONSTRAINT")) {
      String name = Ddl.identifier(s, first + 2);
      return name == null ? state : state.withValidated(table, name);
    }
    Ddl.Addition a = Ddl.addition(s, first, last);
    if (a != null && a.what() == Ddl.Added.COLUMN) {
      for (Ddl.Column c : Ddl.columns(s, a)) {
        state = state.withColumnType(table, c.name(), ColumnTypes.typeAt(s, c.first(), c.last()));
      }
      return state;
    }
    if (a == null || (a.what() != Ddl.Added.CHECK && a.what() != Ddl.Added.FOREIGN_KEY)) {
      return state;
    }
    boolean valid = !Ddl.hasWords(s, a.body(), last, "NOT", "VALID");
    String column = a.what() == Ddl.Added.CHECK ? notNullColumn(s, a.body() + 1, last) : null;
    if (valid && column == null) {
      return state;
    }
    return state.withConstraint(table, a.name(), column, valid);
  }

  /**
   * The column of {@code (col IS NOT NULL)} starting at {@code open} (extra parentheses allowed),
   * or null when the check says anything else.
   */
  static String notNullColumn(StatementContext s, int open, int last) {
    int depth = 0;
    int i = open;
    while (s.type(i) == TokenType.LEFT_PAREN) {
      depth++;
      i++;
    }
    String column = Ddl.identifier(s, i);
    if (depth == 0 || column == null || !Keywords.matchesAt(s, i + 1, "IS", "NOT", "NULL")) {
      return null;
    }
    i += 4;
    for (int k = 0; k < depth; k++, i++) {
      if (s.type(i) != TokenType.RIGHT_PAREN) {
        return null;
      }
    }
    boolean rest = i > last || s.isWord(i, "NOT") && s.isWord(i + 1, "VALID") || s.isWord(i, "NO");
    return rest ? column : null;
  }
}
