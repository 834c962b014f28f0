package io.jdbcguard.rules.builtin;

import static io.jdbcguard.rules.builtin.RuleAssertions.assertBlocks;
import static io.jdbcguard.rules.builtin.RuleAssertions.assertSilent;

import io.jdbcguard.rules.Dialect;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DisableChecksTest {

  private static final String RULE = "disable-checks";

  @ParameterizedTest
  @ValueSource(strings = {
    "SET session_replication_role = replica",
    "SET session_replication_role TO 'replica'",
    "SET LOCAL session_replication_role = replica",
    "SET SESSION session_replication_role = local",
  })
  void flags(String sql) {
    assertBlocks(Dialect.POSTGRES, RULE, sql);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "SET session_replication_role = DEFAULT",
    "SET session_replication_role = origin",
    "SET search_path = app",
    "SHOW session_replication_role",
  })
  void allowsNearMisses(String sql) {
    assertSilent(Dialect.POSTGRES, RULE, sql);
  }
}
