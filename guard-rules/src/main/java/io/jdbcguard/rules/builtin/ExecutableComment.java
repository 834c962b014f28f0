package io.jdbcguard.rules.builtin;

import io.jdbcguard.rules.Rule;
import io.jdbcguard.rules.StatementContext;
import io.jdbcguard.rules.sql.TokenType;

/** MySQL/MariaDB executable comments {@code /*! ... *}{@code /}: the server runs what they hold. */
final class ExecutableComment implements Rule {

  @Override
  public String id() {
    return "executable-comment";
  }

  @Override
  public void check(StatementContext s, Report report) {
    for (int i = 0; i < s.size(); i++) {
      if (s.type(i) == TokenType.EXECUTABLE_COMMENT) {
        report.add(
            s.text(i),
            "MySQL and MariaDB execute the content of /*! ... */ comments, so SQL can hide in"
                + " what looks like a comment.",
            "Write the SQL as plain SQL, or use an ordinary /* comment */ without the '!'.");
        return;
      }
    }
  }
}
