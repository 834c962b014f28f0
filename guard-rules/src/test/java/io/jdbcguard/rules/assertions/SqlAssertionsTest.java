package io.jdbcguard.rules.assertions;

import static io.jdbcguard.rules.assertions.SqlAssertions.assertAllowed;
import static io.jdbcguard.rules.assertions.SqlAssertions.assertBlocked;
import static io.jdbcguard.rules.assertions.SqlAssertions.forDialect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jdbcguard.rules.Action;
import io.jdbcguard.rules.Dialect;
import io.jdbcguard.rules.GuardEngine;
import io.jdbcguard.rules.Policy;
import io.jdbcguard.rules.Profile;
import org.junit.jupiter.api.Test;

/** The SQL string assertions: what the driver would decide for one execute call. */
class SqlAssertionsTest {

  private static final String NULL_DELETE = "DELETE FROM orders WHERE user_id = NULL";

  @Test
  void assertAllowedPassesForSafeSql() {
    assertThatCode(
            () -> {
              assertAllowed("SELECT id FROM orders WHERE id = 7");
              assertAllowed("UPDATE orders SET status = 'paid' WHERE id = ?");
              assertAllowed("SELECT 'DROP TABLE orders'");
            })
        .doesNotThrowAnyException();
  }

  @Test
  void assertAllowedFailsWithTheGuardsOwnMessage() {
    String message =
        GuardEngine.forDialect(Dialect.GENERIC).check(NULL_DELETE).findings().get(0).message();

    assertThatThrownBy(() -> assertAllowed(NULL_DELETE))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith(
            "expected the guard to allow this SQL, but its verdict is BLOCK"
                + " (dialect generic, profile agent):")
        .hasMessageContaining("  SQL: " + NULL_DELETE)
        .hasMessageContaining("  BLOCK " + message);
  }

  @Test
  void assertAllowedListsEveryBlockingFindingOfAMultiStatementString() {
    assertThatThrownBy(() -> assertAllowed("TRUNCATE orders; DROP TABLE orders"))
        .hasMessageContaining("BLOCK [truncate]")
        .hasMessageContaining("BLOCK [drop-object]");
  }

  @Test
  void assertAllowedAcceptsAWarningButNotADryRun() {
    assertThatCode(
            () ->
                forDialect(Dialect.GENERIC)
                    .profile(Profile.AUDIT)
                    .assertAllowed("DROP TABLE orders"))
        .doesNotThrowAnyException();

    PolicyAssertions dryRun = forDialect(Dialect.GENERIC).rule("drop-object", Action.DRY_RUN);
    assertThatThrownBy(() -> dryRun.assertAllowed("DROP TABLE orders"))
        .hasMessageStartingWith("expected the guard to allow this SQL, but its verdict is DRY-RUN")
        .hasMessageContaining("drop-object=dry-run)")
        .hasMessageContaining("DRY-RUN [drop-object]");
  }

  @Test
  void assertBlockedPassesForDestructiveSql() {
    assertThatCode(
            () -> {
              assertBlocked("DROP TABLE orders");
              assertBlocked("SELECT 1; TRUNCATE orders");
              assertBlocked(NULL_DELETE, "null-comparison");
            })
        .doesNotThrowAnyException();
  }

  @Test
  void assertBlockedFailsForAllowedSqlSayingThereAreNoFindings() {
    assertThatThrownBy(() -> assertBlocked("SELECT 1"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "expected the guard to block this SQL, but its verdict is ALLOW"
                + " (dialect generic, profile agent):"
                + System.lineSeparator()
                + "  SQL: SELECT 1"
                + System.lineSeparator()
                + "  no findings");
  }

  @Test
  void assertBlockedFailsForAWarning() {
    PolicyAssertions audit = forDialect(Dialect.POSTGRES).profile(Profile.AUDIT);

    assertThatThrownBy(() -> audit.assertBlocked("TRUNCATE orders"))
        .hasMessageStartingWith("expected the guard to block this SQL, but its verdict is WARN")
        .hasMessageContaining("(dialect postgres, profile audit)")
        .hasMessageContaining("  WARN [truncate]");
  }

  @Test
  void assertBlockedByRuleFailsWhenAnotherRuleBlocksNamingIt() {
    assertThatThrownBy(() -> assertBlocked("TRUNCATE orders", "drop-object"))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith(
            "expected [drop-object] to block this SQL, but it does not; the verdict is BLOCK")
        .hasMessageContaining("  BLOCK [truncate]");
  }

  @Test
  void assertBlockedByRuleRejectsAnUnknownRuleId() {
    assertThatThrownBy(() -> assertBlocked("DROP TABLE t", "drop-table"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("unknown rule id 'drop-table'; known rule ids: ")
        .hasMessageContaining("drop-object");
  }

  @Test
  void forDialectSplitsAndParsesTheWayThatDatabaseDoes() {
    String dollarQuoted = "SELECT $$DROP TABLE orders$$";

    assertThatCode(() -> forDialect(Dialect.POSTGRES).assertAllowed(dollarQuoted))
        .doesNotThrowAnyException();
    assertThatCode(() -> forDialect(Dialect.MYSQL).assertBlocked("/*!50000 DROP TABLE t */"))
        .doesNotThrowAnyException();
  }

  @Test
  void profileSelectsTheRuleSet() {
    PolicyAssertions readOnly = forDialect(Dialect.POSTGRES).profile(Profile.READ_ONLY);

    assertThatCode(() -> readOnly.assertBlocked("INSERT INTO orders VALUES (1)", "read-only"))
        .doesNotThrowAnyException();
    assertThatCode(
            () -> forDialect(Dialect.POSTGRES).assertAllowed("INSERT INTO orders VALUES (1)"))
        .doesNotThrowAnyException();
  }

  @Test
  void ruleOverridesOneRulesActionAndRejectsAnUnknownId() {
    assertThatCode(
            () ->
                forDialect(Dialect.GENERIC)
                    .rule("truncate", Action.ALLOW)
                    .assertAllowed("TRUNCATE orders"))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> forDialect(Dialect.GENERIC).rule("no-such-rule", Action.ALLOW))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown rule id 'no-such-rule'");
  }

  @Test
  void configuredAssertionsAreImmutable() {
    PolicyAssertions postgres = forDialect(Dialect.POSTGRES);
    PolicyAssertions migration = postgres.profile(Profile.MIGRATION);

    assertThat(postgres.policy().profile()).isEqualTo(Profile.AGENT);
    assertThat(migration.policy().profile()).isEqualTo(Profile.MIGRATION);
    assertThat(migration.policy().dialect()).isEqualTo(Dialect.POSTGRES);
    assertThat(migration.dialect(Dialect.MYSQL).policy().profile()).isEqualTo(Profile.MIGRATION);
  }

  @Test
  void forPolicyUsesACompletePolicy() {
    Policy policy =
        Policy.builder().dialect(Dialect.MYSQL).rule("drop-object", Action.WARN).build();

    assertThatCode(() -> SqlAssertions.forPolicy(policy).assertAllowed("DROP TABLE `orders`"))
        .doesNotThrowAnyException();
  }
}
