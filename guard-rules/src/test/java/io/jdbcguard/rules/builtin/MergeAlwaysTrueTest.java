package io.jdbcguard.rules.builtin;

import static io.jdbcguard.rules.builtin.RuleAssertions.assertBlocks;
import static io.jdbcguard.rules.builtin.RuleAssertions.assertSilent;

import io.jdbcguard.rules.Dialect;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MergeAlwaysTrueTest {

  private static final String RULE = "merge-always-true";

  @ParameterizedTest
  @ValueSource(strings = {
    "MERGE INTO t USING s ON TRUE WHEN MATCHED THEN DELETE",
    "MERGE INTO t USING s ON (1=1) WHEN MATCHED THEN UPDATE SET a = s.a",
    "MERGE INTO t USING s ON s.flag WHEN MATCHED THEN DELETE",
  })
  void blocksMergeMatchingEveryRow(String sql) {
    assertBlocks(Dialect.POSTGRES, RULE, sql);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN UPDATE SET a = s.a",
    "MERGE INTO t USING s ON TRUE WHEN NOT MATCHED THEN INSERT (a) VALUES (s.a)",
  })
  void allowsKeyedMerge(String sql) {
    assertSilent(Dialect.POSTGRES, RULE, sql);
  }
}
