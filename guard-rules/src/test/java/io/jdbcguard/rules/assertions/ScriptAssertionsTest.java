package io.jdbcguard.rules.assertions;

import static io.jdbcguard.rules.assertions.SqlAssertions.assertAllScriptsPass;
import static io.jdbcguard.rules.assertions.SqlAssertions.assertScriptPasses;
import static io.jdbcguard.rules.assertions.SqlAssertions.forDialect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.jdbcguard.rules.Dialect;
import io.jdbcguard.rules.GuardEngine;
import io.jdbcguard.rules.Profile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The script assertions: what {@code check} would decide, file by file. */
class ScriptAssertionsTest {

  @TempDir Path dir;

  @Test
  void assertScriptPassesForACleanScript() throws IOException {
    Path file = write("ok.sql", "CREATE TABLE t (id int);\nINSERT INTO t VALUES (1);\n");

    assertThatCode(() -> assertScriptPasses(file)).doesNotThrowAnyException();
  }

  @Test
  void assertScriptPassesListsEveryBlockedStatementWithFileAndLine() throws IOException {
    Path file =
        write(
            "agent.sql",
            "SELECT 1;\n"
                + "-- clean up\n"
                + "DELETE FROM orders\n  WHERE 1 = 1;\n"
                + "SELECT 2;\n"
                + "TRUNCATE orders;\n");
    GuardEngine engine = GuardEngine.forDialect(Dialect.POSTGRES);
    String where = engine.check("DELETE FROM orders\n  WHERE 1 = 1").findings().get(0).message();
    String truncate = engine.check("TRUNCATE orders").findings().get(0).message();

    assertThatThrownBy(() -> forDialect(Dialect.POSTGRES).assertScriptPasses(file))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            String.join(
                System.lineSeparator(),
                "expected no blocked statement in "
                    + file
                    + ", but 2 of 4 are blocked (dialect postgres, profile agent):",
                file + ":3: BLOCK " + where,
                file + ":6: BLOCK " + truncate));
  }

  @Test
  void assertScriptPassesIgnoresWarnings() throws IOException {
    Path file = write("audit.sql", "DROP TABLE orders;\n");

    assertThatCode(
            () -> forDialect(Dialect.GENERIC).profile(Profile.AUDIT).assertScriptPasses(file))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> assertScriptPasses(file))
        .hasMessageStartingWith("expected no blocked statement in " + file + ", but 1 of 1 is");
  }

  @Test
  void assertScriptPassesReportsAnUnreadableFileInOneLine() {
    Path missing = dir.resolve("missing.sql");

    assertThatThrownBy(() -> assertScriptPasses(missing))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessage("cannot read '" + missing + "': no such file");
  }

  @Test
  void assertScriptPassesHonoursAReviewedOptOutComment() throws IOException {
    String script = "-- jdbc-guard:allow drop-object reviewed in PR 12\nDROP TABLE legacy;\n";
    Path file = write("optout.sql", script);

    assertThatCode(() -> assertScriptPasses(file)).doesNotThrowAnyException();
  }

  @Test
  void assertAllScriptsPassPassesWhenEveryScriptIsClean() throws IOException {
    write("V1__init.sql", "CREATE TABLE t (id int);\n");
    write("R__view.sql", "CREATE VIEW v AS SELECT id FROM t;\n");
    write("changes/001-seed.sql", "INSERT INTO t VALUES (1);\n");

    assertThatCode(() -> assertAllScriptsPass(dir)).doesNotThrowAnyException();
  }

  @Test
  void assertAllScriptsPassListsEveryBlockedStatementInMigrationOrder() throws IOException {
    write("V10__later.sql", "SELECT 1;\nDROP TABLE a;\n");
    write("V2__earlier.sql", "\n\nTRUNCATE b;\n");
    write("V3__fine.sql", "SELECT 3;\n");
    write("seed/data.sql", "UPDATE c SET x = 1;\n");

    Throwable failure = catchThrowable(() -> assertAllScriptsPass(dir));

    assertThat(failure)
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith(
            "expected no blocked statement in the 4 scripts under "
                + dir
                + ", but 3 statements in 3 scripts are blocked (dialect generic, profile agent):");
    assertThat(failure.getMessage().lines().skip(1))
        .satisfiesExactly(
            l -> assertThat(l).startsWith(dir.resolve("V2__earlier.sql") + ":3: BLOCK [truncate] "),
            l ->
                assertThat(l)
                    .startsWith(dir.resolve("V10__later.sql") + ":2: BLOCK [drop-object] "),
            l ->
                assertThat(l)
                    .startsWith(
                        dir.resolve("seed/data.sql") + ":1: BLOCK [update-without-where] "));
  }

  @Test
  void assertAllScriptsPassFailsForAFolderWithoutSqlFiles() throws IOException {
    write("notes.txt", "DROP TABLE t;");

    assertThatThrownBy(() -> assertAllScriptsPass(dir))
        .isInstanceOf(AssertionError.class)
        .hasMessage("no .sql files under " + dir);
  }

  @Test
  void assertAllScriptsPassReportsAMissingFolderInOneLine() {
    Path missing = dir.resolve("db");

    assertThatThrownBy(() -> assertAllScriptsPass(missing))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessage("cannot read '" + missing + "': no such file");
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }
}
