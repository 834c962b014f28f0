package io.jdbcguard.rules.builtin;

import static io.jdbcguard.rules.builtin.RuleAssertions.assertBlocks;
import static io.jdbcguard.rules.builtin.RuleAssertions.assertSilent;

import io.jdbcguard.rules.Dialect;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DoBlockTest {

  private static final String RULE = "do-block";

  @ParameterizedTest
  @ValueSource(strings = {
    "DO $$ BEGIN DELETE FROM t; END $$",
    "DO $x$ BEGIN PERFORM 1; END $x$ LANGUAGE plpgsql",
    "DO 'BEGIN END'",
    "do language plpgsql $$ begin end $$",
  })
  void flags(String sql) {
    assertBlocks(Dialect.POSTGRES, RULE, sql);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "SELECT 'DO $$ $$'",
    "SELECT do_not_call FROM t",
  })
  void allowsNearMisses(String sql) {
    assertSilent(Dialect.POSTGRES, RULE, sql);
  }
}
