package io.jdbcguard.driver.cli;

import io.jdbcguard.rules.Action;
import io.jdbcguard.rules.Finding;
import io.jdbcguard.rules.StatementKind;
import io.jdbcguard.rules.Suppression;
import io.jdbcguard.rules.Verdict;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

/** Hand-made statement results for the formatter tests, so they do not depend on the rules. */
final class Reports {

  static final Finding BLOCK =
      new Finding(
          "null-comparison",
          Action.BLOCK,
          "user_id = NULL",
          "`= NULL` is never true.",
          "Use `IS NULL`.");
  static final Finding WARN =
      new Finding("select-star", Action.WARN, "SELECT *", "It reads every column.", "Name them.");
  static final Finding DRY_RUN =
      new Finding(
          "big-update",
          Action.DRY_RUN,
          "UPDATE t SET a = 1",
          "It may touch many rows.",
          "Limit it.");
  static final Suppression OPT_OUT =
      new Suppression("drop-object", "legacy table, reviewed in PR 12", 3);

  private Reports() {}

  /** A statement of {@code s.sql} (artifact {@code db/s.sql}) with these findings. */
  static StatementResult result(String sql, int line, Finding... findings) {
    return result(sql, line, List.of(), findings);
  }

  static StatementResult result(
      String sql, int line, List<Suppression> suppressions, Finding... findings) {
    return new StatementResult(
        "s.sql",
        "db/s.sql",
        line,
        sql,
        Verdict.of(List.of(findings), List.of(StatementKind.DELETE), sql),
        suppressions);
  }

  /** The same result as if it came from {@code --sql}: no file. */
  static StatementResult inline(StatementResult r) {
    return new StatementResult("<sql>", null, r.line(), r.sql(), r.verdict(), r.suppressions());
  }

  /** Feeds the results to a formatter made for an in-memory stream and returns what it wrote. */
  static String render(Function<PrintStream, ResultFormatter> make, StatementResult... results) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ResultFormatter formatter = make.apply(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    Summary summary = Summary.EMPTY;
    for (StatementResult r : results) {
      formatter.statement(r);
      summary = summary.plus(r.verdict().action(), r.suppressions().size());
    }
    formatter.finish(summary);
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
