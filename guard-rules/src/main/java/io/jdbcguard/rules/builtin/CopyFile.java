package io.jdbcguard.rules.builtin;

import io.jdbcguard.rules.Rule;
import io.jdbcguard.rules.StatementContext;
import io.jdbcguard.rules.sql.TokenType;

/**
 * PostgreSQL's {@code COPY ... TO/FROM PROGRAM} (runs a shell command on the server) and {@code
 * COPY ... TO/FROM 'file'} (reads or writes server files). {@code COPY ... FROM STDIN / TO STDOUT}
 * stays allowed.
 */
final class CopyFile implements Rule {

  @Override
  public String id() {
    return "copy-file";
  }

  @Override
  public void check(StatementContext s, Report report) {
    if (!Keywords.startsWith(s, "COPY")) {
      return;
    }
    int depth = 0;
    for (int i = 1; i < s.size(); i++) {
      TokenType t = s.type(i);
      if (t == TokenType.LEFT_PAREN) {
        depth++;
      } else if (t == TokenType.RIGHT_PAREN) {
        depth--;
      } else if (depth == 0 && (s.isWord(i, "TO") || s.isWord(i, "FROM"))) {
        boolean program = s.isWord(i + 1, "PROGRAM");
        boolean file = s.type(i + 1) == TokenType.STRING || s.type(i + 1) == TokenType.PARAMETER;
        if (program || file) {
          report.add(
              s.slice(0, Math.min(i + 2, s.size() - 1)),
              program
                  ? "COPY ... PROGRAM runs a shell command on the database server."
                  : "COPY to or from a file reads or writes files on the database server.",
              "Stream the data through the client instead: COPY ... FROM STDIN / TO STDOUT"
                  + " (pgjdbc's CopyManager), or INSERT/SELECT.");
          return;
        }
      }
    }
  }
}
