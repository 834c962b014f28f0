package io.jdbcguard.rules;

/**
 * The tables jdbc-guard itself owns on a guarded database, and the rule that keeps guarded
 * connections from writing them. The driver enforces that rule under every profile and override.
 */
public final class GuardTables {

  /**
   * The human approval gate's table: pending requests and approvals, written only by the guard's
   * own internal connection and by the {@code approve} command.
   */
  public static final String APPROVALS = "jdbc_guard_approvals";

  /** The rule id of a statement that would write, change or lock a guard-owned table. */
  public static final String WRITE_RULE = "guard-table-write";

  private GuardTables() {}

  /** True when {@code name} (an identifier as the server reads it) is a guard-owned table. */
  public static boolean isGuardTable(String name) {
    return name != null && name.equalsIgnoreCase(APPROVALS);
  }
}
