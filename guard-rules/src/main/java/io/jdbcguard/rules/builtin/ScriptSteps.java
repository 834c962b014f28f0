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
    String created = Ddl.createdTable(s);
    if (created != null) {
      return state.withNewTable(created);
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

  private static ScriptState alterTable(ScriptState state, StatementContext s, String table, int first, int last) {
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
