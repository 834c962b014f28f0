package io.jdbcguard.rules.builtin;

import static io.jdbcguard.rules.builtin.RuleAssertions.assertBlocks;
import static io.jdbcguard.rules.builtin.RuleAssertions.assertSilent;

import io.jdbcguard.rules.Dialect;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DropObjectTest {

  private static final String RULE = "drop-object";

  @ParameterizedTest
  @ValueSource(strings = {
    "DROP TABLE t",
    "DROP TABLE IF EXISTS a, b CASCADE",
    "drop view v",
    "DROP MATERIALIZED VIEW mv",
    "DROP SCHEMA s CASCADE",
    "DROP DATABASE d",
    "DROP INDEX CONCURRENTLY i",
    "DROP SEQUENCE s",
    "DROP FUNCTION f(int)",
    "DROP PROCEDURE p",
    "DROP TRIGGER tr ON t",
    "DROP TYPE ty",
    "DROP EXTENSION e",
    "DROP ROLE r",
    "DROP USER u",
    "DROP OWNED BY u",
    "DROP POLICY p ON t",
    "/* x */ DROP TABLE t",
    "SELECT 1; DROP TABLE t",
  })
  void flags(String sql) {
    assertBlocks(Dialect.POSTGRES, RULE, sql);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "SELECT 'DROP TABLE x'",
    "SELECT drop_reason FROM t",
    "SELECT \"DROP\" FROM t",
    "SELECT $$DROP TABLE t$$",
    "-- DROP TABLE t\nSELECT 1",
    "ALTER TABLE t ALTER COLUMN c DROP DEFAULT",
    "ALTER TABLE t ALTER COLUMN c DROP NOT NULL",
  })
  void allowsNearMisses(String sql) {
    assertSilent(Dialect.POSTGRES, RULE, sql);
  }
}
