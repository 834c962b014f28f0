package io.jdbcguard.driver.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jdbcguard.rules.Action;
import io.jdbcguard.rules.Finding;
import io.jdbcguard.rules.StatementKind;
import io.jdbcguard.rules.Verdict;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The report formats, fed hand-made verdicts so they do not depend on the rules. */
class FormattersTest {

  private static final Finding BLOCK =
      new Finding(
          "null-comparison",
          Action.BLOCK,
          "user_id = NULL",
          "`= NULL` is never true.",
          "Use `IS NULL`.");
  private static final Finding WARN =
      new Finding("select-star", Action.WARN, "SELECT *", "It reads every column.", "Name them.");

  private static StatementResult result(String sql, int line, Finding... findings) {
    return new StatementResult(
        "s.sql", line, sql, Verdict.of(List.of(findings), List.of(StatementKind.DELETE), sql));
  }

  private static String render(
      ResultFormatter formatter, ByteArrayOutputStream bytes, StatementResult... results) {
    Summary summary = Summary.EMPTY;
    for (StatementResult r : results) {
      formatter.statement(r);
      summary = summary.plus(r.verdict().action());
    }
    formatter.finish(summary);
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void textPrintsOneLinePerFindingWithLocationActionAndMessageThenTheSummary() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    TextFormatter text =
        new TextFormatter(new PrintStream(bytes, true, StandardCharsets.UTF_8), false);

    String out =
        render(
            text,
            bytes,
            result("SELECT 1", 1),
            result("DELETE FROM orders WHERE user_id = NULL", 4, BLOCK, WARN));

    assertThat(out.lines())
        .containsExactly(
            "s.sql:4: BLOCK " + BLOCK.message(),
            "s.sql:4: WARN " + WARN.message(),
            "2 statements, 1 blocked, 0 warnings");
  }

  @Test
  void textMentionsDryRunsInTheSummaryOnlyWhenThereAreAny() {
    assertThat(new Summary(3, 1, 0, 1).line()).isEqualTo("3 statements, 1 blocked, 1 warning");
    assertThat(new Summary(3, 0, 2, 0).line())
        .isEqualTo("3 statements, 0 blocked, 2 dry-run, 0 warnings");
  }

  @Test
  void textVerboseListsAnAllowedStatementOnOneShortLine() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    TextFormatter text =
        new TextFormatter(new PrintStream(bytes, true, StandardCharsets.UTF_8), true);
    String longSql = "SELECT\n  a,\n  b\nFROM t WHERE x = '" + "y".repeat(200) + "'";

    String out = render(text, bytes, result(longSql, 2));

    String first = out.lines().findFirst().orElseThrow();
    assertThat(first).startsWith("s.sql:2: ALLOW SELECT a, b FROM t WHERE").endsWith("...");
    assertThat(first.length()).isLessThan(130);
  }

  @Test
  void jsonWritesTheDocumentedKeysForEachStatementAndNoSummary() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    JsonLinesFormatter json =
        new JsonLinesFormatter(new PrintStream(bytes, true, StandardCharsets.UTF_8));

    String out =
        render(
            json,
            bytes,
            result("SELECT 1", 1),
            result("DELETE FROM orders\nWHERE note = 'tab\there \"q\"'", 7, BLOCK));

    List<String> lines = out.lines().toList();
    assertThat(lines).hasSize(2);
    Map<String, Object> allowed = MiniJson.parseObject(lines.get(0));
    assertThat(allowed.keySet()).containsExactly("file", "line", "sql", "action", "findings");
    assertThat(allowed).containsEntry("action", "allow").containsEntry("findings", List.of());

    Map<String, Object> blocked = MiniJson.parseObject(lines.get(1));
    assertThat(blocked)
        .containsEntry("file", "s.sql")
        .containsEntry("line", 7L)
        .containsEntry("sql", "DELETE FROM orders\nWHERE note = 'tab\there \"q\"'")
        .containsEntry("action", "block");
    assertThat(blocked.get("findings"))
        .isEqualTo(
            List.of(
                Map.of(
                    "rule", "null-comparison",
                    "action", "block",
                    "message", BLOCK.message(),
                    "fragment", "user_id = NULL",
                    "reason", "`= NULL` is never true.",
                    "fix", "Use `IS NULL`.")));
  }
}
