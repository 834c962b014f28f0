package io.jdbcguard.rules.builtin;

import static io.jdbcguard.rules.builtin.RuleAssertions.assertBlocks;
import static io.jdbcguard.rules.builtin.RuleAssertions.assertSilent;

import io.jdbcguard.rules.Dialect;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReindexTest {

  private static final String RULE = "reindex";

  @ParameterizedTest
  @ValueSource(strings = {
    "REINDEX TABLE t",
    "REINDEX INDEX i",
    "REINDEX DATABASE d",
  })
  void flags(String sql) {
    assertBlocks(Dialect.POSTGRES, RULE, sql);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "SELECT reindex_at FROM t",
    "CREATE INDEX CONCURRENTLY i ON t (a)",
  })
  void allowsNearMisses(String sql) {
    assertSilent(Dialect.POSTGRES, RULE, sql);
  }
}
