package io.jdbcguard.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.jdbcguard.driver.GuardDataSource;
import io.jdbcguard.spring.boot.shop.Customer;
import io.jdbcguard.spring.boot.shop.CustomerRepository;
import io.jdbcguard.spring.boot.shop.ShopApplication;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A Boot application as a user writes it (JPA, Flyway, Liquibase, Actuator) with the starter and
 * the plain PostgreSQL URL: the starter guards the HikariCP pool Boot built, Flyway migrates
 * through it under the migration profile, JPA works, and a refusal surfaces as {@link
 * GuardViolationDataAccessException} from repositories and JdbcTemplate alike. Liquibase:
 * {@link StarterLiquibaseIT}.
 */
@SpringBootTest(
    classes = ShopApplication.class,
    properties = {
      "spring.liquibase.enabled=false",
      "spring.jpa.open-in-view=false",
      "jdbc-guard.max-affected-rows=2",
      "management.info.jdbcGuard.enabled=true"
    })
class StarterPostgresIT {

  private static final String SCHEMA = StarterDatabase.newSchema("guard_boot");

  @Autowired DataSource dataSource;
  @Autowired CustomerRepository customers;
  @Autowired JdbcTemplate jdbc;
  @Autowired JdbcGuardHealthIndicator health;
  @Autowired JdbcGuardInfoContributor info;
  @Autowired MeterRegistry meters;

  @BeforeAll
  static void needsPostgres() throws SQLException {
    StarterDatabase.requireServer();
    // the schema is the test's, made (and dropped) outside the guard
    StarterDatabase.createSchema(SCHEMA);
  }

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> StarterDatabase.url(SCHEMA, false));
    registry.add("spring.datasource.username", () -> StarterDatabase.USER);
    registry.add("spring.datasource.password", () -> StarterDatabase.PASSWORD);
    registry.add("spring.flyway.schemas", () -> SCHEMA);
  }

  @AfterAll
  static void dropTheSchema() throws SQLException {
    StarterDatabase.dropSchema(SCHEMA);
  }

  @Test
  void guardsTheDataSourceBootBuilt() {
    assertThat(dataSource).isInstanceOf(GuardDataSource.class);
    assertThat(dataSource.toString()).contains("HikariDataSource");
  }

  @Test
  void flywayMigratedThroughTheGuard() throws SQLException {
    assertThat(StarterDatabase.count(SCHEMA, "SELECT count(*) FROM flyway_schema_history WHERE success"))
        .isEqualTo(2);
    assertThat(StarterDatabase.count(SCHEMA, "SELECT count(*) FROM customer")).isGreaterThanOrEqualTo(3);
  }

  @Test
  void jpaCrudWorksThroughTheGuard() {
    Customer saved = customers.save(new Customer("Barbara", "Boston"));
    assertThat(customers.findById(saved.getId())).get().extracting(Customer::getName).isEqualTo("Barbara");

    saved.setCity("Cambridge");
    customers.save(saved);
    assertThat(customers.findByCity("Cambridge")).extracting(Customer::getName).contains("Barbara");

    customers.deleteById(saved.getId());
    assertThat(customers.findById(saved.getId())).isEmpty();
  }

  @Test
  void deleteAllInBatchIsRefusedWithTheTranslatedException() {
    long before = customers.count();

    Throwable refused = catchThrowable(() -> customers.deleteAllInBatch());

    assertThat(refused).isInstanceOf(GuardViolationDataAccessException.class);
    GuardViolationDataAccessException e = (GuardViolationDataAccessException) refused;
    assertThat(e.getRuleIds()).contains("delete-without-where");
    assertThat(e.getMessage()).contains("[delete-without-where]");
    assertThat(e.getRefusal().getSQLState()).isEqualTo("42JG1");
    assertThat(customers.count()).isEqualTo(before).isPositive();
  }

  @Test
  void jdbcTemplateRefusalIsTranslatedAndItsNearMissRuns() {
    Throwable refused = catchThrowable(() -> jdbc.update("UPDATE customer SET city = 'Nowhere'"));

    assertThat(refused).isInstanceOf(GuardViolationDataAccessException.class).hasMessageContaining("[update-without-where]");
    assertThat(jdbc.update("UPDATE customer SET city = city WHERE name = ?", "Ada")).isEqualTo(1);
  }

  @Test
  void theRowLimitPropertyApplies() {
    // three or more rows match a real WHERE; jdbc-guard.max-affected-rows=2
    Throwable refused = catchThrowable(() -> customers.moveEveryone("Paris"));

    assertThat(refused).isInstanceOf(GuardViolationDataAccessException.class).hasMessageContaining("[row-limit]");
    assertThat(customers.findByCity("Paris")).isEmpty();
    assertThat(meters.find("jdbc.guard.row.limit.refusals").counter()).isNotNull();
    assertThat(meters.find("jdbc.guard.row.limit.refusals").counter().count()).isPositive();
  }

  @Test
  void decisionsAreMetered() {
    catchThrowable(() -> jdbc.update("DELETE FROM flyway_schema_history"));

    Timer blocked =
        meters.find("jdbc.guard.decisions").tags("action", "block", "rule", "delete-without-where").timer();
    assertThat(blocked).isNotNull();
    assertThat(blocked.count()).isPositive();
    assertThat(meters.find("jdbc.guard.decisions").tags("action", "allow").timers()).isNotEmpty();
  }

  @Test
  void actuatorReportsTheGuard() {
    Health h = health.health();
    assertThat(h.getStatus()).isEqualTo(Status.UP);
    assertThat(h.getDetails()).containsEntry("guardedDataSources", 1).containsEntry("migrationProfile", "migration");

    Info.Builder builder = new Info.Builder();
    info.contribute(builder);
    @SuppressWarnings("unchecked")
    Map<String, Object> details = (Map<String, Object>) builder.build().getDetails().get("jdbc-guard");
    assertThat(details).containsKey("version");
    assertThat(details.get("settings").toString()).contains("guard.maxAffectedRows=2");
    assertThat(details.get("migrationSettings").toString()).contains("guard.profile=migration");
  }
}
