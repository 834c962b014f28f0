package io.jdbcguard.driver.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jdbcguard.rules.Dialect;
import io.jdbcguard.rules.GuardEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The github and sarif formats end to end, with the real engine; the exit statuses per format. */
class CheckFormatsTest {

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"text", "json", "github", "sarif"})
  void keepsTheExitStatusContractInEveryFormat(String format) throws IOException {
    Path clean = write("clean.sql", "SELECT 1;\n");
    Path bad = write("bad.sql", "SELECT 1;\nTRUNCATE orders;\n");

    assertThat(CliRun.of("check", "--format", format, clean.toString()).status()).isZero();
    assertThat(CliRun.of("check", "--format", format, bad.toString()).status()).isEqualTo(1);
    CliRun missing = CliRun.of("check", "--format", format, dir.resolve("none.sql").toString());
    assertThat(missing.status()).isEqualTo(2);
    assertThat(missing.out()).isEmpty();
  }

  @Test
  void githubAnnotatesEachBlockedStatementAtItsLineWithTheEnginesMessage() throws IOException {
    Path script =
        write("agent.sql", "SELECT 1;\n\n-- oops\nDELETE FROM orders WHERE user_id = NULL;\n");
    String message =
        GuardEngine.forDialect(Dialect.POSTGRES)
            .check("DELETE FROM orders WHERE user_id = NULL")
            .findings()
            .get(0)
            .message();

    CliRun run =
        CliRun.of("check", "--dialect", "postgres", "--format", "github", script.toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.outLines())
        .containsExactly(
            "::error file="
                + GithubFormatter.escapeProperty(Artifacts.path(script, Path.of("")))
                + ",line=4,title=null-comparison::"
                + GithubFormatter.escapeData(message),
            "2 statements, 1 blocked, 0 warnings");
  }

  @Test
  void githubWritesAWarningInTheAuditProfile() {
    CliRun run =
        CliRun.of("check", "--profile", "audit", "--format", "github", "--sql", "DROP TABLE t");

    assertThat(run.status()).isZero();
    assertThat(run.outLines().get(0)).startsWith("::warning title=drop-object::[drop-object] ");
  }

  @Test
  @SuppressWarnings("unchecked")
  void sarifHoldsEveryFindingOfEveryFileInOneDocument() throws IOException {
    write("db/V1__init.sql", "CREATE TABLE t (id int);\n");
    write("db/V2__oops.sql", "TRUNCATE t;\nDROP TABLE t;\n");

    CliRun run =
        CliRun.of(
            "check", "--dialect", "postgres", "--format", "sarif", dir.resolve("db").toString());

    assertThat(run.status()).isEqualTo(1);
    Map<String, Object> sarif = MiniJson.parseObject(run.out());
    Map<String, Object> theRun = (Map<String, Object>) ((List<Object>) sarif.get("runs")).get(0);
    Map<String, Object> driver =
        (Map<String, Object>) ((Map<String, Object>) theRun.get("tool")).get("driver");
    assertThat(driver).containsEntry("name", "jdbc-guard").containsKey("version");
    assertThat((List<Map<String, Object>>) driver.get("rules"))
        .extracting(r -> r.get("id"))
        .containsExactly("truncate", "drop-object");
    List<Map<String, Object>> results = (List<Map<String, Object>>) theRun.get("results");
    assertThat(results)
        .extracting(r -> r.get("ruleId"), r -> r.get("level"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("truncate", "error"),
            org.assertj.core.groups.Tuple.tuple("drop-object", "error"));
    Map<String, Object> region =
        (Map<String, Object>)
            ((Map<String, Object>)
                    ((Map<String, Object>) ((List<Object>) results.get(1).get("locations")).get(0))
                        .get("physicalLocation"))
                .get("region");
    assertThat(region).containsEntry("startLine", 2L);
  }

  @Test
  void sarifIsAnEmptyRunWhenNothingIsFound() {
    CliRun run = CliRun.of("check", "--format", "sarif", "--sql", "SELECT 1");

    assertThat(run.status()).isZero();
    assertThat(MiniJson.parseObject(run.out())).containsKey("runs");
    assertThat(run.out()).contains("\"results\":[]");
  }

  @Test
  void reportsAnAppliedOptOutInEveryFormat() throws IOException {
    String script =
        "-- jdbc-guard:allow drop-object legacy table, reviewed in PR 12\nDROP TABLE legacy;\n";
    Path file = write("optout.sql", script);

    CliRun text = CliRun.of("check", file.toString());
    CliRun json = CliRun.of("check", "--format", "json", file.toString());
    CliRun github = CliRun.of("check", "--format", "github", file.toString());
    CliRun sarif = CliRun.of("check", "--format", "sarif", file.toString());

    assertThat(text.status()).isZero();
    assertThat(text.out()).contains(":2: OPT-OUT [drop-object] ").contains("reviewed in PR 12");
    assertThat(json.out()).contains("\"suppressions\":[{\"rule\":\"drop-object\"");
    assertThat(github.out()).contains("::notice file=").contains("title=drop-object::");
    assertThat(sarif.out()).contains("\"kind\":\"inSource\"");
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }
}
