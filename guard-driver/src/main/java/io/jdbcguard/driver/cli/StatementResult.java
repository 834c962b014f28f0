package io.jdbcguard.driver.cli;

import io.jdbcguard.rules.Suppression;
import io.jdbcguard.rules.Verdict;
import java.util.List;
import java.util.Objects;

/**
 * The verdict for one statement of one script.
 *
 * @param source the script's name: the path, {@code <sql>} or {@code <stdin>}
 * @param artifact the file's path for code scanning ({@link Source#artifact()}); {@code null} for
 *     {@code --sql} and standard input
 * @param line the 1-based line of the statement's first keyword in the script
 * @param sql the statement text from its first keyword, without the delimiter
 * @param verdict what the engine decided, after the opt-out comments were applied
 * @param suppressions the opt-out comments that were applied to this statement
 */
record StatementResult(
    String source,
    String artifact,
    int line,
    String sql,
    Verdict verdict,
    List<Suppression> suppressions) {

  StatementResult {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(sql, "sql");
    Objects.requireNonNull(verdict, "verdict");
    suppressions = List.copyOf(suppressions);
  }
}
