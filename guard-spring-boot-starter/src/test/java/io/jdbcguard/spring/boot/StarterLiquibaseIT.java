package io.jdbcguard.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.jdbcguard.driver.GuardDataSource;
import io.jdbcguard.spring.boot.shop.ShopApplication;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The same application with Liquibase instead of Flyway: its change log is applied through the
 * starter's migration guard over the application's pool, while the application itself stays under
 * the agent profile.
 */
@SpringBootTest(
    classes = ShopApplication.class,
    properties = {
      "spring.flyway.enabled=false",
      "spring.liquibase.change-log=classpath:db/changelog/changes.sql",
      "spring.jpa.hibernate.ddl-auto=none"
    })
class StarterLiquibaseIT {

  private static final String SCHEMA = StarterDatabase.newSchema("guard_boot_lb");

  @Autowired DataSource dataSource;
  @Autowired JdbcTemplate jdbc;

  @BeforeAll
  static void needsPostgres() throws SQLException {
    StarterDatabase.requireServer();
    StarterDatabase.createSchema(SCHEMA);
  }

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> StarterDatabase.url(SCHEMA, false));
    registry.add("spring.datasource.username", () -> StarterDatabase.USER);
    registry.add("spring.datasource.password", () -> StarterDatabase.PASSWORD);
    registry.add("spring.liquibase.default-schema", () -> SCHEMA);
  }

  @AfterAll
  static void dropTheSchema() throws SQLException {
    StarterDatabase.dropSchema(SCHEMA);
  }

  @Test
  void liquibaseAppliedItsChangeLogThroughTheGuard() throws SQLException {
    assertThat(StarterDatabase.count(SCHEMA, "SELECT count(*) FROM databasechangelog")).isEqualTo(2);
    assertThat(StarterDatabase.count(SCHEMA, "SELECT count(*) FROM customer_note")).isEqualTo(1);
  }

  @Test
  void theApplicationKeepsTheAgentProfile() {
    assertThat(dataSource).isInstanceOf(GuardDataSource.class);

    Throwable refused = catchThrowable(() -> jdbc.update("DELETE FROM customer_note"));

    assertThat(refused).isInstanceOf(GuardViolationDataAccessException.class).hasMessageContaining("[delete-without-where]");
    assertThat(jdbc.update("DELETE FROM customer_note WHERE id = -1")).isZero();
  }
}
