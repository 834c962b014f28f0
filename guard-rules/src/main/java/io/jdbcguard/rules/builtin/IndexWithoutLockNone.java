package io.jdbcguard.rules.builtin;

import io.jdbcguard.rules.Action;
import io.jdbcguard.rules.Dialect;
import io.jdbcguard.rules.Profile;
import io.jdbcguard.rules.StatementContext;

/**
 * A warning: MySQL/MariaDB {@code CREATE INDEX} or {@code ALTER TABLE ... ADD INDEX / KEY /
 * UNIQUE / PRIMARY KEY / FULLTEXT / SPATIAL} on an existing table without {@code ALGORITHM=INPLACE,
 * LOCK=NONE}. InnoDB builds a secondary index online by default, but without the clause nothing
 * stops it from taking a stronger lock when the change cannot be done online (FULLTEXT and
 * SPATIAL indexes block writes; a primary key rebuilds the table), and the statement does not say
 * what the reviewer expects. Warn level in the {@code migration} profile, off elsewhere.
 */
final class IndexWithoutLockNone extends MigrationRule {

  @Override
  public String id() {
    return "index-without-lock-none";
  }

  @Override
  public Action actionIn(Profile profile) {
    return profile == Profile.MIGRATION ? Action.WARN : Action.ALLOW;
  }

  @Override
  public void check(StatementContext s, Report report) {
    if (s.dialect() != Dialect.MYSQL) {
      return;
    }
    String table;
    String kind;
    if (Ddl.isCreateIndex(s)) {
      table = Ddl.indexedTable(s);
      kind = s.isWord(1, "FULLTEXT") || s.isWord(1, "SPATIAL") ? s.word(1) : "INDEX";
    } else {
      table = Ddl.alteredTable(s);
      kind = null;
      for (int[] a : Keywords.alterTableActions(s)) {
        Ddl.Addition added = Ddl.addition(s, a[0], a[1]);
        if (added != null && kind == null && (added.what() == Ddl.Added.INDEX
            || added.what() == Ddl.Added.UNIQUE || added.what() == Ddl.Added.PRIMARY_KEY)) {
          kind = added.what() == Ddl.Added.INDEX ? s.word(added.body()) : added.what().name().replace('_', ' ');
        }
      }
    }
    if (table == null || kind == null || s.script().isNewTable(table)) {
      return;
    }
    String algorithm = Ddl.mysqlOption(s, "ALGORITHM");
    String lock = Ddl.mysqlOption(s, "LOCK");
    if (lock.equals("NONE") || algorithm.equals("INSTANT") || algorithm.equals("COPY")
        || lock.equals("SHARED") || lock.equals("EXCLUSIVE")) {
      return; // online as written, or alter-with-copy / index-without-concurrently report it
    }
    boolean blocksWrites = kind.equals("FULLTEXT") || kind.equals("SPATIAL");
    report.add(
        Keywords.head(s, 12),
        "This adds a " + kind + " to " + table + " without ALGORITHM=INPLACE, LOCK=NONE: "
            + (blocksWrites
                ? "InnoDB builds a " + kind + " index under a shared lock, so every INSERT, UPDATE"
                    + " and DELETE on " + table + " waits until it is built."
                : "InnoDB usually builds it online, but nothing makes the server refuse if it"
                    + " cannot, and a primary key rebuilds the whole table."),
        blocksWrites
            ? "Build it in a maintenance window, or with an online schema-change tool (gh-ost,"
                + " pt-online-schema-change)."
            : "Write ALGORITHM=INPLACE, LOCK=NONE (ALTER TABLE " + table + " ADD INDEX ...,"
                + " ALGORITHM=INPLACE, LOCK=NONE), so the build is online or the statement fails at"
                + " once without locking anything.");
  }
}
