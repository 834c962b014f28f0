package io.jdbcguard.rules.builtin;

import io.jdbcguard.rules.ServerVersion;
import io.jdbcguard.rules.StatementContext;
import java.util.ArrayList;
import java.util.List;

/**
 * MySQL/MariaDB {@code ALTER TABLE ... ADD COLUMN} on an existing table that InnoDB cannot do
 * INSTANTly, so it rebuilds the table (every row copied into a new table file; writes go on, but
 * the rebuild takes as long as a full copy, replicas apply it serially and lag, and its metadata
 * lock at the end queues every query behind any long transaction):
 *
 * <ul>
 *   <li>{@code AFTER col} or {@code FIRST} before MySQL 8.0.29 / MariaDB 10.4 (the default assumed
 *       is MySQL 8.0; the server version setting says otherwise);
 *   <li>in the same ALTER as a change that cannot be INSTANT (an index, a type change, a
 *       constraint, an engine or character-set change): the whole statement then runs INPLACE and
 *       the ADD COLUMN rebuilds.
 * </ul>
 *
 * {@code ALGORITHM=INSTANT} (the server refuses rather than rebuilds) and {@code LOCK=NONE} (an
 * accepted online rebuild) pass. Generated and {@code AUTO_INCREMENT} columns are {@code
 * volatile-column-default}'s.
 */
final class AddColumnNotInstant extends MigrationRule {

  @Override
  public String id() {
    return "add-column-not-instant";
  }

  @Override
  public void check(StatementContext s, Report report) {
    MysqlAlter alter = MysqlAlter.of(s);
    if (alter == null || alter.algorithm().equals("INSTANT") || alter.lock().equals("NONE")) {
      return;
    }
    ServerVersion version = s.policy().serverVersion();
    List<int[]> added = new ArrayList<>();
    String blocker = null;
    for (int[] a : alter.actions()) {
      Ddl.Addition addition = Ddl.addition(s, a[0], a[1]);
      if (addition != null && addition.what() == Ddl.Added.COLUMN) {
        added.add(a);
      } else if (blocker == null && !MysqlAlter.isOption(s, a) && !instantCapable(s, a, version)) {
        blocker = s.slice(a[0], Math.min(a[1], a[0] + 5));
      }
    }
    for (int[] a : added) {
      Ddl.Addition addition = Ddl.addition(s, a[0], a[1]);
      List<Ddl.Column> columns = Ddl.columns(s, addition);
      if (columns.stream().anyMatch(c -> Ddl.isGenerated(s, c))) {
        continue; // volatile-column-default reports it
      }
      String column = columns.isEmpty() ? "the column" : columns.get(0).name();
      boolean positioned = Ddl.topLevelWord(s, "AFTER", a[0], a[1] + 1) > 0
          || Ddl.topLevelWord(s, "FIRST", a[0], a[1] + 1) > 0;
      String why;
      if (positioned && !version.instantAnyPosition()) {
        why = "ADD COLUMN " + column + " with AFTER/FIRST cannot be INSTANT before MySQL 8.0.29 or"
            + " MariaDB 10.4 (the guard assumes " + version + ")";
      } else if (blocker != null) {
        why = "ADD COLUMN " + column + " shares its ALTER TABLE with `" + blocker + "`, which cannot"
            + " be INSTANT, so the whole statement runs INPLACE";
      } else {
        continue;
      }
      report.add(
          Ddl.fragment(s, alter.actions(), a),
          why + ": InnoDB rebuilds " + alter.table() + ", copying every row into a new table file."
              + " Writes go on, but the rebuild lasts as long as a full copy, replicas apply it"
              + " serially and fall behind, and its final metadata lock waits behind any open"
              + " transaction while every new query on " + alter.table() + " queues behind it.",
          "Add the column in an ALTER TABLE of its own, at the end (no AFTER/FIRST), with"
              + " ALGORITHM=INSTANT so the server refuses instead of rebuilding: ALTER TABLE "
              + alter.table() + " ADD COLUMN " + column + " ..., ALGORITHM=INSTANT; if the server is"
              + " MySQL 8.0.29+ or MariaDB 10.4+, say so with the server version setting"
              + " (guard.serverVersion, check --server-version); for a rebuild you accept, write"
              + " LOCK=NONE, or use an online schema-change tool (gh-ost, pt-online-schema-change).");
    }
  }

  /** True for an action that InnoDB can do INSTANTly next to an ADD COLUMN. */
  private static boolean instantCapable(StatementContext s, int[] a, ServerVersion version) {
    String w = s.word(a[0]);
    switch (w) {
      case "ALTER":
        // ALTER [COLUMN] c SET DEFAULT / DROP DEFAULT / SET VISIBLE; ALTER INDEX i [IN]VISIBLE
        return Ddl.hasWords(s, a[0], a[1], "DEFAULT") || Ddl.hasWords(s, a[0], a[1], "VISIBLE")
            || Ddl.hasWords(s, a[0], a[1], "INVISIBLE");
      case "RENAME":
        return true; // RENAME COLUMN / INDEX / KEY / TO
      case "DROP":
        return (s.isWord(a[0] + 1, "COLUMN") || Ddl.identifier(s, a[0] + 1) != null
            && !Keywords.matchesAt(s, a[0] + 1, "INDEX") && !s.isWord(a[0] + 1, "KEY")
            && !s.isWord(a[0] + 1, "PRIMARY") && !s.isWord(a[0] + 1, "FOREIGN")
            && !s.isWord(a[0] + 1, "CONSTRAINT") && !s.isWord(a[0] + 1, "CHECK"))
            && version.instantAnyPosition();
      default:
        return false;
    }
  }
}
