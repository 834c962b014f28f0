package io.jdbcguard.driver.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code check} command end to end, with the real engine and in-memory streams. */
class CheckCommandTest {

  private static final String NL = System.lineSeparator();

  @TempDir Path dir;

  @Test
  void exitsZeroAndPrintsOnlyTheSummaryWhenNothingIsBlocked() {
    CliRun run = CliRun.of("check", "--sql", "SELECT id FROM orders WHERE id = 7");

    assertThat(run.status()).isZero();
    assertThat(run.outLines()).containsExactly("1 statement, 0 blocked, 0 warnings");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void exitsOneAndNamesTheRuleWhenAStatementIsBlocked() {
    CliRun run = CliRun.of("check", "--sql", "DROP TABLE orders");

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.outLines()).hasSize(2);
    assertThat(run.outLines().get(0)).matches("<sql>:1: BLOCK \\[[a-z0-9-]+\\] .+");
    assertThat(run.outLines().get(1)).isEqualTo("1 statement, 1 blocked, 0 warnings");
  }

  @Test
  void printsTheEnginesOwnMessageForABlockedStatement() {
    CliRun run = CliRun.of("check", "--sql", "DELETE FROM orders WHERE user_id = NULL");

    String expected =
        io.jdbcguard.rules.GuardEngine.forDialect(io.jdbcguard.rules.Dialect.GENERIC)
            .check("DELETE FROM orders WHERE user_id = NULL")
            .message();
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).contains("<sql>:1: BLOCK " + expected.lines().findFirst().orElseThrow());
  }

  @Test
  void reportsABlockedStatementAtTheLineOfItsKeywordInAMultiLineFile() throws IOException {
    Path script =
        write(
            "session.sql",
            "CREATE TABLE orders (id int PRIMARY KEY, status text);\n"
                + "INSERT INTO orders VALUES (1, 'new');\n"
                + "\n"
                + "-- clean up\n"
                + "DELETE FROM orders\n"
                + "  WHERE 1 = 1;\n"
                + "SELECT count(*) FROM orders;\n");

    CliRun run = CliRun.of("check", script.toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.outLines()).first().asString().startsWith(script + ":5: BLOCK [");
    assertThat(run.outLines()).last().isEqualTo("4 statements, 1 blocked, 0 warnings");
  }

  @Test
  void allowsScaryWordsInsideAStringLiteral() {
    CliRun run =
        CliRun.of(
            "check", "--sql", "SELECT id FROM audit WHERE note = 'DROP TABLE orders; TRUNCATE x'");

    assertThat(run.status()).isZero();
    assertThat(run.outLines()).containsExactly("1 statement, 0 blocked, 0 warnings");
  }

  @Test
  void listsAllowedStatementsOnlyWhenVerbose() {
    CliRun quiet = CliRun.of("check", "--sql", "SELECT 1");
    CliRun verbose = CliRun.of("check", "--verbose", "--sql", "SELECT 1");

    assertThat(quiet.outLines()).containsExactly("1 statement, 0 blocked, 0 warnings");
    assertThat(verbose.outLines())
        .containsExactly("<sql>:1: ALLOW SELECT 1", "1 statement, 0 blocked, 0 warnings");
  }

  @Test
  void checksEveryRepeatedSqlOptionAndEachStatementInsideOne() {
    CliRun run =
        CliRun.of(
            "check", "--format", "json", "--sql", "SELECT 1; TRUNCATE orders", "--sql=SELECT 2");

    assertThat(run.status()).isEqualTo(1);
    List<Map<String, Object>> lines = run.jsonLines();
    assertThat(lines).extracting(l -> l.get("file")).containsOnly("<sql>");
    assertThat(lines)
        .extracting(l -> l.get("sql"), l -> l.get("action"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("SELECT 1", "allow"),
            org.assertj.core.groups.Tuple.tuple("TRUNCATE orders", "block"),
            org.assertj.core.groups.Tuple.tuple("SELECT 2", "allow"));
  }

  @Test
  void readsStandardInputForADashAndNamesItStdin() {
    CliRun run = CliRun.withStdin("SELECT 1;\nUPDATE orders SET status = 'x';\n", "check", "-");

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.outLines()).first().asString().startsWith("<stdin>:2: BLOCK [");
  }

  @Test
  void writesOneJsonObjectPerStatementWithTheVerdictAndFindings() throws IOException {
    Path script = write("two.sql", "SELECT 'a \"quoted\" word';\n\nDROP TABLE orders;\n");

    CliRun run = CliRun.of("check", "--dialect", "postgres", "--format", "json", script.toString());

    assertThat(run.status()).isEqualTo(1);
    List<Map<String, Object>> lines = run.jsonLines();
    assertThat(lines).hasSize(2);

    Map<String, Object> allowed = lines.get(0);
    assertThat(allowed)
        .containsEntry("file", script.toString())
        .containsEntry("line", 1L)
        .containsEntry("sql", "SELECT 'a \"quoted\" word'")
        .containsEntry("action", "allow")
        .containsEntry("findings", List.of());

    Map<String, Object> blocked = lines.get(1);
    assertThat(blocked)
        .containsEntry("line", 3L)
        .containsEntry("sql", "DROP TABLE orders")
        .containsEntry("action", "block");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> findings = (List<Map<String, Object>>) blocked.get("findings");
    assertThat(findings).isNotEmpty();
    Map<String, Object> finding = findings.get(0);
    assertThat(finding).containsKeys("rule", "action", "message", "fragment", "reason", "fix");
    assertThat((String) finding.get("message")).startsWith("[" + finding.get("rule") + "] ");
    assertThat(finding.get("action")).isEqualTo("block");
  }

  @Test
  void countsEveryStatementOfEveryFileInOneSummary() throws IOException {
    Path a = write("a.sql", "SELECT 1;\nSELECT 2;\n");
    Path b = write("b.sql", "DROP TABLE t;\n");

    CliRun run = CliRun.of("check", a.toString(), b.toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.outLines()).last().isEqualTo("3 statements, 1 blocked, 0 warnings");
  }

  @Test
  void treatsAnEmptyOrCommentOnlyScriptAsNothingToBlock() throws IOException {
    Path script = write("empty.sql", "-- nothing here yet\n/* still nothing */\n");

    CliRun run = CliRun.of("check", script.toString());

    assertThat(run.status()).isZero();
    assertThat(run.outLines()).containsExactly("0 statements, 0 blocked, 0 warnings");
  }

  @Test
  void exitsTwoWithAOneLineMessageForAMissingFile() {
    String missing = dir.resolve("x.sql").toString();

    CliRun run = CliRun.of("check", missing);

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("check: cannot read '" + missing + "': no such file" + NL);
    assertThat(run.out()).isEmpty();
  }

  @Test
  void checksNothingWhenAnyInputCannotBeRead() throws IOException {
    Path good = write("good.sql", "DROP TABLE t;\n");

    CliRun run = CliRun.of("check", good.toString(), dir.resolve("gone.sql").toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("gone.sql': no such file").doesNotContain("Exception");
  }

  @Test
  void exitsTwoForAFileThatIsNotUtf8() throws IOException {
    Path latin1 = dir.resolve("latin1.sql");
    Files.write(latin1, "SELECT 'caf\u00e9';".getBytes(StandardCharsets.ISO_8859_1));

    CliRun run = CliRun.of("check", latin1.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("check: cannot read '" + latin1 + "': not valid UTF-8" + NL);
  }

  @Test
  void exitsTwoNamingTheAllowedDialectsForABadDialect() {
    CliRun run = CliRun.of("check", "--dialect", "oracle", "--sql", "SELECT 1");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err())
        .startsWith("check: --dialect: unknown dialect 'oracle'")
        .contains("postgres, mysql, generic")
        .endsWith(NL)
        .hasLineCount(1);
  }

  @Test
  void exitsTwoNamingTheAllowedProfilesForABadProfile() {
    CliRun run = CliRun.of("check", "--profile=yolo", "--sql", "SELECT 1");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("unknown profile 'yolo'").contains("agent").hasLineCount(1);
  }

  @Test
  void exitsTwoForAnUnknownOption() {
    CliRun run = CliRun.of("check", "--force", "a.sql");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("check: unknown option '--force' (see 'check --help')" + NL);
  }

  @Test
  void exitsTwoWhenAnOptionHasNoValue() {
    CliRun run = CliRun.of("check", "--format");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("option '--format' needs a value").contains("text, json");
  }

  @Test
  void exitsTwoWhenThereIsNothingToCheck() {
    CliRun run = CliRun.of("check");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).startsWith("check: nothing to check");
  }

  @Test
  void printsItsHelpAndExitsZero() {
    CliRun run = CliRun.of("check", "--help");

    assertThat(run.status()).isZero();
    assertThat(run.out()).startsWith("Usage: check").contains("--dialect").contains("--format");
    assertThat(run.err()).isEmpty();
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }
}
