package io.jdbcguard.driver.reading;

import static org.assertj.core.api.Assertions.assertThat;

import io.jdbcguard.rules.Action;
import io.jdbcguard.rules.Dialect;
import io.jdbcguard.rules.GuardEngine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProtectedReachTest {

  private static ProtectedReach reach(Dialect dialect) {
    return new ProtectedReach(
        name -> name.startsWith("prod") ? "guard.protect pattern prod* matches " + name : null,
        dialect,
        Action.BLOCK);
  }

  private static boolean refused(Dialect dialect, String sql) {
    return reach(dialect)
        .review(sql, GuardEngine.forDialect(dialect).check(sql))
        .ruleIds()
        .contains("protected-database");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "USE prod",
        "use `prod_orders`",
        "SELECT * FROM prod.orders",
        "SELECT * FROM `PROD`.orders",
        "SELECT 1 FROM a JOIN prod.orders ON 1 = 1",
        "SELECT * FROM a, prod.orders",
        "INSERT INTO prod.orders VALUES (1)",
        "UPDATE prod.orders SET a = 1 WHERE id = 1",
        "DELETE FROM prod.orders WHERE id = 1",
        "SELECT prod.orders.id FROM t",
        "SELECT 1; USE prod",
        "DESCRIBE prod.orders",
      })
  void refusesReachingAProtectedMariaDbDatabase(String sql) {
    assertThat(refused(Dialect.MYSQL, sql)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "SET search_path TO prod, public",
        "SET SCHEMA 'prod'",
        "SELECT * FROM \"prod\".orders",
        "TRUNCATE TABLE prod.orders",
      })
  void refusesReachingAProtectedPostgresSchema(String sql) {
    assertThat(refused(Dialect.POSTGRES, sql)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "USE staging",
        "SELECT * FROM staging.orders",
        "SELECT products.id FROM products",
        "SELECT p.prod FROM t p WHERE prod.x = 1",
        "SELECT 'prod.orders'",
        "SELECT * FROM t -- prod.orders",
        "SELECT prod FROM t",
        "SET search_path TO public",
      })
  void allowsItsOwnAndOtherNames(String sql) {
    assertThat(refused(Dialect.MYSQL, sql)).isFalse();
    assertThat(refused(Dialect.POSTGRES, sql)).isFalse();
  }
}
