package io.jdbcguard.driver.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jdbcguard.rules.Action;
import io.jdbcguard.rules.Dialect;
import io.jdbcguard.rules.Profile;
import io.jdbcguard.rules.StatementKind;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProtectionTest {

  private static final DatabaseTarget PROD =
      DatabaseTarget.parse("jdbc:postgresql://prod-db-1:5432/orders");
  private static final DatabaseTarget DEV =
      DatabaseTarget.parse("jdbc:postgresql://localhost:5432/orders_dev");

  private static GuardConfig resolve(
      Map<String, String> url,
      Map<String, String> properties,
      Map<String, String> file,
      DatabaseTarget target)
      throws SQLException {
    return GuardConfig.resolve(
        new SettingSources(url, properties, file, "ops.properties"), Dialect.POSTGRES, target);
  }

  @Test
  void matchesGlobsAgainstHostsAndTheDatabaseIgnoringCase() throws SQLException {
    Protection protection =
        Protection.of(
            new SettingSources(
                Map.of("guard.protect", "*PROD*, billing"), Map.of(), Map.of(), null));

    assertThat(protection.matchFor(PROD)).contains("*prod*").contains("prod-db-1");
    assertThat(protection.matchFor(DEV)).isNull();
    assertThat(protection.matchFor(DatabaseTarget.parse("jdbc:mariadb://db/billing")))
        .contains("database billing");
    assertThat(protection.matchFor(DatabaseTarget.parse("jdbc:mariadb://db/billing_copy")))
        .isNull();
  }

  @ParameterizedTest
  @CsvSource({
    "guard.rule.drop-object, allow",
    "guard.rule.delete-without-where, warn",
    "guard.rule.delete-without-where, dry-run",
    "guard.rule.row-limit, warn",
    "guard.rule.row-limit, allow",
    "guard.maxAffectedRows, 0",
    "guard.profile, audit",
    "guard.unwrap, allow",
  })
  void refusesEveryLooseningSettingOnAProtectedDatabaseFromAnySource(String key, String value) {
    for (int source = 0; source < 3; source++) {
      Map<String, String> loosening = Map.of(key, value);
      Map<String, String> protect = Map.of("guard.protect", "*prod*");
      int s = source;
      assertThatThrownBy(
              () ->
                  resolve(
                      s == 0 ? loosening : Map.of(),
                      s == 1 ? loosening : Map.of(),
                      s == 2 ? Map.of("guard.protect", "*prod*", key, value) : protect,
                      PROD))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining(key + "=" + value)
          .hasMessageContaining("protected database")
          .hasMessageContaining("prod-db-1")
          .extracting(e -> ((SQLException) e).getSQLState())
          .isEqualTo("22023");
    }
  }

  @Test
  void looseningSettingsAreFineWhereNothingMatches() throws SQLException {
    GuardConfig config =
        resolve(
            Map.of("guard.rule.drop-object", "allow", "guard.maxAffectedRows", "0"),
            Map.of(),
            Map.of("guard.protect", "*prod*"),
            DEV);

    assertThat(config.policy().ruleActions()).containsEntry("drop-object", Action.ALLOW);
    assertThat(config.writes().limitsRows()).isFalse();
  }

  @Test
  void refusesRaisingTheRowLimitAboveItsDefault() {
    for (String limit : new String[] {"1001", "2000000000"}) {
      assertThatThrownBy(
              () ->
                  resolve(
                      Map.of("guard.maxAffectedRows", limit),
                      Map.of(),
                      Map.of("guard.protect", "*prod*"),
                      PROD))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("guard.maxAffectedRows=" + limit)
          .hasMessageContaining("not raised");
    }
  }

  @Test
  void allowsTheDefaultRowLimitOrALowerOne() throws SQLException {
    assertThat(
            resolve(Map.of("guard.maxAffectedRows", "1000"), Map.of(), Map.of("guard.protect", "*prod*"), PROD)
                .writes()
                .maxAffectedRows())
        .isEqualTo(1000);
    assertThat(
            resolve(Map.of("guard.maxAffectedRows", "5"), Map.of(), Map.of("guard.protect", "*prod*"), PROD)
                .writes()
                .maxAffectedRows())
        .isEqualTo(5);
  }

  @Test
  void theStrictestValueOfEverySourceWinsOverPrecedence() throws SQLException {
    GuardConfig config =
        resolve(
            Map.of(
                "guard.profile", "agent", "guard.maxAffectedRows", "500", "guard.dryRun", "ddl"),
            Map.of("guard.mode", "enforce", "guard.dryRun", "insert"),
            Map.of(
                "guard.protect", "*prod*",
                "guard.profile", "read-only",
                "guard.maxAffectedRows", "200",
                "guard.mode", "sandbox"),
            PROD);

    assertThat(config.policy().profile()).isEqualTo(Profile.READ_ONLY);
    assertThat(config.writes().maxAffectedRows()).isEqualTo(200);
    assertThat(config.writes().sandbox()).isTrue();
    assertThat(config.writes().dryRunKinds())
        .containsExactlyInAnyOrder(StatementKind.DDL, StatementKind.INSERT);
  }

  @Test
  void aUrlCannotRemoveAPatternThatAnotherSourceSet() throws SQLException {
    assertThatThrownBy(
            () ->
                resolve(
                    Map.of("guard.protect", "nothing-matches-this", "guard.unwrap", "allow"),
                    Map.of(),
                    Map.of("guard.protect", "*prod*"),
                    PROD))
        .hasMessageContaining("guard.unwrap=allow");
  }

  @Test
  void withoutATargetNothingIsProtectedYet() throws SQLException {
    GuardConfig config =
        resolve(Map.of("guard.unwrap", "allow"), Map.of(), Map.of("guard.protect", "*"), null);

    assertThat(config.protection().patterns()).containsExactly("*");
    assertThat(config.protects(PROD)).isTrue();
  }

  @Test
  void anEmptyPatternListIsABadValue() {
    assertThatThrownBy(() -> resolve(Map.of("guard.protect", " , "), Map.of(), Map.of(), DEV))
        .hasMessageContaining("guard.protect")
        .hasMessageContaining("glob patterns");
  }
}
