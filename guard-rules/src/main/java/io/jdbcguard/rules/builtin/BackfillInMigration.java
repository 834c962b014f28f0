package io.jdbcguard.rules.builtin;

import io.jdbcguard.rules.StatementContext;
import io.jdbcguard.rules.StatementKind;

/**
 * An UPDATE, DELETE or MERGE (a data backfill) in a script that also changes the schema, on a
 * table the script did not create. Seen on its own (one execute call of one statement) a data
 * change is not flagged: the guard cannot know the script it belongs to.
 */
final class BackfillInMigration extends MigrationRule {

  @Override
  public String id() {
    return "backfill-in-migration";
  }

  @Override
  public void check(StatementContext s, Report report) {
    StatementKind kind = s.kind();
    if (!s.script().hasDdl()
        || kind != StatementKind.UPDATE && kind != StatementKind.DELETE && kind != StatementKind.MERGE) {
      return;
    }
    String table = target(s);
    if (s.script().isNewTable(table) || MigrationToolTables.isLiquibaseLockRelease(s)) {
      return;
    }
    report.add(
        Keywords.head(s, 10),
        "A data change (backfill) in a migration that also changes the schema: run in one"
            + " transaction, it keeps the changed rows and the DDL's locks held until the whole"
            + " backfill ends, and a failure rolls the schema change back with it.",
        "Move the " + kind.name() + " into its own data migration, after the schema change, and run"
            + " it in batches (WHERE id BETWEEN ... AND ...) that each commit.");
  }

  /** The changed table of {@code UPDATE [ONLY] t}, {@code DELETE FROM [ONLY] t}, {@code MERGE INTO t}. */
  private static String target(StatementContext s) {
    int i;
    if (Keywords.startsWith(s, "UPDATE")) {
      i = 1;
    } else if (Keywords.startsWith(s, "DELETE", "FROM") || Keywords.startsWith(s, "MERGE", "INTO")) {
      i = 2;
    } else {
      return null;
    }
    while (s.isWord(i, "ONLY") || s.isWord(i, "LOW_PRIORITY") || s.isWord(i, "IGNORE") || s.isWord(i, "QUICK")) {
      i++;
    }
    return Ddl.name(s, i);
  }
}
