package io.jdbcguard.rules.builtin;

import static io.jdbcguard.rules.builtin.RuleAssertions.assertBlocks;
import static io.jdbcguard.rules.builtin.RuleAssertions.assertSilent;

import io.jdbcguard.rules.Dialect;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ServerChangeTest {

  private static final String RULE = "server-change";

  @ParameterizedTest
  @ValueSource(strings = {
    "ALTER SYSTEM SET work_mem = '1GB'",
    "ALTER SYSTEM RESET ALL",
    "CREATE EXTENSION dblink",
    "CREATE EXTENSION IF NOT EXISTS plpython3u",
    "ALTER DATABASE d SET work_mem = '1GB'",
    "LOAD 'auto_explain'",
    "CREATE SERVER s FOREIGN DATA WRAPPER postgres_fdw",
  })
  void flags(String sql) {
    assertBlocks(Dialect.POSTGRES, RULE, sql);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "SET work_mem = '64MB'",
    "SET LOCAL statement_timeout = 5000",
    "SELECT * FROM pg_extension",
  })
  void allowsNearMisses(String sql) {
    assertSilent(Dialect.POSTGRES, RULE, sql);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "ALTER PUBLICATION p ADD TABLE t",
    "ALTER PUBLICATION p SET TABLE t, u",
    "ALTER PUBLICATION p SET (publish = 'insert')",
    "ALTER PUBLICATION p OWNER TO x",
  })
  void flagsPublicationChanges(String sql) {
    RuleAssertions.assertBlocks(Dialect.POSTGRES, RULE, sql);
  }
}
