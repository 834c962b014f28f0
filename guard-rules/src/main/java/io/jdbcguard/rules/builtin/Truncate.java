package io.jdbcguard.rules.builtin;

import io.jdbcguard.rules.Rule;
import io.jdbcguard.rules.StatementContext;

/** {@code TRUNCATE} in any form, and MySQL's {@code ALTER TABLE ... TRUNCATE PARTITION}. */
final class Truncate implements Rule {

  @Override
  public String id() {
    return "truncate";
  }

  @Override
  public void check(StatementContext s, Report report) {
    boolean truncate = Keywords.startsWith(s, "TRUNCATE");
    if (!truncate) {
      for (int[] action : Keywords.alterTableActions(s)) {
        truncate |= Keywords.matchesAt(s, action[0], "TRUNCATE");
      }
    }
    if (truncate) {
      report.add(
          Keywords.head(s, 8),
          "TRUNCATE removes every row at once, skips row-level triggers and cannot be limited.",
          "Delete only the rows you mean with DELETE ... WHERE <condition on a key>.");
    }
  }
}
