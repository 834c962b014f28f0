package io.jdbcguard.rules;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the statements before this one established, as far as the guard knows: the state a
 * migration's rules need to tell a safe step from an unsafe one. Immutable; each statement of a
 * script yields the next state ({@code io.jdbcguard.rules.builtin.ScriptSteps}).
 *
 * <p>{@link #UNKNOWN} is the state of a statement seen alone (one JDBC execute call): no table is
 * known to be new, no transaction block is known to be open, no DDL is known. Rules must read
 * every field as "known to be so", never as "known not to be so", so that an unknown state makes
 * them stricter, not more lenient. Table names are normalised as {@code ScriptSteps} writes them
 * (PostgreSQL folds unquoted names to lower case, generic SQL to upper case, MySQL keeps them).
 *
 * @param newTables tables (and materialized views) created earlier in the script, so known empty
 *     and unused; {@code CREATE TABLE IF NOT EXISTS} does not count
 * @param transactionOpen an explicit transaction block ({@code BEGIN}, {@code START TRANSACTION})
 *     is open
 * @param hasDdl the script (as far as known) changes the schema
 * @param hasDml the script (as far as known) changes rows
 * @param notNullChecks {@code table + '\0' + column} for each valid {@code CHECK (column IS NOT
 *     NULL)} constraint added earlier in the script
 * @param pendingNotNullChecks {@code table + '\0' + constraint} to column, for each such check
 *     constraint added {@code NOT VALID} and not yet validated
 * @param notValidInTransaction {@code table + '\0' + constraint} for each constraint added {@code
 *     NOT VALID} inside the transaction block that is still open
 */
public record ScriptState(
    Set<String> newTables,
    boolean transactionOpen,
    boolean hasDdl,
    boolean hasDml,
    Set<String> notNullChecks,
    Map<String, String> pendingNotNullChecks,
    Set<String> notValidInTransaction) {

  /**
   * At most this many names are remembered per set, so a pathological script cannot make each
   * step cost more than a bounded copy. Beyond it more tables are not known to be new and more
   * checks not known to be valid (stricter); only constraints added NOT VALID in one transaction
   * block beyond the bound are no longer tracked for {@code validation-in-same-transaction}.
   */
  public static final int MAX_REMEMBERED = 1000;

  /** Nothing known: a statement seen on its own. */
  public static final ScriptState UNKNOWN =
      new ScriptState(Set.of(), false, false, false, Set.of(), Map.of(), Set.of());

  public ScriptState {
    newTables = Set.copyOf(newTables);
    notNullChecks = Set.copyOf(notNullChecks);
    pendingNotNullChecks = Map.copyOf(pendingNotNullChecks);
    notValidInTransaction = Set.copyOf(notValidInTransaction);
  }

  /** True when {@code table} was created earlier in the script (so it is empty and unused). */
  public boolean isNewTable(String table) {
    return table != null && newTables.contains(table);
  }

  /** True when a valid {@code CHECK (column IS NOT NULL)} on the table was added earlier. */
  public boolean hasNotNullCheck(String table, String column) {
    return notNullChecks.contains(key(table, column));
  }

  /** True when the constraint was added {@code NOT VALID} in the transaction block still open. */
  public boolean addedNotValidInTransaction(String table, String constraint) {
    return notValidInTransaction.contains(key(table, constraint));
  }

  /** The same state with an explicit transaction block opened or ended. */
  public ScriptState withTransactionOpen(boolean open) {
    if (open == transactionOpen && (open || notValidInTransaction.isEmpty())) {
      return this;
    }
    return new ScriptState(newTables, open, hasDdl, hasDml, notNullChecks, pendingNotNullChecks,
        open ? notValidInTransaction : Set.of());
  }

  /** The same state, also knowing that the script changes the schema and/or rows. */
  public ScriptState withChanges(boolean ddl, boolean dml) {
    if ((hasDdl || !ddl) && (hasDml || !dml)) {
      return this;
    }
    return new ScriptState(newTables, transactionOpen, hasDdl || ddl, hasDml || dml, notNullChecks,
        pendingNotNullChecks, notValidInTransaction);
  }

  /** The same state with a new table (or materialized view). */
  public ScriptState withNewTable(String table) {
    Objects.requireNonNull(table, "table");
    if (newTables.contains(table) || newTables.size() >= MAX_REMEMBERED) {
      return this;
    }
    Set<String> tables = new HashSet<>(newTables);
    tables.add(table);
    return new ScriptState(tables, transactionOpen, hasDdl, hasDml, notNullChecks,
        pendingNotNullChecks, notValidInTransaction);
  }

  /**
   * The same state after {@code ALTER TABLE table ADD CONSTRAINT constraint ... NOT VALID} (or
   * valid). {@code notNullColumn} is the column when the constraint is {@code CHECK (column IS NOT
   * NULL)}, else null.
   */
  public ScriptState withConstraint(String table, String constraint, String notNullColumn, boolean valid) {
    Set<String> checks = notNullChecks;
    Map<String, String> pending = pendingNotNullChecks;
    Set<String> inTransaction = notValidInTransaction;
    if (notNullChecks.size() >= MAX_REMEMBERED || pendingNotNullChecks.size() >= MAX_REMEMBERED
        || notValidInTransaction.size() >= MAX_REMEMBERED) {
      return this;
    }
    if (notNullColumn != null && valid) {
      checks = plus(checks, key(table, notNullColumn));
    } else if (notNullColumn != null && constraint != null) {
      pending = new HashMap<>(pending);
      pending.put(key(table, constraint), notNullColumn);
    }
    if (!valid && transactionOpen && constraint != null) {
      inTransaction = plus(inTransaction, key(table, constraint));
    }
    return new ScriptState(newTables, transactionOpen, hasDdl, hasDml, checks, pending, inTransaction);
  }

  /** The same state after {@code ALTER TABLE table VALIDATE CONSTRAINT constraint}. */
  public ScriptState withValidated(String table, String constraint) {
    String column = pendingNotNullChecks.get(key(table, constraint));
    if (column == null) {
      return this;
    }
    Map<String, String> pending = new HashMap<>(pendingNotNullChecks);
    pending.remove(key(table, constraint));
    if (notNullChecks.size() >= MAX_REMEMBERED) {
      return new ScriptState(newTables, transactionOpen, hasDdl, hasDml, notNullChecks, pending,
          notValidInTransaction);
    }
    return new ScriptState(newTables, transactionOpen, hasDdl, hasDml,
        plus(notNullChecks, key(table, column)), pending, notValidInTransaction);
  }

  private static Set<String> plus(Set<String> set, String value) {
    Set<String> out = new HashSet<>(set);
    out.add(value);
    return out;
  }

  private static String key(String table, String name) {
    return table + '\0' + name;
  }
}
