package io.jdbcguard.rules;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the statements before this one established, as far as the guard knows: the state a
 * migration's rules need to tell a safe step from an unsafe one. Immutable; each statement of a
 * script yields the next state ({@code io.jdbcguard.rules.builtin.ScriptSteps}), and {@link
 * #nextMigration()} carries what still holds into the next file of a run (or, in the driver, past
 * a commit).
 *
 * <p>{@link #UNKNOWN} is the state of a statement seen alone (one JDBC execute call): no table is
 * known to be new, no transaction block is known to be open, no DDL is known. Rules must read
 * every field as "known to be so", never as "known not to be so", so that an unknown state makes
 * them stricter, not more lenient. Names are normalised as {@code ScriptSteps} writes them
 * (PostgreSQL folds unquoted names to lower case, generic SQL to upper case, MySQL keeps them).
 *
 * <p>What it holds:
 *
 * <ul>
 *   <li>new tables: created earlier in the run (so empty and unused). A table created in an earlier
 *       migration of the run stays new only while no statement since its migration ended could
 *       have put rows into it: a write naming it, or a statement that can write anywhere ({@code
 *       CALL}, {@code DO}).
 *   <li>objects created in the run (tables, views, sequences, functions, schemas, types): a GRANT
 *       on them in the migration that made them is normal migration content.
 *   <li>an open transaction block; whether the current migration changes the schema and/or rows.
 *   <li>column types declared in the run, so that a later type change can be told to widen.
 *   <li>valid {@code CHECK (c IS NOT NULL)} constraints (added directly, or NOT VALID and then
 *       validated), columns made NOT NULL, constraints validated without being seen.
 * </ul>
 */
public final class ScriptState {

  /**
   * At most this many names are remembered per set, so a pathological script cannot make each
   * step cost more than a bounded copy. Beyond it more tables are not known to be new and more
   * checks not known to be valid (stricter); only constraints added NOT VALID in one transaction
   * block beyond the bound are no longer tracked for {@code validation-in-same-transaction}.
   */
  public static final int MAX_REMEMBERED = 1000;

  /** Nothing known: a statement seen on its own. */
  public static final ScriptState UNKNOWN = new ScriptState();

  private Set<String> newTables = Set.of();
  private Set<String> filledTables = Set.of();
  private Set<String> createdObjects = Set.of();
  private boolean transactionOpen;
  private boolean hasDdl;
  private boolean hasDml;
  private Set<String> notNullChecks = Set.of();
  private Map<String, String> pendingNotNullChecks = Map.of();
  private Map<String, String> helperChecks = Map.of();
  private Set<String> validatedUnknown = Set.of();
  private Set<String> notNullColumns = Set.of();
  private Set<String> notValidInTransaction = Set.of();
  private Map<String, String> columnTypes = Map.of();

  private ScriptState() {}

  private ScriptState copy() {
    ScriptState s = new ScriptState();
    s.newTables = newTables;
    s.filledTables = filledTables;
    s.createdObjects = createdObjects;
    s.transactionOpen = transactionOpen;
    s.hasDdl = hasDdl;
    s.hasDml = hasDml;
    s.notNullChecks = notNullChecks;
    s.pendingNotNullChecks = pendingNotNullChecks;
    s.helperChecks = helperChecks;
    s.validatedUnknown = validatedUnknown;
    s.notNullColumns = notNullColumns;
    s.notValidInTransaction = notValidInTransaction;
    s.columnTypes = columnTypes;
    return s;
  }

  /** Tables (and materialized views) known to be new: empty and unused. */
  public Set<String> newTables() {
    return newTables;
  }

  /** An explicit transaction block ({@code BEGIN}, {@code START TRANSACTION}) is open. */
  public boolean transactionOpen() {
    return transactionOpen;
  }

  /** The current migration (as far as known) changes the schema. */
  public boolean hasDdl() {
    return hasDdl;
  }

  /** The current migration (as far as known) changes rows. */
  public boolean hasDml() {
    return hasDml;
  }

  /** True when {@code table} was created earlier in the run and nothing could have filled it. */
  public boolean isNewTable(String table) {
    return table != null && newTables.contains(table);
  }

  /** True when the object (table, view, sequence, function, schema, type) was created in the run. */
  public boolean isCreatedObject(String name) {
    return name != null && createdObjects.contains(name);
  }

  /** True when a valid {@code CHECK (column IS NOT NULL)} on the table was added earlier. */
  public boolean hasNotNullCheck(String table, String column) {
    if (notNullChecks.contains(key(table, column))) {
      return true;
    }
    // a constraint validated here but added in a migration the guard has not seen: taken as the
    // column's NOT NULL check when its name says so (users_email_not_null for users.email)
    String prefix = table + '\0';
    for (String v : validatedUnknown) {
      if (v.startsWith(prefix) && namesColumn(v.substring(prefix.length()), column)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when dropping the constraint loses nothing: it is a {@code CHECK (c IS NOT NULL)} helper
   * (known, or validated here and named after the column) and {@code c} has since been made NOT
   * NULL.
   */
  public boolean isRedundantNotNullCheck(String table, String constraint) {
    String column = helperChecks.get(key(table, constraint));
    if (column != null) {
      return notNullColumns.contains(key(table, column));
    }
    String prefix = table + '\0';
    for (String c : notNullColumns) {
      if (c.startsWith(prefix) && namesColumn(constraint, c.substring(prefix.length()))) {
        return true;
      }
    }
    return false;
  }

  /** True when the constraint was added {@code NOT VALID} in the transaction block still open. */
  public boolean addedNotValidInTransaction(String table, String constraint) {
    return notValidInTransaction.contains(key(table, constraint));
  }

  /** The column's type as declared earlier in the run (lower case, no spaces), or null. */
  public String columnType(String table, String column) {
    return columnTypes.get(key(table, column));
  }

  /** The same state with an explicit transaction block opened or ended. */
  public ScriptState withTransactionOpen(boolean open) {
    if (open == transactionOpen && (open || notValidInTransaction.isEmpty())) {
      return this;
    }
    ScriptState s = copy();
    s.transactionOpen = open;
    if (!open) {
      s.notValidInTransaction = Set.of();
    }
    return s;
  }

  /** The same state, also knowing that the migration changes the schema and/or rows. */
  public ScriptState withChanges(boolean ddl, boolean dml) {
    if ((hasDdl || !ddl) && (hasDml || !dml)) {
      return this;
    }
    ScriptState s = copy();
    s.hasDdl = hasDdl || ddl;
    s.hasDml = hasDml || dml;
    return s;
  }

  /** The same state with a new table (or materialized view). */
  public ScriptState withNewTable(String table) {
    Objects.requireNonNull(table, "table");
    ScriptState s = withCreatedObject(table);
    if (newTables.contains(table) && !filledTables.contains(table) || newTables.size() >= MAX_REMEMBERED) {
      return s;
    }
    s = s == this ? copy() : s;
    s.newTables = plus(newTables, table);
    s.filledTables = minus(filledTables, table);
    return s;
  }

  /** The same state knowing that the run created the object (a view, sequence, function, ...). */
  public ScriptState withCreatedObject(String name) {
    if (name == null || createdObjects.contains(name) || createdObjects.size() >= MAX_REMEMBERED) {
      return this;
    }
    ScriptState s = copy();
    s.createdObjects = plus(createdObjects, name);
    return s;
  }

  /**
   * The same state after a statement that writes rows into {@code table}, or into any table when
   * {@code table} is null (a CALL, a DO block): from the next migration on, the table is no longer
   * known to be empty.
   */
  public ScriptState withRowsWritten(String table) {
    if (table == null) {
      if (filledTables.containsAll(newTables)) {
        return this;
      }
      ScriptState s = copy();
      s.filledTables = newTables;
      return s;
    }
    if (!newTables.contains(table) || filledTables.contains(table)) {
      return this;
    }
    ScriptState s = copy();
    s.filledTables = plus(filledTables, table);
    return s;
  }

  /** The same state after the table's column was declared (CREATE TABLE, ADD COLUMN, TYPE) as {@code type}. */
  public ScriptState withColumnType(String table, String column, String type) {
    if (table == null || column == null || type == null || columnTypes.size() >= MAX_REMEMBERED) {
      return this;
    }
    ScriptState s = copy();
    Map<String, String> types = new HashMap<>(columnTypes);
    types.put(key(table, column), type.toLowerCase(Locale.ROOT).replace(" ", ""));
    s.columnTypes = types;
    return s;
  }

  /** The same state after {@code ALTER TABLE table ALTER COLUMN column SET NOT NULL}. */
  public ScriptState withNotNullColumn(String table, String column) {
    if (table == null || column == null || notNullColumns.size() >= MAX_REMEMBERED) {
      return this;
    }
    ScriptState s = copy();
    s.notNullColumns = plus(notNullColumns, key(table, column));
    return s;
  }

  /**
   * The same state after {@code ALTER TABLE table ADD CONSTRAINT constraint ... NOT VALID} (or
   * valid). {@code notNullColumn} is the column when the constraint is {@code CHECK (column IS NOT
   * NULL)}, else null.
   */
  public ScriptState withConstraint(String table, String constraint, String notNullColumn, boolean valid) {
    if (notNullChecks.size() >= MAX_REMEMBERED || pendingNotNullChecks.size() >= MAX_REMEMBERED
        || notValidInTransaction.size() >= MAX_REMEMBERED) {
      return this;
    }
    ScriptState s = copy();
    if (notNullColumn != null && constraint != null) {
      s.helperChecks = put(helperChecks, key(table, constraint), notNullColumn);
    }
    if (notNullColumn != null && valid) {
      s.notNullChecks = plus(notNullChecks, key(table, notNullColumn));
    } else if (notNullColumn != null && constraint != null) {
      s.pendingNotNullChecks = put(pendingNotNullChecks, key(table, constraint), notNullColumn);
    }
    if (!valid && transactionOpen && constraint != null) {
      s.notValidInTransaction = plus(notValidInTransaction, key(table, constraint));
    }
    return s;
  }

  /** The same state after {@code ALTER TABLE table VALIDATE CONSTRAINT constraint}. */
  public ScriptState withValidated(String table, String constraint) {
    String column = pendingNotNullChecks.get(key(table, constraint));
    ScriptState s = copy();
    if (column == null) {
      if (helperChecks.containsKey(key(table, constraint)) || validatedUnknown.size() >= MAX_REMEMBERED) {
        return this;
      }
      s.validatedUnknown = plus(validatedUnknown, key(table, constraint));
      return s;
    }
    Map<String, String> pending = new HashMap<>(pendingNotNullChecks);
    pending.remove(key(table, constraint));
    s.pendingNotNullChecks = pending;
    if (notNullChecks.size() < MAX_REMEMBERED) {
      s.notNullChecks = plus(notNullChecks, key(table, column));
    }
    return s;
  }

  /**
   * What of this state holds for the next migration of the same run (the next file of a folder, or
   * in the driver the statements after a commit): tables created so far stay new unless a write
   * could have filled them; objects created, column types and validated checks stay known; the
   * transaction block and whether the migration changed schema or rows start afresh.
   */
  public ScriptState nextMigration() {
    ScriptState s = copy();
    s.newTables = minusAll(newTables, filledTables);
    s.filledTables = Set.of();
    s.transactionOpen = false;
    s.notValidInTransaction = Set.of();
    s.hasDdl = false;
    s.hasDml = false;
    return s;
  }

  /** True when the constraint's name contains the column's (ignoring case and underscores). */
  private static boolean namesColumn(String constraint, String column) {
    String c = constraint.toLowerCase(Locale.ROOT);
    String col = column.toLowerCase(Locale.ROOT);
    return col.length() > 0 && c.contains(col) && (c.contains("null") || c.contains("nn"));
  }

  private static Set<String> plus(Set<String> set, String value) {
    Set<String> out = new HashSet<>(set);
    out.add(value);
    return Set.copyOf(out);
  }

  private static Set<String> minus(Set<String> set, String value) {
    if (!set.contains(value)) {
      return set;
    }
    Set<String> out = new HashSet<>(set);
    out.remove(value);
    return Set.copyOf(out);
  }

  private static Set<String> minusAll(Set<String> set, Set<String> values) {
    if (values.isEmpty()) {
      return set;
    }
    Set<String> out = new HashSet<>(set);
    out.removeAll(values);
    return Set.copyOf(out);
  }

  private static Map<String, String> put(Map<String, String> map, String key, String value) {
    Map<String, String> out = new HashMap<>(map);
    out.put(key, value);
    return Map.copyOf(out);
  }

  private static String key(String table, String name) {
    return table + '\0' + name;
  }
}
