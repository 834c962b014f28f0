package io.jdbcguard.rules.assertions;

import io.jdbcguard.rules.Dialect;
import io.jdbcguard.rules.Policy;
import java.nio.file.Path;

/**
 * Test assertions on what jdbc-guard decides, for JUnit 5 or any other framework: a failure throws
 * {@link AssertionError} with the guard's own messages ({@code Finding.message()}, the same words
 * as the driver's exception and the {@code check} command), so no extra dependency is needed.
 *
 * <pre>{@code
 * import static io.jdbcguard.rules.assertions.SqlAssertions.*;
 *
 * assertAllowed("UPDATE orders SET status = 'paid' WHERE id = ?");
 * assertBlocked("DELETE FROM orders WHERE user_id = NULL", "null-comparison");
 * forDialect(Dialect.POSTGRES).profile(Profile.MIGRATION)
 *     .assertAllScriptsPass(Path.of("src/main/resources/db/migration"));
 * }</pre>
 *
 * <p>The static methods use the {@code generic} dialect and the {@code agent} profile, the defaults
 * of the {@code check} command; {@link #forDialect} and {@link #forPolicy} choose others. SQL
 * strings are judged as one JDBC execute call (what the driver decides); scripts are judged
 * statement by statement with their opt-out comments (what {@code check} decides).
 */
public final class SqlAssertions {

  private static final PolicyAssertions DEFAULT = forDialect(Dialect.GENERIC);

  private SqlAssertions() {}

  /** Assertions for SQL written in {@code dialect}, under the {@code agent} profile. */
  public static PolicyAssertions forDialect(Dialect dialect) {
    return new PolicyAssertions(Policy.defaults(dialect));
  }

  /**
   * Assertions under a complete policy (dialect, profile, rule overrides).
   *
   * @throws IllegalArgumentException if the policy overrides a rule id that does not exist
   */
  public static PolicyAssertions forPolicy(Policy policy) {
    return new PolicyAssertions(policy);
  }

  /**
   * @see PolicyAssertions#assertAllowed(String)
   */
  public static void assertAllowed(String sql) {
    DEFAULT.assertAllowed(sql);
  }

  /**
   * @see PolicyAssertions#assertBlocked(String)
   */
  public static void assertBlocked(String sql) {
    DEFAULT.assertBlocked(sql);
  }

  /**
   * @see PolicyAssertions#assertBlocked(String, String)
   */
  public static void assertBlocked(String sql, String ruleId) {
    DEFAULT.assertBlocked(sql, ruleId);
  }

  /**
   * @see PolicyAssertions#assertScriptPasses(Path)
   */
  public static void assertScriptPasses(Path file) {
    DEFAULT.assertScriptPasses(file);
  }

  /**
   * @see PolicyAssertions#assertAllScriptsPass(Path)
   */
  public static void assertAllScriptsPass(Path folder) {
    DEFAULT.assertAllScriptsPass(folder);
  }
}
