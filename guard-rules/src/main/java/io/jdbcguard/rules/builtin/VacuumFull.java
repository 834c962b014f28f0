package io.jdbcguard.rules.builtin;

import io.jdbcguard.rules.Rule;
import io.jdbcguard.rules.StatementContext;

/**
 * {@code VACUUM FULL} (and MySQL's {@code OPTIMIZE TABLE} and {@code REPAIR TABLE ... USE_FRM}):
 * rewrites the whole table under an exclusive lock. Plain {@code VACUUM}, {@code ANALYZE} and
 * {@code REPAIR TABLE} stay allowed.
 */
final class VacuumFull implements Rule {

  @Override
  public String id() {
    return "vacuum-full";
  }

  @Override
  public void check(StatementContext s, Report report) {
    boolean hit = Keywords.startsWith(s, "VACUUM") && s.indexOfWord("FULL", 1) > 0
        || Keywords.startsWith(s, "OPTIMIZE")
        // REPAIR TABLE ... USE_FRM rebuilds the index file from the table definition: it can
        // lose rows (plain REPAIR TABLE is allowed)
        || Keywords.startsWith(s, "REPAIR") && s.indexOfWord("USE_FRM", 1) > 0;
    if (hit) {
      report.add(
          Keywords.head(s, 8),
          "VACUUM FULL / OPTIMIZE TABLE / REPAIR TABLE ... USE_FRM rewrites the whole table while"
              + " holding an exclusive lock (nobody can read or write it until it finishes), and"
              + " USE_FRM can lose rows.",
          "Use plain VACUUM (ANALYZE), or a human schedules the rewrite (or pg_repack) in a"
              + " maintenance window.");
    }
  }
}
