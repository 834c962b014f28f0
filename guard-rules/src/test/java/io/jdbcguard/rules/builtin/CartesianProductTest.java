package io.jdbcguard.rules.builtin;

import static io.jdbcguard.rules.builtin.RuleAssertions.assertFlags;
import static io.jdbcguard.rules.builtin.RuleAssertions.assertSilent;

import io.jdbcguard.rules.Action;
import io.jdbcguard.rules.Dialect;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CartesianProductTest {

  private static final String RULE = "cartesian-product";

  @ParameterizedTest
  @ValueSource(strings = {"SELECT * FROM a, b", "SELECT * FROM a CROSS JOIN b"})
  void warnsOnUnconditionedJoins(String sql) {
    assertFlags(Dialect.POSTGRES, RULE, Action.WARN, sql);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "SELECT * FROM a, b WHERE a.id = b.a_id",
    "SELECT * FROM a JOIN b ON a.id = b.a_id",
    "SELECT * FROM a, LATERAL (SELECT 1) x",
    "SELECT * FROM a JOIN b USING (id)",
  })
  void allowsConditionedJoins(String sql) {
    assertSilent(Dialect.POSTGRES, RULE, sql);
  }
}
