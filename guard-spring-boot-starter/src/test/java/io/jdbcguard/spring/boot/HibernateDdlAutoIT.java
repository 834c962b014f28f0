package io.jdbcguard.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.jdbcguard.spring.boot.shop.Customer;
import io.jdbcguard.spring.boot.shop.CustomerRepository;
import io.jdbcguard.spring.boot.shop.ShopApplication;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The dev/test recipe for Hibernate's {@code ddl-auto=create-drop} (docs/frameworks.md): in the
 * {@code dev} profile only ({@code application-dev.properties}), Hibernate may drop the tables it
 * is about to create; everything else stays refused. The schema is created, used and dropped with
 * no refusal at start-up.
 */
@SpringBootTest(classes = ShopApplication.class)
@ActiveProfiles("dev")
class HibernateDdlAutoIT {

  private static final String SCHEMA = StarterDatabase.newSchema("guard_boot_ddl");

  @Autowired CustomerRepository customers;

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
  }

  @AfterAll
  static void dropTheSchema() throws SQLException {
    StarterDatabase.dropSchema(SCHEMA);
  }

  @Test
  void hibernateCreatedTheSchemaThroughTheGuard() throws SQLException {
    assertThat(StarterDatabase.count(SCHEMA, "SELECT count(*) FROM information_schema.tables WHERE table_schema = '"
        + SCHEMA + "' AND table_name = 'customer'")).isEqualTo(1);
    Customer saved = customers.save(new Customer("Edsger", "Austin"));
    assertThat(customers.findById(saved.getId())).isPresent();
  }

  @Test
  void theRestOfTheAgentProfileStillHolds() {
    Throwable refused = catchThrowable(() -> customers.deleteAllInBatch());

    assertThat(refused).isInstanceOf(GuardViolationDataAccessException.class).hasMessageContaining("[delete-without-where]");
  }
}
