package io.jdbcguard.rules.builtin;

import static io.jdbcguard.rules.builtin.RuleAssertions.assertBlocks;
import static io.jdbcguard.rules.builtin.RuleAssertions.assertSilent;

import io.jdbcguard.rules.Dialect;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AlterTableDropTest {

  private static final String RULE = "alter-table-drop";

  @ParameterizedTest
  @ValueSource(strings = {
    "ALTER TABLE t DROP COLUMN c",
    "ALTER TABLE t DROP COLUMN IF EXISTS c CASCADE",
    "ALTER TABLE t DROP CONSTRAINT c",
    "ALTER TABLE t ADD COLUMN d int, DROP COLUMN c",
    "ALTER TABLE ONLY public.t DROP c",
    "ALTER TABLE IF EXISTS t DROP CONSTRAINT t_pkey",
  })
  void flags(String sql) {
    assertBlocks(Dialect.POSTGRES, RULE, sql);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "ALTER TABLE t ADD COLUMN c int",
    "ALTER TABLE t ALTER COLUMN c DROP DEFAULT",
    "ALTER TABLE t ALTER COLUMN c DROP NOT NULL",
    "ALTER TABLE t ADD CONSTRAINT fk FOREIGN KEY (a) REFERENCES u(id) ON DELETE CASCADE",
    "ALTER TABLE t ADD CONSTRAINT fk FOREIGN KEY (a) REFERENCES u(id) NOT VALID",
    "ALTER TABLE t VALIDATE CONSTRAINT fk",
  })
  void allowsNearMisses(String sql) {
    assertSilent(Dialect.POSTGRES, RULE, sql);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "ALTER TYPE address DROP ATTRIBUTE zip",
    "ALTER TYPE address DROP ATTRIBUTE IF EXISTS zip CASCADE",
    "ALTER TYPE address ADD ATTRIBUTE a int, DROP ATTRIBUTE zip",
    "ALTER DOMAIN d DROP CONSTRAINT c",
    "ALTER DOMAIN d DROP CONSTRAINT IF EXISTS c CASCADE",
    "ALTER DOMAIN d DROP DEFAULT",
    "ALTER DOMAIN d DROP NOT NULL",
  })
  void flagsDropsFromTypesAndDomains(String sql) {
    RuleAssertions.assertBlocks(Dialect.POSTGRES, RULE, sql);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "ALTER TYPE address ADD ATTRIBUTE zip text",
    "ALTER TYPE mood ADD VALUE 'meh'",
    "ALTER DOMAIN d SET DEFAULT 1",
    "ALTER DOMAIN d ADD CONSTRAINT c CHECK (VALUE > 0) NOT VALID",
  })
  void allowsAdditionsToTypesAndDomains(String sql) {
    RuleAssertions.assertSilent(Dialect.POSTGRES, RULE, sql);
  }
}
