package io.jdbcguard.rules.builtin;

import static io.jdbcguard.rules.builtin.RuleAssertions.assertBlocks;
import static io.jdbcguard.rules.builtin.RuleAssertions.assertSilent;

import io.jdbcguard.rules.Dialect;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RenameObjectTest {

  private static final String RULE = "rename";

  @ParameterizedTest
  @ValueSource(strings = {
    "ALTER TABLE t RENAME TO u",
    "ALTER TABLE t RENAME COLUMN a TO b",
    "ALTER TABLE t RENAME a TO b",
    "ALTER TABLE t RENAME CONSTRAINT c TO d",
    "ALTER INDEX i RENAME TO j",
    "ALTER VIEW v RENAME TO w",
    "RENAME TABLE a TO b",
  })
  void flags(String sql) {
    assertBlocks(Dialect.POSTGRES, RULE, sql);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "ALTER TABLE t ADD COLUMN renamed_at timestamptz",
    "SELECT rename FROM t",
  })
  void allowsNearMisses(String sql) {
    assertSilent(Dialect.POSTGRES, RULE, sql);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "ALTER TABLE t SET SCHEMA archive",
    "ALTER TABLE IF EXISTS public.t SET SCHEMA archive",
    "ALTER SEQUENCE s SET SCHEMA archive",
    "ALTER FUNCTION f(int) SET SCHEMA archive",
    "ALTER TYPE ty SET SCHEMA archive",
  })
  void flagsMovingAnObjectToAnotherSchema(String sql) {
    RuleAssertions.assertBlocks(Dialect.POSTGRES, RULE, sql);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "ALTER TABLE t SET (fillfactor = 70)",
    "ALTER TABLE t SET TABLESPACE fast",
    "ALTER TABLE t SET LOGGED",
    "ALTER TABLE t ALTER COLUMN a SET DEFAULT 1",
    "ALTER ROLE r SET search_path = app",
  })
  void allowsOtherSetActions(String sql) {
    RuleAssertions.assertSilent(Dialect.POSTGRES, RULE, sql);
  }
}
