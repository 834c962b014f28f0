package io.jdbcguard.examples;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdbcguard.rules.Dialect;
import io.jdbcguard.rules.Profile;
import io.jdbcguard.rules.assertions.PolicyAssertions;
import io.jdbcguard.rules.assertions.SqlAssertions;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Lints a migrations folder in a unit test: every statement of every {@code .sql} file must pass
 * jdbc-guard's {@code migration} profile, so an unsafe migration fails the build before it reaches
 * a database. No database needed.
 *
 * <p>To use it in your project, copy this class, point {@link #MIGRATIONS} at your folder (Flyway's
 * default is {@code src/main/resources/db/migration}) and add the rule engine as a test dependency
 * (with JUnit 5, nothing else is needed):
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
 * <p>The files are checked in migration order, each statement as {@code check --profile migration}
 * checks it; a failure lists every blocked statement as {@code file:line: BLOCK [rule-id]
 * message}.
 */
class MigrationLintExampleTest {

  /** The folder to lint, relative to the module (Maven runs tests there). */
  static final Path MIGRATIONS = Path.of("src/test/resources/db/migration");

  static final PolicyAssertions GUARD =
      SqlAssertions.forDialect(Dialect.POSTGRES).profile(Profile.MIGRATION);

  @Test
  void everyMigrationPassesTheMigrationProfile() {
    GUARD.assertAllScriptsPass(MIGRATIONS);
  }

  /** The other side: the lint is not vacuous, and its failure names the file, line and rule. */
  @Test
  void reportsAMigrationThatDropsAColumn() {
    Path unsafe = Path.of("src/test/resources/db/unsafe/drop-column");

    AssertionError failure =
        assertThrows(AssertionError.class, () -> GUARD.assertAllScriptsPass(unsafe));

    String expected =
        unsafe.resolve("V6__replace_order_note.sql") + ":6: BLOCK [alter-table-drop]";
    assertTrue(failure.getMessage().contains(expected), failure.getMessage());
  }
}
