package io.jdbcguard.driver.config;

import io.jdbcguard.rules.Action;
import io.jdbcguard.rules.StatementKind;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * How the guard runs the writes it allows: the row limit, what happens when a write exceeds it,
 * sandbox mode and which statement kinds always get a dry run.
 *
 * @param maxAffectedRows the most rows one UPDATE, DELETE or MERGE (and a batch in total) may
 *     change; 0 means no limit
 * @param rowLimit what happens to a write over the limit: {@link Action#BLOCK} rolls it back and
 *     refuses it, {@link Action#WARN} lets it land and logs a warning, {@link Action#ALLOW} does
 *     not measure at all
 * @param mode whether writes land or are rolled back
 * @param dryRunKinds statement kinds routed to a dry run whatever the rules say
 * @param minRowsForWholeTable a measured UPDATE or DELETE that changed every row of a table holding
 *     more than this many rows is refused as a whole-table write; 0 turns the check off
 */
public record WritePolicy(
    long maxAffectedRows,
    Action rowLimit,
    Mode mode,
    Set<StatementKind> dryRunKinds,
    long minRowsForWholeTable) {

  /** The default of {@code guard.minRowsForWholeTable}. */
  public static final long DEFAULT_MIN_ROWS_FOR_WHOLE_TABLE = 10;

  /** A policy with the default whole-table threshold. */
  public WritePolicy(
      long maxAffectedRows, Action rowLimit, Mode mode, Set<StatementKind> dryRunKinds) {
    this(maxAffectedRows, rowLimit, mode, dryRunKinds, DEFAULT_MIN_ROWS_FOR_WHOLE_TABLE);
  }

  /** The default limit of {@code guard.maxAffectedRows}. */
  public static final long DEFAULT_MAX_AFFECTED_ROWS = 1000;

  /** The kinds whose affected rows are limited by default. */
  public static final Set<StatementKind> LIMITED_KINDS =
      Set.copyOf(EnumSet.of(StatementKind.UPDATE, StatementKind.DELETE, StatementKind.MERGE));

  /** The defaults: limit 1000 (refused when over), enforce, no kind routed to dry runs. */
  public static final WritePolicy DEFAULT =
      new WritePolicy(DEFAULT_MAX_AFFECTED_ROWS, Action.BLOCK, Mode.ENFORCE, Set.of());

  public WritePolicy {
    if (maxAffectedRows < 0) {
      throw new IllegalArgumentException("maxAffectedRows must be >= 0, was " + maxAffectedRows);
    }
    Objects.requireNonNull(rowLimit, "rowLimit");
    if (rowLimit == Action.DRY_RUN) {
      throw new IllegalArgumentException("the row limit is allow, warn or block, not dry-run");
    }
    Objects.requireNonNull(mode, "mode");
    if (minRowsForWholeTable < 0) {
      throw new IllegalArgumentException(
          "minRowsForWholeTable must be >= 0, was " + minRowsForWholeTable);
    }
    dryRunKinds = dryRunKinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(dryRunKinds));
  }

  /** True when UPDATE, DELETE and MERGE are measured against a limit. */
  public boolean limitsRows() {
    return maxAffectedRows > 0 && rowLimit != Action.ALLOW;
  }

  public boolean sandbox() {
    return mode == Mode.SANDBOX;
  }
}
