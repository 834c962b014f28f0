package io.jdbcguard.rules.builtin;

import io.jdbcguard.rules.Rule;
import io.jdbcguard.rules.StatementContext;

/**
 * {@code VACUUM FULL} (and MySQL's {@code OPTIMIZE TABLE}): rewrites the whole table under an
 * exclusive lock. Plain {@code VACUUM} and {@code ANALYZE} stay allowed.
 */
final class VacuumFull implements Rule {

  @Override
  public String id() {
    return "vacuum-full";
  }

  @Override
  public void check(StatementContext s, Report report) {
    boolean hit = Keywords.startsWith(s, "VACUUM") && s.indexOfWord("FULL", 1) > 0
        || Keywords.startsWith(s, "OPTIMIZE");
    if (hit) {
      report.add(
          Keywords.head(s, 8),
          "VACUUM FULL / OPTIMIZE TABLE rewrites the whole table while holding an exclusive lock:"
              + " nobody can read or write it until it finishes.",
          "Use plain VACUUM (ANALYZE), or a human schedules the rewrite (or pg_repack) in a"
              + " maintenance window.");
    }
  }
}
