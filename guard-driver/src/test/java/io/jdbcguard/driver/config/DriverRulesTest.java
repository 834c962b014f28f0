package io.jdbcguard.driver.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jdbcguard.rules.Action;
import io.jdbcguard.rules.Dialect;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DriverRulesTest {

  @Test
  void blockByDefaultAndWarnUnderAudit() throws SQLException {
    DriverRules agent = GuardConfig.resolve(Map.of(), Dialect.POSTGRES).driverRules();
    DriverRules audit =
        GuardConfig.resolve(Map.of("guard.profile", "audit"), Dialect.POSTGRES).driverRules();
    assertThat(agent).isEqualTo(new DriverRules(Action.BLOCK, Action.BLOCK));
    assertThat(audit).isEqualTo(new DriverRules(Action.WARN, Action.WARN));
  }

  @Test
  void areOverriddenLikeEngineRules() throws SQLException {
    DriverRules rules =
        GuardConfig.resolve(
                Map.of("guard.rule.ambiguous-split", "warn", "guard.rule.lob-write", "allow"),
                Dialect.POSTGRES)
            .driverRules();
    assertThat(rules).isEqualTo(new DriverRules(Action.WARN, Action.ALLOW));
  }

  @Test
  void rejectDryRunAndUnknownValuesNamingTheKey() {
    assertThatThrownBy(
            () -> GuardConfig.resolve(Map.of("guard.rule.lob-write", "dry-run"), Dialect.POSTGRES))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("guard.rule.lob-write")
        .hasMessageContaining("allow, warn, block")
        .extracting(e -> ((SQLException) e).getSQLState())
        .isEqualTo("22023");
    assertThatThrownBy(
            () ->
                GuardConfig.resolve(
                    Map.of("guard.rule.ambiguous-split", "sometimes"), Dialect.POSTGRES))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("guard.rule.ambiguous-split");
  }

  @Test
  void cannotBeLoosenedOnAProtectedDatabase() throws SQLException {
    SettingSources sources =
        SettingSources.of(
            Map.of("guard.protect", "*prod*", "guard.rule.ambiguous-split", "allow"), Map.of());
    assertThatThrownBy(
            () ->
                GuardConfig.resolve(
                    sources,
                    Dialect.POSTGRES,
                    DatabaseTarget.parse("jdbc:postgresql://db-prod:5432/shop")))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("guard.rule.ambiguous-split");
  }
}
