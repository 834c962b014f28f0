package io.jdbcguard.driver.cli;

import io.jdbcguard.rules.Verdict;
import java.util.Objects;

/**
 * The verdict for one statement of one script.
 *
 * @param source the script's name: the path, {@code <sql>} or {@code <stdin>}
 * @param line the 1-based line of the statement's first keyword in the script
 * @param sql the statement text from its first keyword, without the delimiter
 * @param verdict what the engine decided
 */
record StatementResult(String source, int line, String sql, Verdict verdict) {

  StatementResult {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(sql, "sql");
    Objects.requireNonNull(verdict, "verdict");
  }
}
