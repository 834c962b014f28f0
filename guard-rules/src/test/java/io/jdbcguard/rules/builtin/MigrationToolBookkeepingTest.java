package io.jdbcguard.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import io.jdbcguard.rules.Dialect;
import io.jdbcguard.rules.GuardEngine;
import io.jdbcguard.rules.Policy;
import io.jdbcguard.rules.Profile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Migration tools' own bookkeeping (contract section 2): Flyway's SET ROLE, Liquibase's lock table. */
class MigrationToolBookkeepingTest {

  private static GuardEngine engine(Dialect d, Profile p, String role) {
    return GuardEngine.create(Policy.builder().dialect(d).profile(p).loginRole(role).build());
  }

  @ParameterizedTest
  @EnumSource(value = Profile.class, names = {"AGENT", "MIGRATION", "READ_ONLY"})
  void allowsSetRoleBackToTheLoginRole(Profile profile) {
    GuardEngine e = engine(Dialect.POSTGRES, profile, "flyway_user");
    for (String sql : new String[] {"SET ROLE 'flyway_user'", "SET ROLE flyway_user", "SET SESSION ROLE flyway_user",
        "set local role \"flyway_user\"", "SET ROLE NONE", "RESET ROLE", "SET role = 'flyway_user'"}) {
      assertThat(e.check(sql).ruleIds()).as(sql).doesNotContain("privilege-change");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"SET ROLE admin", "SET ROLE 'FLYWAY_USER'", "SET ROLE \"Flyway_user\"",
      "SET SESSION AUTHORIZATION flyway_user", "SET ROLE 'flyway_user'; SET ROLE admin"})
  void refusesEveryOtherRole(String sql) {
    assertThat(engine(Dialect.POSTGRES, Profile.AGENT, "flyway_user").check(sql).ruleIds()).contains("privilege-change");
  }

  @Test
  void refusesSetRoleWhenTheLoginRoleIsUnknown() {
    assertThat(engine(Dialect.POSTGRES, Profile.AGENT, null).check("SET ROLE 'flyway_user'").ruleIds())
        .contains("privilege-change");
    assertThat(engine(Dialect.MYSQL, Profile.AGENT, "app").check("SET ROLE NONE").ruleIds())
        .doesNotContain("privilege-change");
    assertThat(engine(Dialect.MYSQL, Profile.AGENT, "app").check("SET ROLE 'app'").ruleIds())
        .contains("privilege-change");
    assertThat(engine(Dialect.MYSQL, Profile.AGENT, "app").check("SET ROLE NONE, admin").ruleIds())
        .contains("privilege-change");
  }

  @ParameterizedTest
  @ValueSource(strings = {"DELETE FROM databasechangeloglock", "DELETE FROM public.databasechangeloglock",
      "DELETE FROM DATABASECHANGELOGLOCK", "delete from \"DATABASECHANGELOGLOCK\""})
  void allowsLiquibaseEmptyingItsLockTable(String sql) {
    for (Profile p : new Profile[] {Profile.AGENT, Profile.MIGRATION}) {
      assertThat(engine(Dialect.POSTGRES, p, null).check(sql).ruleIds()).as(sql).isEmpty();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"DELETE FROM databasechangelog", "DELETE FROM flyway_schema_history",
      "DELETE FROM databasechangeloglock_copy", "DELETE FROM databasechangeloglock l USING orders o",
      "DELETE FROM databasechangeloglock RETURNING *", "DELETE FROM orders, databasechangeloglock",
      "WITH d AS (DELETE FROM databasechangeloglock RETURNING *) DELETE FROM orders"})
  void neverTheHistoryTablesOrAnythingMore(String sql) {
    assertThat(engine(Dialect.POSTGRES, Profile.AGENT, null).check(sql).isBlocked()).as(sql).isTrue();
  }
}
