package io.jdbcguard.rules.builtin;

import io.jdbcguard.rules.StatementContext;
import java.util.List;

/**
 * {@code ALTER TABLE t VALIDATE CONSTRAINT c} in the same open transaction block that added {@code
 * c} as {@code NOT VALID}: the lock taken by the ADD is still held, so the validating scan blocks
 * the table just as adding the constraint without NOT VALID would.
 */
final class ValidationInSameTransaction extends MigrationRule {

  @Override
  public String id() {
    return "validation-in-same-transaction";
  }

  @Override
  public void check(StatementContext s, Report report) {
    String table = Ddl.alteredTable(s);
    if (table == null) {
      return;
    }
    List<int[]> actions = Keywords.alterTableActions(s);
    for (int[] a : actions) {
      if (!Keywords.matchesAt(s, a[0], "VALIDATE", "CONSTRAINT")) {
        continue;
      }
      String constraint = Ddl.identifier(s, a[0] + 2);
      if (constraint != null && s.script().addedNotValidInTransaction(table, constraint)) {
        report.add(
            Ddl.fragment(s, actions, a),
            "VALIDATE CONSTRAINT " + constraint + " runs in the transaction that added it NOT VALID:"
                + " the ADD's lock on " + table + " is still held, so the validating scan blocks the"
                + " table as if NOT VALID had not been used.",
            "COMMIT after adding the constraint NOT VALID, and validate it in a separate transaction"
                + " (or a later migration).");
      }
    }
  }
}
