package io.jdbcguard.rules.assertions;

import static io.jdbcguard.rules.assertions.SqlAssertions.assertAllowed;
import static io.jdbcguard.rules.assertions.SqlAssertions.assertBlocked;

import io.jdbcguard.rules.Dialect;
import io.jdbcguard.rules.Profile;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The example of {@code docs/assertions.md}, compiled and run so that it cannot rot. Only the
 * folder differs: the docs use {@code src/main/resources/db/migration}.
 */
class DocsExampleTest {

  private static final PolicyAssertions GUARD =
      SqlAssertions.forDialect(Dialect.POSTGRES).profile(Profile.MIGRATION);

  @Test
  void migrationsPassTheGuard() {
    GUARD.assertAllScriptsPass(Path.of("src/test/resources/db/migration"));
  }

  @Test
  void theQueriesOurAgentMaySendAreAllowed() {
    assertAllowed("SELECT id, status FROM orders WHERE user_id = ?");
    assertAllowed("UPDATE orders SET status = 'paid' WHERE id = ?");
  }

  @Test
  void theMistakesWeFearAreBlocked() {
    assertBlocked("DELETE FROM orders WHERE user_id = NULL", "null-comparison");
    assertBlocked("UPDATE orders SET status = 'paid'", "update-without-where");
    assertBlocked("SELECT 1; DROP TABLE orders");
  }
}
