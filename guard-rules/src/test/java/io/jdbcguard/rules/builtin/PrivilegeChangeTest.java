package io.jdbcguard.rules.builtin;

import static io.jdbcguard.rules.builtin.RuleAssertions.assertBlocks;
import static io.jdbcguard.rules.builtin.RuleAssertions.assertSilent;

import io.jdbcguard.rules.Dialect;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PrivilegeChangeTest {

  private static final String RULE = "privilege-change";

  @ParameterizedTest
  @ValueSource(strings = {
    "GRANT SELECT ON t TO u",
    "GRANT ALL PRIVILEGES ON ALL TABLES IN SCHEMA public TO u",
    "REVOKE ALL ON t FROM u",
    "CREATE ROLE r LOGIN SUPERUSER",
    "ALTER ROLE r SUPERUSER",
    "CREATE USER u WITH PASSWORD 'x'",
    "ALTER USER u WITH PASSWORD 'x'",
    "ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO u",
    "SET ROLE admin",
    "SET LOCAL ROLE admin",
    "SET role = 'admin'",
    "SET SESSION AUTHORIZATION admin",
    "ALTER TABLE t OWNER TO admin",
    "REASSIGN OWNED BY a TO b",
  })
  void flags(String sql) {
    assertBlocks(Dialect.POSTGRES, RULE, sql);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "RESET ROLE",
    "SELECT current_role",
    "SELECT * FROM grants",
    "SELECT has_table_privilege('t', 'select')",
  })
  void allowsNearMisses(String sql) {
    assertSilent(Dialect.POSTGRES, RULE, sql);
  }
}
