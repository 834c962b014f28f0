package io.jdbcguard.driver.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.jdbcguard.driver.GuardViolationException;
import io.jdbcguard.driver.audit.AuditLog;
import io.jdbcguard.driver.config.WritePolicy;
import io.jdbcguard.driver.jdbc.strategy.Route;
import io.jdbcguard.driver.testing.Recorder;
import io.jdbcguard.rules.Action;
import io.jdbcguard.rules.Dialect;
import io.jdbcguard.rules.GuardEngine;
import io.jdbcguard.rules.Policy;
import java.sql.Connection;
import java.sql.SQLNonTransientException;
import java.sql.SQLSyntaxErrorException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class GateTest {

  private final Recorder database = new Recorder();

  private Gate gate(Policy policy) {
    return Gate.create(
        GuardEngine.create(policy),
        new AuditLog(),
        "gate-test",
        database.stub(Connection.class),
        WritePolicy.DEFAULT);
  }

  private final Gate gate = gate(Policy.defaults(Dialect.POSTGRES));

  @Test
  void runsTheCallForAnAllowedStatementWithoutTouchingTheConnection() throws Exception {
    assertThat(gate.run("SELECT 1", Shapes.UPDATE, null, () -> 42)).isEqualTo(42);
    assertThat(gate.run("CREATE INDEX accounts_id ON accounts (id)", Shapes.UPDATE, null, () -> 1))
        .isEqualTo(1);
    assertThat(database.calls()).isEmpty();
  }

  @Test
  void blocksWithANonTransientSqlExceptionCarryingTheVerdict() {
    AtomicBoolean ran = new AtomicBoolean();

    GuardViolationException e =
        catchThrowableOfType(
            GuardViolationException.class,
            () ->
                gate.run(
                    "DROP TABLE accounts",
                    Shapes.UPDATE,
                    null,
                    () -> {
                      ran.set(true);
                      return 0;
                    }));

    assertThat(ran).isFalse();
    assertThat((Throwable) e).isInstanceOf(SQLSyntaxErrorException.class);
    assertThat((Throwable) e).isInstanceOf(SQLNonTransientException.class);
    assertThat(e.getSQLState()).isEqualTo("42JG1");
    assertThat(e.getVerdict().isBlocked()).isTrue();
    assertThat(e.getMessage()).isEqualTo(e.getVerdict().message()).isNotBlank();
    assertThat(database.calls()).isEmpty();
  }

  @Test
  void runsAStatementWhoseRuleIsSetToWarnUnderTheRowLimit() throws Exception {
    Gate warn =
        gate(
            Policy.builder()
                .dialect(Dialect.POSTGRES)
                .rule("delete-without-where", Action.WARN)
                .build());

    assertThat(warn.run("DELETE FROM accounts", Shapes.UPDATE, null, () -> 3)).isEqualTo(3);
    assertThat(database.calls()).contains("execute(SAVEPOINT jdbc_guard)");
  }

  @Test
  void routesByVerdict() throws Exception {
    Gate dryRun =
        gate(
            Policy.builder()
                .dialect(Dialect.POSTGRES)
                .rule("delete-without-where", Action.DRY_RUN)
                .build());

    assertThat(dryRun.decide("SELECT * FROM accounts", false).route()).isEqualTo(Route.DIRECT);
    assertThat(dryRun.decide("INSERT INTO accounts VALUES (1)", false).route())
        .isEqualTo(Route.MEASURED);
    assertThat(dryRun.decide("CREATE TABLE t (id INT)", false).route()).isEqualTo(Route.DIRECT);
    assertThat(dryRun.decide("UPDATE accounts SET x = 1 WHERE id = ?", false).route())
        .isEqualTo(Route.MEASURED);
    assertThat(dryRun.decide("DELETE FROM accounts", false).route()).isEqualTo(Route.DRY_RUN);
  }

  @Test
  void passesLongAndBooleanResultsThrough() throws Exception {
    assertThat(gate.run("SELECT 1", Shapes.LARGE_UPDATE, null, () -> 5_000_000_000L))
        .isEqualTo(5_000_000_000L);
    assertThat(gate.run("SELECT 1", Shapes.EXECUTE, null, () -> true)).isTrue();
  }
}
