package io.jdbcguard.driver.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.jdbcguard.driver.GuardViolationException;
import io.jdbcguard.driver.audit.AuditLog;
import io.jdbcguard.rules.Action;
import io.jdbcguard.rules.Dialect;
import io.jdbcguard.rules.GuardEngine;
import io.jdbcguard.rules.Policy;
import java.sql.SQLNonTransientException;
import java.sql.SQLSyntaxErrorException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class GateTest {

  private static Gate gate(Policy policy) {
    return new Gate(GuardEngine.create(policy), new AuditLog(), "gate-test");
  }

  private final Gate gate = gate(Policy.defaults(Dialect.POSTGRES));

  @Test
  void runsTheCallForAnAllowedStatement() throws Exception {
    assertThat(gate.run("SELECT 1", () -> 42)).isEqualTo(42);
  }

  @Test
  void blocksWithANonTransientSqlExceptionCarryingTheVerdict() {
    AtomicBoolean ran = new AtomicBoolean();

    GuardViolationException e =
        catchThrowableOfType(
            GuardViolationException.class,
            () -> gate.run("DROP TABLE accounts", () -> ran.set(true)));

    assertThat(ran).isFalse();
    assertThat((Throwable) e).isInstanceOf(SQLSyntaxErrorException.class);
    assertThat((Throwable) e).isInstanceOf(SQLNonTransientException.class);
    assertThat(e.getSQLState()).isEqualTo("42JG1");
    assertThat(e.getVerdict().isBlocked()).isTrue();
    assertThat(e.getMessage()).isEqualTo(e.getVerdict().message()).isNotBlank();
  }

  @Test
  void refusesADryRunVerdictSayingDryRunsAreNotEnabledYet() {
    Gate dryRun =
        gate(
            Policy.builder()
                .dialect(Dialect.POSTGRES)
                .rule("delete-without-where", Action.DRY_RUN)
                .build());
    AtomicBoolean ran = new AtomicBoolean();

    GuardViolationException e =
        catchThrowableOfType(
            GuardViolationException.class,
            () -> dryRun.run("DELETE FROM accounts", () -> ran.set(true)));

    assertThat(ran).isFalse();
    assertThat(e.getVerdict().action()).isEqualTo(Action.DRY_RUN);
    assertThat(e.getMessage())
        .contains("Dry runs are not enabled")
        .contains("delete-without-where");
    assertThat(e.getSQLState()).isEqualTo("42JG1");
  }

  @Test
  void runsAStatementWhoseRuleIsSetToWarn() throws Exception {
    Gate warn =
        gate(
            Policy.builder()
                .dialect(Dialect.POSTGRES)
                .rule("delete-without-where", Action.WARN)
                .build());

    assertThat(warn.run("DELETE FROM accounts", () -> 3)).isEqualTo(3);
  }

  @Test
  void passesLongAndBooleanResultsThrough() throws Exception {
    assertThat(gate.run("SELECT 1", () -> 5_000_000_000L)).isEqualTo(5_000_000_000L);
    assertThat(gate.run("SELECT 1", () -> true)).isTrue();
  }
}
