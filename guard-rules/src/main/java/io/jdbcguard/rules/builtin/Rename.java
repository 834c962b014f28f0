package io.jdbcguard.rules.builtin;

import io.jdbcguard.rules.Rule;
import io.jdbcguard.rules.StatementContext;
import io.jdbcguard.rules.sql.TokenType;

/**
 * Renaming a table, column or other object ({@code RENAME TABLE}, {@code ALTER ... RENAME}, MySQL's
 * {@code ALTER TABLE ... CHANGE old new ...}, PostgreSQL's {@code ALTER ... SET SCHEMA}, which
 * moves the object out of its name): every query still using the old name breaks at once, or
 * reaches whatever object takes the name next.
 */
final class Rename implements Rule {

  @Override
  public String id() {
    return "rename";
  }

  @Override
  public void check(StatementContext s, Report report) {
    boolean hit = Keywords.startsWith(s, "RENAME", "TABLE") || Keywords.startsWith(s, "RENAME", "TABLES");
    if (Keywords.startsWith(s, "ALTER") && Keywords.containsTopLevelWord(s, "RENAME")) {
      hit = true;
    }
    // ALTER TABLE / VIEW / SEQUENCE / FUNCTION / TYPE ... SET SCHEMA s moves the object away
    // from its name: another object can take the name, and the old name stops resolving
    if (Keywords.startsWith(s, "ALTER") && Ddl.hasWords(s, 1, s.size() - 1, "SET", "SCHEMA")) {
      hit = true;
    }
    for (int[] action : Keywords.alterTableActions(s)) {
      if (Keywords.matchesAt(s, action[0], "CHANGE")) {
        int old = action[0] + (s.isWord(action[0] + 1, "COLUMN") ? 2 : 1);
        String from = s.identifier(old);
        String to = s.identifier(old + 1);
        hit |= from != null && to != null && s.type(old + 1) != TokenType.DOT && !from.equalsIgnoreCase(to);
      }
    }
    if (hit) {
      report.add(
          Keywords.head(s, 8),
          "Renaming breaks every query, view and application still using the old name, the moment"
              + " it commits.",
          "Add the new name alongside the old one (a new column or a view), move the code over,"
              + " and retire the old name in a later reviewed migration.");
    }
  }
}
