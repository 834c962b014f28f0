package io.jdbcguard.driver.cli;

import static io.jdbcguard.driver.cli.Reports.BLOCK;
import static io.jdbcguard.driver.cli.Reports.OPT_OUT;
import static io.jdbcguard.driver.cli.Reports.WARN;
import static io.jdbcguard.driver.cli.Reports.render;
import static io.jdbcguard.driver.cli.Reports.result;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The text and JSON Lines formats, fed hand-made verdicts so they do not depend on the rules. */
class FormattersTest {

  @Test
  void textPrintsOneLinePerFindingWithLocationActionAndMessageThenTheSummary() {
    String out =
        render(
            o -> new TextFormatter(o, false),
            result("SELECT 1", 1),
            result("DELETE FROM orders WHERE user_id = NULL", 4, BLOCK, WARN));

    assertThat(out.lines())
        .containsExactly(
            "s.sql:4: BLOCK " + BLOCK.message(),
            "s.sql:4: WARN " + WARN.message(),
            "2 statements, 1 blocked, 0 warnings");
  }

  @Test
  void textPrintsEveryAppliedOptOutWithItsReasonAndCountsThem() {
    String out =
        render(o -> new TextFormatter(o, false), result("DROP TABLE legacy", 4, List.of(OPT_OUT)));

    assertThat(out.lines())
        .containsExactly(
            "s.sql:4: OPT-OUT [drop-object] allowed by the opt-out comment on line 3:"
                + " legacy table, reviewed in PR 12",
            "1 statement, 0 blocked, 0 warnings, 1 opt-out");
  }

  @Test
  void textMentionsDryRunsAndOptOutsInTheSummaryOnlyWhenThereAreAny() {
    assertThat(new Summary(3, 1, 0, 1, 0).line()).isEqualTo("3 statements, 1 blocked, 1 warning");
    assertThat(new Summary(3, 0, 2, 0, 0).line())
        .isEqualTo("3 statements, 0 blocked, 2 dry-run, 0 warnings");
    assertThat(new Summary(3, 0, 0, 0, 2).line())
        .isEqualTo("3 statements, 0 blocked, 0 warnings, 2 opt-outs");
  }

  @Test
  void textVerboseListsAnAllowedStatementOnOneShortLine() {
    String longSql = "SELECT\n  a,\n  b\nFROM t WHERE x = '" + "y".repeat(200) + "'";

    String out = render(o -> new TextFormatter(o, true), result(longSql, 2));

    String first = out.lines().findFirst().orElseThrow();
    assertThat(first).startsWith("s.sql:2: ALLOW SELECT a, b FROM t WHERE").endsWith("...");
    assertThat(first.length()).isLessThan(130);
  }

  @Test
  void jsonWritesTheDocumentedKeysForEachStatementAndNoSummary() {
    String out =
        render(
            JsonLinesFormatter::new,
            result("SELECT 1", 1),
            result("DELETE FROM orders\nWHERE note = 'tab\there \"q\"'", 7, BLOCK));

    List<String> lines = out.lines().toList();
    assertThat(lines).hasSize(2);
    Map<String, Object> allowed = MiniJson.parseObject(lines.get(0));
    assertThat(allowed.keySet())
        .containsExactly("file", "line", "sql", "action", "findings", "suppressions");
    assertThat(allowed)
        .containsEntry("action", "allow")
        .containsEntry("findings", List.of())
        .containsEntry("suppressions", List.of());

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

  @Test
  void jsonListsTheAppliedOptOutsOfAStatement() {
    String out = render(JsonLinesFormatter::new, result("DROP TABLE legacy", 4, List.of(OPT_OUT)));

    Map<String, Object> statement = MiniJson.parseObject(out.strip());
    assertThat(statement.get("suppressions"))
        .isEqualTo(
            List.of(
                Map.of(
                    "rule",
                    "drop-object",
                    "reason",
                    "legacy table, reviewed in PR 12",
                    "line",
                    3L)));
  }
}
