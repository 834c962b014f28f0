package io.jdbcguard.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.zaxxer.hikari.HikariDataSource;
import io.jdbcguard.driver.GuardViolationException;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.data.jpa.JpaRepositoriesAutoConfiguration;
import org.springframework.boot.autoconfigure.orm.jpa.HibernateJpaAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Spring Boot without the starter: {@code spring.datasource.url=jdbc:guard:...} and the
 * credentials are all it takes (the driver's {@code SpringBootDriverClass} supplies the driver
 * class Boot cannot guess), and Flyway gets its own guard URL with the migration profile through
 * {@code spring.flyway.url}. The application is started as an application starts, with its
 * properties known before Boot's post-processors run (as from application.properties or the
 * environment).
 */
class PlainBootUrlIT {

  /** An application that does not use the starter's auto-configuration. */
  @SpringBootConfiguration
  @EnableAutoConfiguration(
      exclude = {
        JdbcGuardAutoConfiguration.class,
        HibernateJpaAutoConfiguration.class,
        JpaRepositoriesAutoConfiguration.class
      })
  static class PlainApplication {}

  private static final String SCHEMA = StarterDatabase.newSchema("guard_boot_plain");
  private static ConfigurableApplicationContext app;

  @BeforeAll
  static void startTheApplication() throws SQLException {
    StarterDatabase.requireServer();
    StarterDatabase.createSchema(SCHEMA);
    Map<String, Object> properties = new HashMap<>();
    properties.put("spring.datasource.url", StarterDatabase.url(SCHEMA, true));
    properties.put("spring.datasource.username", StarterDatabase.USER);
    properties.put("spring.datasource.password", StarterDatabase.PASSWORD);
    properties.put("spring.flyway.url", StarterDatabase.url(SCHEMA, true) + "&guard.profile=migration");
    properties.put("spring.flyway.user", StarterDatabase.USER);
    properties.put("spring.flyway.password", StarterDatabase.PASSWORD);
    properties.put("spring.flyway.schemas", SCHEMA);
    properties.put("spring.liquibase.enabled", "false");
    properties.put("spring.main.banner-mode", "off");
    properties.put("logging.level.root", "warn");
    properties.put("logging.level.io.jdbcguard.audit", "off");
    app = new SpringApplicationBuilder(PlainApplication.class)
        .web(WebApplicationType.NONE)
        .properties(properties)
        .run();
  }

  @AfterAll
  static void stopIt() throws SQLException {
    if (app != null) {
      app.close();
    }
    StarterDatabase.dropSchema(SCHEMA);
  }

  @Test
  void theUrlAloneGivesAGuardedPool() {
    DataSource dataSource = app.getBean(DataSource.class);
    assertThat(dataSource).isInstanceOf(HikariDataSource.class);
    HikariDataSource pool = (HikariDataSource) dataSource;
    assertThat(pool.getJdbcUrl()).startsWith("jdbc:guard:postgresql:");
    assertThat(pool.getDriverClassName()).isEqualTo("io.jdbcguard.driver.GuardDriver");
  }

  @Test
  void flywayMigratedThroughItsOwnGuardUrl() throws SQLException {
    assertThat(StarterDatabase.count(SCHEMA, "SELECT count(*) FROM flyway_schema_history WHERE success"))
        .isEqualTo(2);
  }

  @Test
  void refusesWhatTheAgentProfileRefusesAndRunsItsNearMiss() {
    JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);

    Throwable refused = catchThrowable(() -> jdbc.update("DELETE FROM customer"));

    assertThat(NestedExceptionUtils.getMostSpecificCause(refused))
        .isInstanceOf(GuardViolationException.class)
        .hasMessageStartingWith("[delete-without-where]");
    assertThat(jdbc.update("DELETE FROM customer WHERE id = ?", -1)).isZero();
  }
}
