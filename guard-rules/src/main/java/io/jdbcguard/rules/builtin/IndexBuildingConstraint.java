package io.jdbcguard.rules.builtin;

import io.jdbcguard.rules.Dialect;
import io.jdbcguard.rules.StatementContext;
import java.util.List;

/**
 * PostgreSQL {@code ADD [CONSTRAINT c] UNIQUE / PRIMARY KEY (...)} without {@code USING INDEX},
 * {@code ADD CONSTRAINT ... EXCLUDE}, and {@code ADD COLUMN ... UNIQUE / PRIMARY KEY} on a table
 * the script did not create: the index is built while the table is locked against reads and
 * writes.
 */
final class IndexBuildingConstraint extends MigrationRule {

  @Override
  public String id() {
    return "index-building-constraint";
  }

  @Override
  public void check(StatementContext s, Report report) {
    String table = Ddl.alteredTable(s);
    if (s.dialect() != Dialect.POSTGRES || table == null || s.script().isNewTable(table)) {
      return;
    }
    List<int[]> actions = Keywords.alterTableActions(s);
    for (int[] a : actions) {
      Ddl.Addition added = Ddl.addition(s, a[0], a[1]);
      if (added == null) {
        continue;
      }
      boolean hit = switch (added.what()) {
        case UNIQUE, PRIMARY_KEY -> !Ddl.hasWords(s, added.body(), a[1], "USING", "INDEX");
        case EXCLUDE -> true;
        case COLUMN -> Ddl.columns(s, added).stream().anyMatch(c ->
            Ddl.topLevelWord(s, "UNIQUE", c.first(), c.last() + 1) > 0
                || Ddl.hasWords(s, c.first(), c.last(), "PRIMARY", "KEY"));
        default -> false;
      };
      if (!hit) {
        continue;
      }
      String constraint = added.name() != null && added.what() != Ddl.Added.COLUMN ? added.name() : "the_key";
      String index = table.replace('.', '_') + "_key_idx";
      report.add(
          Ddl.fragment(s, actions, a),
          "Adding a UNIQUE, PRIMARY KEY or EXCLUDE constraint to " + table + " builds its index"
              + " under an ACCESS EXCLUSIVE lock: nothing can read or write the table until it is"
              + " built.",
          added.what() == Ddl.Added.EXCLUDE
              ? "There is no online way to add an exclusion constraint: schedule it in a maintenance"
                  + " window and allow it with a reviewed opt-out."
              : "First CREATE UNIQUE INDEX CONCURRENTLY " + index + " ON " + table + " (...) outside"
                  + " a transaction, then ALTER TABLE " + table + " ADD CONSTRAINT " + constraint
                  + " UNIQUE (or PRIMARY KEY) USING INDEX " + index + ", which is instant.");
    }
  }
}
