package io.jdbcguard.driver.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.jdbcguard.rules.Dialect;
import io.jdbcguard.rules.assertions.SqlAssertions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check FOLDER}: the .sql files under it, in migration order, end to end. */
class CheckFoldersTest {

  private static final String NL = System.lineSeparator();

  @TempDir Path dir;

  @Test
  void checksTheSqlFilesOfAFolderInMigrationOrder() throws IOException {
    write("V10__drop.sql", "DROP TABLE a;\n");
    write("V2__truncate.sql", "TRUNCATE b;\n");
    write("V1__init.sql", "CREATE TABLE a (id int);\n");
    write("R__views.sql", "UPDATE c SET x = 1;\n");
    write("seed/10_more.sql", "SELECT 10;\n");
    write("seed/2_data.sql", "DELETE FROM d;\n");
    write("README.md", "DROP TABLE readme;\n");

    CliRun run = CliRun.of("check", "--format", "json", dir.toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.jsonLines())
        .extracting(l -> l.get("file"))
        .containsExactly(
            dir.resolve("V1__init.sql").toString(),
            dir.resolve("V2__truncate.sql").toString(),
            dir.resolve("V10__drop.sql").toString(),
            dir.resolve("R__views.sql").toString(),
            dir.resolve("seed/2_data.sql").toString(),
            dir.resolve("seed/10_more.sql").toString());
  }

  @Test
  void exitsZeroForAFolderOfCleanMigrations() throws IOException {
    write("V1__init.sql", "CREATE TABLE a (id int PRIMARY KEY);\n");
    write("V1_1__index.sql", "CREATE INDEX a_id ON a (id);\n");

    CliRun run = CliRun.of("check", dir.toString());

    assertThat(run.status()).isZero();
    assertThat(run.outLines()).containsExactly("2 statements, 0 blocked, 0 warnings");
  }

  /** The files of one folder are one run: what V1 did counts for V2, and nothing leaks to another input. */
  @Test
  void carriesTheMigrationStateFromFileToFileOfAFolder() throws IOException {
    write("run/V1__table.sql", "CREATE TABLE ledger (id bigint, account text);\n");
    write("run/V2__index.sql", "CREATE INDEX ledger_account ON ledger (account);\n");
    Path alone = write("alone.sql", "CREATE INDEX ledger_id ON ledger (id);\n");

    CliRun run = CliRun.of("check", "--profile", "migration", "--dialect", "postgres", "--format", "json",
        dir.resolve("run").toString(), alone.toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.jsonLines()).extracting(l -> l.get("action"))
        .containsExactly("allow", "allow", "block");
  }

  @Test
  void takesTheServerVersionForTheMysqlRules() throws IOException {
    Path file = write("V3__col.sql", "ALTER TABLE orders ADD COLUMN note text AFTER total;\n");

    assertThat(CliRun.of("check", "--profile", "migration", "--dialect", "mysql", file.toString()).status())
        .isEqualTo(1);
    assertThat(CliRun.of("check", "--profile", "migration", "--dialect", "mysql", "--server-version",
        "mariadb 10.11", file.toString()).status()).isZero();
    CliRun bad = CliRun.of("check", "--dialect", "mysql", "--server-version", "latest", file.toString());
    assertThat(bad.status()).isEqualTo(2);
  }

  @Test
  void mixesFoldersFilesAndInlineSqlInCommandLineOrder() throws IOException {
    Path single = write("single.sql", "SELECT 1;\n");
    write("db/V1__a.sql", "SELECT 2;\n");

    CliRun run =
        CliRun.of(
            "check",
            "--format=json",
            "--sql",
            "SELECT 0",
            dir.resolve("db").toString(),
            single.toString());

    assertThat(run.status()).isZero();
    assertThat(run.jsonLines())
        .extracting(l -> l.get("file"))
        .containsExactly("<sql>", dir.resolve("db/V1__a.sql").toString(), single.toString());
  }

