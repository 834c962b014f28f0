package io.jdbcguard.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.jdbcguard.rules.Dialect;
import io.jdbcguard.rules.GuardEngine;
import io.jdbcguard.rules.Policy;
import io.jdbcguard.rules.Profile;
import io.jdbcguard.rules.ScriptVerdict;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Lints a migrations folder in a unit test: every statement of every {@code .sql} file must pass
 * jdbc-guard's {@code migration} profile, so an unsafe migration fails the build before it reaches
 * a database. No database needed.
 *
 * <p>To use it in your project, copy this class, point {@link #MIGRATIONS} at your folder (Flyway's
 * default is {@code src/main/resources/db/migration}) and add the rule engine as a test dependency:
 *
 * <pre>{@code
 * <dependency>
 *   <groupId>io.jdbcguard</groupId>
 *   <artifactId>guard-rules</artifactId>
 *   <version>0.1.0-SNAPSHOT</version>
 *   <scope>test</scope>
 * </dependency>
 * }</pre>
 *
 * <p>It uses only the engine's script API ({@link GuardEngine#checkScript}), the same check as
 * {@code check --profile migration}. A failure lists each blocked statement as {@code file:line:
 * [rule-id] message}.
 */
class MigrationLintExampleTest {

  /** The folder to lint, relative to the module (Maven runs tests there). */
  static final Path MIGRATIONS = Path.of("src/test/resources/db/migration");

  static final GuardEngine GUARD =
      GuardEngine.create(
          Policy.builder().dialect(Dialect.POSTGRES).profile(Profile.MIGRATION).build());

  @Test
  void everyMigrationPassesTheMigrationProfile() throws IOException {
    assertThat(sqlFiles(MIGRATIONS)).as("migrations under " + MIGRATIONS).isNotEmpty();
    assertThat(blockedStatements(MIGRATIONS))
        .as("statements the migration profile blocks")
        .isEmpty();
  }

  /** The other side: the lint is not vacuous, it names the file, the line and the rule. */
  @Test
  void reportsAMigrationThatDropsAColumn() throws IOException {
    Path unsafe = Path.of("src/test/resources/db/unsafe/drop-column");

    assertThat(blockedStatements(unsafe))
        .singleElement()
        .asString()
        .startsWith(unsafe.resolve("V5__replace_order_note.sql") + ":")
        .contains("[alter-table-drop]")
        .contains("DROP COLUMN note");
  }

  /** Every statement of every .sql file under {@code folder} that the guard blocks, in file order. */
  static List<String> blockedStatements(Path folder) throws IOException {
    List<String> blocked = new ArrayList<>();
    for (Path file : sqlFiles(folder)) {
      for (ScriptVerdict v : GUARD.checkScript(Files.readString(file, StandardCharsets.UTF_8))) {
        if (v.verdict().isBlocked()) {
          blocked.add(file + ":" + v.statement().line() + ": " + v.verdict().message());
        }
      }
    }
    return blocked;
  }

  /** The .sql files under {@code folder}, in name order (V1__, V2__, ...: fine below V10). */
  static List<Path> sqlFiles(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(f -> f.toString().endsWith(".sql")).sorted().toList();
    }
  }
}
