package io.jdbcguard.rules.builtin;

import io.jdbcguard.rules.Rule;
import io.jdbcguard.rules.StatementContext;

/**
 * A DELETE or UPDATE whose WHERE cannot limit rows: always true ({@code 1=1}, {@code TRUE}, {@code
 * 'a'='a'}, {@code id = id}, {@code x = x + 0}, {@code lower(e) = lower(e)}, {@code NOT (id <> id)},
 * a CASE whose every branch is true, {@code id = 5 OR 1 = 1}), or not about the target table at all
 * ({@code WHERE 1 IN (1)}, {@code WHERE EXISTS (SELECT 1)}, a condition on a USING table that
 * nothing ties to the target). A WHERE that matches nothing ({@code WHERE false}) is fine.
 */
final class WhereAlwaysTrue implements Rule {

  @Override
  public String id() {
    return "where-always-true";
  }

  @Override
  public void check(StatementContext s, Report report) {
    for (Writes.Write w : Writes.of(s)) {
      if (w.where() == null || Conditions.alwaysFalse(w.where(), w.targetNames())) {
        continue; // WHERE false, WHERE 1 = 0 (an ORM's empty IN list): changes no row
      }
      if (Conditions.alwaysTrue(w.where(), w.targetNames())) {
        report.add(
            "WHERE " + w.where(),
            "This WHERE is true for every row, so the " + w.verb() + " changes the whole table.",
            "Replace it with a condition on the rows you mean, e.g. WHERE id = ?.");
      } else if (!Conditions.referencesTarget(
          w.where(), w.targetNames(), w.joins(), w.joinedNames())) {
        report.add(
            "WHERE " + w.where(),
            "This WHERE does not refer to the table being changed, so it selects either all of"
                + " its rows or none.",
            "Compare a column of the target table, e.g. WHERE " + w.table() + ".id = ?.");
      }
    }
  }
}
