package io.jdbcguard.rules.builtin;

import io.jdbcguard.rules.Rule;
import io.jdbcguard.rules.StatementContext;

/**
 * {@code ALTER TABLE ... DROP COLUMN / CONSTRAINT / PRIMARY KEY / FOREIGN KEY / INDEX /
 * PARTITION}, MySQL's {@code DISCARD TABLESPACE} (deletes the table's data file), PostgreSQL's
 * {@code ALTER TYPE ... DROP ATTRIBUTE} and {@code ALTER DOMAIN ... DROP CONSTRAINT / DEFAULT /
 * NOT NULL}.
 */
final class AlterTableDrop implements Rule {

  @Override
  public String id() {
    return "alter-table-drop";
  }

  @Override
  public void check(StatementContext s, Report report) {
    // ALTER TYPE t DROP ATTRIBUTE a: the column of every value of the type; ALTER DOMAIN d DROP
    // CONSTRAINT / DEFAULT / NOT NULL: the rule protecting every column of the domain
    boolean type = Keywords.startsWith(s, "ALTER", "TYPE")
        && Ddl.hasWords(s, 2, s.size() - 1, "DROP", "ATTRIBUTE");
    boolean domain = Keywords.startsWith(s, "ALTER", "DOMAIN")
        && Ddl.topLevelWord(s, "DROP", 2, s.size()) > 0;
    if (type || domain) {
      report.add(
          Keywords.head(s, 8),
          type ? "Dropping an attribute of a type destroys that field in every value of the type,"
              + " in every table that uses it, and cannot be undone."
              : "Dropping a domain's constraint, default or NOT NULL removes the rule that protects"
                  + " every column of the domain, in every table that uses it.",
          "Keep it; a human changes shared types and domains in a reviewed migration.");
      return;
    }
    for (int[] action : Keywords.alterTableActions(s)) {
      if (Keywords.matchesAt(s, action[0], "DROP")
          || Keywords.matchesAt(s, action[0], "DISCARD", "TABLESPACE")) {
        report.add(
            s.slice(action[0], action[1]),
            "Dropping a column, constraint, key or partition destroys data or the rules that"
                + " protect it, and cannot be undone.",
            "Keep it; stop using the column in code first and let a human drop it later in a"
                + " reviewed migration.");
      }
    }
  }
}
