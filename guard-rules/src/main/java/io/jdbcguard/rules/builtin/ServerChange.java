package io.jdbcguard.rules.builtin;

import io.jdbcguard.rules.Rule;
import io.jdbcguard.rules.StatementContext;

/**
 * Statements that change or stop the server for everyone: ALTER SYSTEM, SET GLOBAL / PERSIST,
 * CREATE / ALTER EXTENSION, PostgreSQL's LOAD of a shared library, ALTER DATABASE, foreign servers,
 * publications and subscriptions (CREATE / ALTER: which tables replicate where),
 * and MySQL's FLUSH, SHUTDOWN, KILL, INSTALL / UNINSTALL, PURGE, replication control.
 */
final class ServerChange implements Rule {

  private static final String[][] LEADING = {
    {"ALTER", "SYSTEM"},
    {"ALTER", "DATABASE"},
    {"CREATE", "EXTENSION"},
    {"ALTER", "EXTENSION"},
    {"CREATE", "SERVER"},
    {"ALTER", "SERVER"},
    {"CREATE", "FOREIGN", "DATA", "WRAPPER"},
    {"IMPORT", "FOREIGN", "SCHEMA"},
    {"CREATE", "TABLESPACE"},
    {"ALTER", "TABLESPACE"},
    {"FLUSH"},
    {"SHUTDOWN"},
    {"RESTART"},
    {"KILL"},
    {"INSTALL"},
    {"UNINSTALL"},
    {"PURGE"},
    {"RESET", "MASTER"},
    {"RESET", "REPLICA"},
    {"RESET", "SLAVE"},
    {"CHANGE", "MASTER"},
    {"CHANGE", "REPLICATION"},
    {"START", "SLAVE"},
    {"START", "REPLICA"},
    {"STOP", "SLAVE"},
    {"STOP", "REPLICA"},
    {"CREATE", "PUBLICATION"},
    {"ALTER", "PUBLICATION"},
    {"CREATE", "SUBSCRIPTION"},
    {"ALTER", "SUBSCRIPTION"},
  };

  @Override
  public String id() {
    return "server-change";
  }

  @Override
  public void check(StatementContext s, Report report) {
    boolean hit = false;
    for (String[] words : LEADING) {
      hit |= Keywords.startsWith(s, words);
    }
    // PostgreSQL: LOAD 'library' runs a shared library's code in the server (MySQL LOAD DATA is
    // the file-access rule's).
    hit |= Keywords.startsWith(s, "LOAD") && !s.isWord(1, "DATA") && !s.isWord(1, "XML");
    for (SetAssignments.Assignment a : SetAssignments.of(s)) {
      hit |= a.global();
    }
    if (hit) {
      report.add(
          Keywords.head(s, 8),
          "This changes, reloads or stops the database server (or loads code into it) for every"
              + " user, not just this session.",
          "Leave server administration to a human; for this session only, use SET <setting>"
              + " (without GLOBAL/PERSIST).");
    }
  }
}