  @Test
  void exitsTwoForAFolderWithoutSqlFiles() throws IOException {
    write("notes.txt", "DROP TABLE t;\n");

    CliRun run = CliRun.of("check", dir.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("check: no .sql files under '" + dir + "'" + NL);
    assertThat(run.out()).isEmpty();
  }

  @Test
  void exitsTwoWithOneLineForASymbolicLinkLoop() throws IOException {
    write("sub/V1__a.sql", "SELECT 1;\n");
    Path loop = Files.createSymbolicLink(dir.resolve("sub/loop"), dir);

    CliRun run = CliRun.of("check", "--format", "sarif", dir.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("check: cannot read '" + loop + "': symbolic link loop" + NL);
    assertThat(run.out()).isEmpty();
  }

  @Test
  void exitsTwoForABrokenSymbolicLinkInAFolder() throws IOException {
    write("V1__a.sql", "SELECT 1;\n");
    Path broken = Files.createSymbolicLink(dir.resolve("V2__gone.sql"), dir.resolve("nowhere.sql"));

    CliRun run = CliRun.of("check", dir.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("check: cannot read '" + broken + "': no such file" + NL);
    assertThat(run.out()).isEmpty();
  }

  /**
   * A file that exists but cannot be read, whoever runs the test (file permissions do not stop
   * root, which CI runs as): reading /proc/self/mem from its start fails with an I/O error. The
   * wording of each kind of failure is ScriptFilesTest's.
   */
  @Test
  void exitsTwoWithOneLineForAFileInAFolderThatCannotBeRead() throws IOException {
    Path mem = Path.of("/proc/self/mem");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(mem), "needs Linux /proc");
    write("V1__a.sql", "SELECT 1;\n");
    Path unreadable = Files.createSymbolicLink(dir.resolve("V2__unreadable.sql"), mem);

    CliRun run = CliRun.of("check", dir.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).startsWith("check: cannot read '" + unreadable + "': ").endsWith(NL);
    assertThat(run.err().strip()).doesNotContain("\n").doesNotContain("Exception");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void reportsPathsUnderTheWorkingFolderRelativeForCodeScanning() throws IOException {
    Path work = Path.of("").toAbsolutePath();
    Path folder = Files.createTempDirectory(work.resolve("target"), "check-folder-");
    try {
      Files.writeString(folder.resolve("V1__drop.sql"), "SELECT 1;\nDROP TABLE a;\n");
      String relative = work.relativize(folder).toString().replace('\\', '/');

      CliRun run = CliRun.of("check", "--format", "github", folder.toString());

      assertThat(run.status()).isEqualTo(1);
      assertThat(run.outLines().get(0))
          .startsWith(
              "::error file="
                  + relative
                  + "/V1__drop.sql,line=2,title=drop-object::[drop-object] ");
    } finally {
      Files.deleteIfExists(folder.resolve("V1__drop.sql"));
      Files.deleteIfExists(folder);
    }
  }

  @Test
  void acceptsEveryProfile() throws IOException {
    Path script = write("s.sql", "INSERT INTO t VALUES (1);\nDROP TABLE t;\n");

    CliRun audit = CliRun.of("check", "--profile", "audit", script.toString());
    CliRun readOnly =
        CliRun.of("check", "--profile=read-only", "--format", "json", script.toString());
    CliRun migration = CliRun.of("check", "--profile", "MIGRATION", script.toString());

    assertThat(audit.status()).isZero();
    assertThat(audit.out()).contains(": WARN [drop-object] ").doesNotContain("BLOCK");
    assertThat(readOnly.status()).isEqualTo(1);
    List<Map<String, Object>> lines = readOnly.jsonLines();
    assertThat(lines.get(0)).containsEntry("action", "block");
    assertThat(readOnly.out()).contains("\"rule\":\"read-only\"");
    assertThat(migration.status()).isEqualTo(1);
    assertThat(migration.out()).contains(": BLOCK [drop-object] ");
  }

  @Test
  void printsExactlyTheLinesTheScriptAssertionsPrint() throws IOException {
    write("V2__b.sql", "SELECT 1;\n-- why\nDELETE FROM orders\n  WHERE 1 = 1;\n");
    write("V1__a.sql", "TRUNCATE a;\nDROP TABLE a;\n");
    write("misc/cleanup.sql", "UPDATE c SET x = 1;\n");

    CliRun run = CliRun.of("check", "--dialect", "postgres", dir.toString());
    Throwable failure =
        catchThrowable(() -> SqlAssertions.forDialect(Dialect.POSTGRES).assertAllScriptsPass(dir));

    List<String> cliLines = run.outLines().subList(0, run.outLines().size() - 1);
    assertThat(cliLines).hasSize(4);
    assertThat(failure.getMessage().lines().skip(1)).containsExactlyElementsOf(cliLines);
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }
}
