package io.jdbcguard.driver.integration;

import static org.assertj.core.api.Assertions.assertThat;

import liquibase.database.DatabaseFactory;
import org.flywaydb.core.internal.database.DatabaseTypeRegister;
import org.junit.jupiter.api.Test;

/** Flyway and Liquibase find the guard's driver from a jdbc:guard: URL; other URLs are theirs. */
class ToolUrlDetectionTest {

  @Test
  void flywayPicksTheGuardTypeAndDriverForGuardUrls() {
    for (String url :
        new String[] {"jdbc:guard:postgresql://db/shop", "jdbc:guard:mariadb://db/shop", "jdbc:guard:mysql://db/shop"}) {
      var type = DatabaseTypeRegister.getDatabaseTypeForUrl(url, null);
      assertThat(type).as(url).isInstanceOf(FlywayGuardUrls.class);
      assertThat(type.getDriverClass(url, getClass().getClassLoader())).isEqualTo("io.jdbcguard.driver.GuardDriver");
    }
  }

  @Test
  void flywayKeepsItsOwnTypesForPlainUrls() {
    assertThat(DatabaseTypeRegister.getDatabaseTypeForUrl("jdbc:postgresql://db/shop", null))
        .isNotInstanceOf(FlywayGuardUrls.class);
    assertThat(new FlywayGuardUrls().handlesJDBCUrl("jdbc:postgresql://db/guard")).isFalse();
    assertThat(new FlywayGuardUrls().handlesDatabaseProductNameAndVersion("PostgreSQL", "15", null)).isFalse();
  }

  @Test
  void liquibaseFindsTheGuardDriverForGuardUrls() {
    DatabaseFactory factory = DatabaseFactory.getInstance();

    assertThat(factory.findDefaultDriver("jdbc:guard:postgresql://db/shop")).isEqualTo("io.jdbcguard.driver.GuardDriver");
    assertThat(factory.findDefaultDriver("jdbc:guard:mariadb://db/shop")).isEqualTo("io.jdbcguard.driver.GuardDriver");
    assertThat(factory.findDefaultDriver("jdbc:postgresql://db/shop")).isEqualTo("org.postgresql.Driver");
  }

  @Test
  void liquibaseNeverChoosesTheGuardForAConnection() {
    assertThat(new LiquibaseGuardUrls().isCorrectDatabaseImplementation(null)).isFalse();
    assertThat(new LiquibaseGuardUrls().getDefaultDriver("jdbc:mariadb://db/shop")).isNull();
  }
}
