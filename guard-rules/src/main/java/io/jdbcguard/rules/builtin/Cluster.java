package io.jdbcguard.rules.builtin;

import io.jdbcguard.rules.Rule;
import io.jdbcguard.rules.StatementContext;

/** PostgreSQL's {@code CLUSTER}: rewrites the table in index order under an exclusive lock. */
final class Cluster implements Rule {

  @Override
  public String id() {
    return "cluster";
  }

  @Override
  public void check(StatementContext s, Report report) {
    if (Keywords.startsWith(s, "CLUSTER")) {
      report.add(
          Keywords.head(s, 8),
          "CLUSTER rewrites the whole table while holding an ACCESS EXCLUSIVE lock: nobody can"
              + " read or write it until it finishes.",
          "Leave physical reordering to a human in a maintenance window (or pg_repack).");
    }
  }
}
