package io.jdbcguard.driver.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jdbcguard.rules.Action;
import io.jdbcguard.rules.Dialect;
import io.jdbcguard.rules.Policy;
import io.jdbcguard.rules.Profile;
import io.jdbcguard.rules.StatementKind;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GuardConfigTest {

  private static GuardConfig resolve(Map<String, String> url, Properties info, Dialect inferred)
      throws SQLException {
    return GuardConfig.resolve(GuardSettings.merge(url, info), inferred);
  }

  @Test
  void usesTheDefaultsAndTheInferredDialectWhenNothingIsSet() throws SQLException {
    GuardConfig config = resolve(Map.of(), new Properties(), Dialect.MYSQL);

    assertThat(config.policy()).isEqualTo(Policy.defaults(Dialect.MYSQL));
    assertThat(config.policy().profile()).isEqualTo(Profile.AGENT);
    assertThat(config.policy().cacheSize()).isEqualTo(Policy.DEFAULT_CACHE_SIZE);
    assertThat(config.unwrap()).isEqualTo(UnwrapPolicy.DENY);
    assertThat(config.connectionIdPrefix()).isEqualTo("conn-");
  }

  @Test
  void urlParametersWinOverPropertiesWhichWinOverDefaults() throws SQLException {
    Properties info = new Properties();
    info.setProperty("guard.dialect", "generic");
    info.setProperty("guard.cacheSize", "7");

    GuardConfig config = resolve(Map.of("guard.dialect", "mysql"), info, Dialect.POSTGRES);

    assertThat(config.policy().dialect()).isEqualTo(Dialect.MYSQL);
    assertThat(config.policy().cacheSize()).isEqualTo(7);
  }

  @Test
  void readsPropertiesDefaultsAndNonStringValues() throws SQLException {
    Properties defaults = new Properties();
    defaults.setProperty("guard.unwrap", "allow");
    Properties info = new Properties(defaults);
    info.put("guard.cacheSize", 0);

    GuardConfig config = resolve(Map.of(), info, Dialect.POSTGRES);

    assertThat(config.unwrap()).isEqualTo(UnwrapPolicy.ALLOW);
    assertThat(config.policy().cacheSize()).isZero();
  }

  @Test
  void readsPerRuleOverrides() throws SQLException {
    GuardConfig config =
        resolve(
            Map.of(
                "guard.rule.delete-without-where", "dry_run", "guard.rule.null-comparison", "WARN"),
            null,
            Dialect.POSTGRES);

    assertThat(config.policy().ruleActions())
        .containsEntry("delete-without-where", Action.DRY_RUN)
        .containsEntry("null-comparison", Action.WARN);
  }

  @Test
  void readsTheApprovalsSwitchOffByDefault() throws SQLException {
    assertThat(resolve(Map.of(), null, Dialect.POSTGRES).approvals()).isFalse();
    assertThat(resolve(Map.of("guard.approvals", "on"), null, Dialect.POSTGRES).approvals())
        .isTrue();
    assertThat(resolve(Map.of("guard.approvals", "OFF"), null, Dialect.POSTGRES).approvals())
        .isFalse();
    assertThatThrownBy(() -> resolve(Map.of("guard.approvals", "maybe"), null, Dialect.POSTGRES))
        .hasMessageContaining("guard.approvals")
        .hasMessageContaining("off, on");
  }

  @ParameterizedTest
  @ValueSource(strings = {"allow", "warn", "dry-run"})
  void neverLoosensTheGuardTableRule(String action) {
    assertThatThrownBy(
            () -> resolve(Map.of("guard.rule.guard-table-write", action), null, Dialect.MYSQL))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("guard.rule.guard-table-write=" + action)
        .extracting(e -> ((SQLException) e).getSQLState())
        .isEqualTo("22023");
  }

  @Test
  void acceptsBlockForTheGuardTableRule() throws SQLException {
    assertThat(
            resolve(Map.of("guard.rule.guard-table-write", "block"), null, Dialect.MYSQL)
                .policy()
                .ruleActions())
        .containsEntry("guard-table-write", Action.BLOCK);
  }

  @Test
  void rejectsAnUnknownGuardKeyNamingItAndTheKnownKeys() {
    assertThatThrownBy(() -> resolve(Map.of("guard.cachesize", "5"), null, Dialect.POSTGRES))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("unknown setting guard.cachesize")
        .hasMessageContaining("guard.cacheSize")
        .hasMessageContaining("guard.rule.<rule-id>")
        .extracting(e -> ((SQLException) e).getSQLState())
        .isEqualTo("22023");
  }

  @ParameterizedTest
  @CsvSource({
    "guard.dialect, oracle, 'postgres, mysql, generic'",
    "guard.profile, yolo, agent",
    "guard.rule.delete-without-where, maybe, 'allow, warn, dry-run, block'",
    "guard.cacheSize, -1, '>= 0'",
    "guard.cacheSize, lots, '>= 0'",
    "guard.unwrap, sometimes, 'deny, allow'",
    "guard.rule., block, 'known settings'",
    "guard.maxAffectedRows, -5, '>= 0'",
    "guard.maxAffectedRows, many, '>= 0'",
    "guard.mode, yolo, 'enforce, sandbox'",
    "guard.dryRun, select, 'none or a comma-separated list of insert, update'",
    "guard.dryRun, 'none,update', 'none or a comma-separated list'",
    "guard.rule.row-limit, dry-run, 'allow, warn, block'",
    "guard.protect, '', 'glob patterns'",
  })
  void rejectsABadValueNamingTheKeyTheValueAndTheAllowedValues(
      String key, String value, String allowed) {
    Properties info = new Properties();
    info.setProperty(key, value);

    assertThatThrownBy(() -> resolve(Map.of(), info, Dialect.POSTGRES))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining(key)
        .hasMessageContaining(allowed)
        .extracting(e -> ((SQLException) e).getSQLState())
        .isEqualTo("22023");
  }

  @Test
  void theWriteSettingsDefaultToALimitOfAThousandEnforcedWithoutDryRuns() throws SQLException {
    WritePolicy writes = resolve(Map.of(), null, Dialect.POSTGRES).writes();

    assertThat(writes.maxAffectedRows()).isEqualTo(1000);
    assertThat(writes.rowLimit()).isEqualTo(Action.BLOCK);
    assertThat(writes.mode()).isEqualTo(Mode.ENFORCE);
    assertThat(writes.dryRunKinds()).isEmpty();
    assertThat(writes.limitsRows()).isTrue();
  }

  @Test
  void readsTheWriteSettings() throws SQLException {
    WritePolicy writes =
        resolve(
                Map.of(
                    "guard.maxAffectedRows", "50",
                    "guard.mode", "dry-run",
                    "guard.dryRun", "Insert, DDL",
                    "guard.rule.row-limit", "warn"),
                null,
                Dialect.POSTGRES)
            .writes();

    assertThat(writes.maxAffectedRows()).isEqualTo(50);
    assertThat(writes.mode()).isEqualTo(Mode.SANDBOX);
    assertThat(writes.dryRunKinds())
        .containsExactlyInAnyOrder(StatementKind.INSERT, StatementKind.DDL);
    assertThat(writes.rowLimit()).isEqualTo(Action.WARN);
  }

  @Test
  void theRowLimitWarnsInTheAuditProfileAndIsOffAtZeroOrAllow() throws SQLException {
    assertThat(
            resolve(Map.of("guard.profile", "audit"), null, Dialect.POSTGRES).writes().rowLimit())
        .isEqualTo(Action.WARN);
    assertThat(
            resolve(Map.of("guard.maxAffectedRows", "0"), null, Dialect.POSTGRES)
                .writes()
                .limitsRows())
        .isFalse();
    assertThat(
            resolve(Map.of("guard.rule.row-limit", "allow"), null, Dialect.POSTGRES)
                .writes()
                .limitsRows())
        .isFalse();
  }

  @Test
  void theRowLimitRuleIsTheDriversAndNeverReachesTheEngine() throws SQLException {
    assertThat(
            resolve(Map.of("guard.rule.row-limit", "block"), null, Dialect.POSTGRES)
                .policy()
                .ruleActions())
        .isEmpty();
  }

  @Test
  void acceptsDialectAliases() throws SQLException {
    assertThat(
            resolve(Map.of("guard.dialect", "MariaDB"), null, Dialect.GENERIC).policy().dialect())
        .isEqualTo(Dialect.MYSQL);
  }
}
