package io.jdbcguard.driver.cli;

import static io.jdbcguard.driver.cli.Reports.BLOCK;
import static io.jdbcguard.driver.cli.Reports.DRY_RUN;
import static io.jdbcguard.driver.cli.Reports.OPT_OUT;
import static io.jdbcguard.driver.cli.Reports.WARN;
import static io.jdbcguard.driver.cli.Reports.inline;
import static io.jdbcguard.driver.cli.Reports.render;
import static io.jdbcguard.driver.cli.Reports.result;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The SARIF document, read back with {@link MiniJson}. */
class SarifFormatterTest {

  private static Map<String, Object> sarif(StatementResult... results) {
    return MiniJson.parseObject(render(o -> new SarifFormatter(o, "1.2.3"), results));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> run(Map<String, Object> sarif) {
    List<Object> runs = (List<Object>) sarif.get("runs");
    assertThat(runs).hasSize(1);
    return (Map<String, Object>) runs.get(0);
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> results(Map<String, Object> sarif) {
    return (List<Map<String, Object>>) run(sarif).get("results");
  }

  private static Map<String, Object> location(String uri, long line) {
    return Map.of(
        "physicalLocation",
        Map.of("artifactLocation", Map.of("uri", uri), "region", Map.of("startLine", line)));
  }

  @Test
  void isOneSarif210DocumentNamingTheToolAndItsVersion() {
    Map<String, Object> sarif = sarif(result("SELECT 1", 1));

    assertThat(sarif.keySet()).containsExactly("$schema", "version", "runs");
    assertThat(sarif)
        .containsEntry("$schema", "https://json.schemastore.org/sarif-2.1.0.json")
        .containsEntry("version", "2.1.0");
    assertThat(run(sarif))
        .isEqualTo(
            Map.of(
                "tool",
                Map.of(
                    "driver",
                    Map.of(
                        "name", "jdbc-guard",
                        "version", "1.2.3",
                        "informationUri", RulesReference.INFORMATION_URI,
                        "rules", List.of())),
                "results",
                List.of()));
  }

  @Test
  void writesOneResultPerFindingWithRuleLevelMessageAndLocation() {
    Map<String, Object> sarif =
        sarif(
            result("SELECT 1", 1),
            result("DELETE FROM orders WHERE user_id = NULL", 4, BLOCK, WARN));

    assertThat(results(sarif))
        .containsExactly(
            Map.of(
                "ruleId",
                "null-comparison",
                "ruleIndex",
                0L,
                "level",
                "error",
                "message",
                Map.of("text", BLOCK.message()),
                "locations",
                List.of(location("db/s.sql", 4))),
            Map.of(
                "ruleId",
                "select-star",
                "ruleIndex",
                1L,
                "level",
                "warning",
                "message",
                Map.of("text", WARN.message()),
                "locations",
                List.of(location("db/s.sql", 4))));
  }

  @Test
  void listsEveryRuleThatAppearsOnceWithAShortDescription() {
    Map<String, Object> sarif =
        sarif(
            result("DELETE", 2, BLOCK),
            result("DELETE", 5, BLOCK),
            result("DROP TABLE legacy", 8, List.of(OPT_OUT)),
            result("UPDATE t SET a = 1", 9, DRY_RUN));

    @SuppressWarnings("unchecked")
    Map<String, Object> driver =
        (Map<String, Object>) ((Map<String, Object>) run(sarif).get("tool")).get("driver");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> rules = (List<Map<String, Object>>) driver.get("rules");
    assertThat(rules).extracting(r -> r.get("id")).containsExactly("null-comparison", "drop-object", "big-update");
    // documented rules carry their reference section, never a finding's text
    Map<String, Object> nullComparison = rules.get(0);
    assertThat(nullComparison).containsEntry("name", "NullComparison")
        .containsEntry("shortDescription", Map.of("text", RulesReference.rule("null-comparison").summary()))
        .containsEntry("fullDescription", Map.of("text", RulesReference.rule("null-comparison").description()))
        .containsEntry("helpUri", RulesReference.INFORMATION_URI + "/blob/main/docs/rules.md#null-comparison");
    assertThat(nullComparison.get("shortDescription").toString()).doesNotContain(BLOCK.reason());
    @SuppressWarnings("unchecked")
    Map<String, Object> help = (Map<String, Object>) nullComparison.get("help");
    assertThat(help.get("markdown").toString()).contains("`");
    assertThat(help.get("text").toString()).doesNotContain("`");
    // an undocumented rule gets a generic entry naming it
    assertThat(rules.get(2).get("shortDescription")).isEqualTo(Map.of("text", "The jdbc-guard rule big-update."));
    assertThat(results(sarif))
        .extracting(r -> r.get("ruleIndex"), r -> r.get("level"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(0L, "error"),
            org.assertj.core.groups.Tuple.tuple(0L, "error"),
            org.assertj.core.groups.Tuple.tuple(1L, "note"),
            org.assertj.core.groups.Tuple.tuple(2L, "error"));
  }

  @Test
  void writesAnAppliedOptOutAsASuppressedNoteWithItsReason() {
    Map<String, Object> sarif = sarif(result("DROP TABLE legacy", 4, List.of(OPT_OUT)));

    assertThat(results(sarif))
        .containsExactly(
            Map.of(
                "ruleId",
                "drop-object",
                "ruleIndex",
                0L,
                "level",
                "note",
                "message",
                Map.of(
                    "text",
                    "[drop-object] allowed by the opt-out comment on line 3:"
                        + " legacy table, reviewed in PR 12"),
                "locations",
                List.of(location("db/s.sql", 4)),
                "suppressions",
                List.of(
                    Map.of(
                        "kind", "inSource",
                        "justification", "legacy table, reviewed in PR 12"))));
  }

  @Test
  void leavesOutTheLocationForInlineSql() {
    Map<String, Object> sarif = sarif(inline(result("DROP TABLE t", 1, BLOCK)));

    assertThat(results(sarif).get(0))
        .doesNotContainKey("locations")
        .containsEntry("level", "error");
  }

  @Test
  void writesAnEncodedRelativeUriOrAFileUri() {
    assertThat(Artifacts.uri("db/migration/V1__init.sql")).isEqualTo("db/migration/V1__init.sql");
    assertThat(Artifacts.uri("db/my file#1 \u00fc.sql")).isEqualTo("db/my%20file%231%20%C3%BC.sql");
    assertThat(Artifacts.uri("/tmp/a b.sql")).isEqualTo("file:///tmp/a%20b.sql");
  }
}
