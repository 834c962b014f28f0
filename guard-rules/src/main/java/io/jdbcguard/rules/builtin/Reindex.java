package io.jdbcguard.rules.builtin;

import io.jdbcguard.rules.Rule;
import io.jdbcguard.rules.StatementContext;

/**
 * PostgreSQL's {@code REINDEX}: blocks writes while it rebuilds; even {@code CONCURRENTLY} is heavy
 * maintenance (double the index space, a long transaction) that belongs to a human.
 */
final class Reindex implements Rule {

  @Override
  public String id() {
    return "reindex";
  }

  @Override
  public void check(StatementContext s, Report report) {
    if (Keywords.startsWith(s, "REINDEX")) {
      report.add(
          Keywords.head(s, 8),
          "REINDEX locks out writes to the table (and reads that use the index) until the rebuild"
              + " finishes; even CONCURRENTLY doubles the index's space and runs for a long time.",
          "Leave index rebuilds to a human in a maintenance window; if one must run, REINDEX ..."
              + " CONCURRENTLY (PostgreSQL 12+) avoids blocking writes.");
    }
  }
}
