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
    "MERGE INTO t USING s ON (TRUE) WHEN MATCHED THEN DELETE",
    "MERGE INTO t USING s ON t.id = t.id + 0 WHEN MATCHED THEN DELETE",
    "MERGE INTO t USING s ON lower(t.k) = lower(t.k) WHEN MATCHED THEN UPDATE SET a = s.a",
    "MERGE INTO t USING s ON (s.id = s.id) WHEN MATCHED THEN DELETE",
    "MERGE INTO t USING s ON NOT (t.id <> t.id) WHEN MATCHED THEN DELETE",
  })
  void blocksMergeMatchingEveryRow(String sql) {
    assertBlocks(Dialect.POSTGRES, RULE, sql);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN UPDATE SET a = s.a",
    "MERGE INTO t USING s ON TRUE WHEN NOT MATCHED THEN INSERT (a) VALUES (s.a)",
    "MERGE INTO t USING s ON (t.id = s.id) WHEN MATCHED THEN UPDATE SET a = s.a",
    "MERGE INTO t USING s ON ((t.id = s.id)) WHEN MATCHED THEN DELETE",
    "MERGE INTO t USING s ON (t.id = s.id AND t.v = s.v) WHEN MATCHED THEN DELETE",
    "MERGE INTO t tgt USING s src ON (tgt.id = src.id) WHEN MATCHED THEN UPDATE SET a = src.a",
    "MERGE INTO t USING s ON FALSE WHEN MATCHED THEN DELETE WHEN NOT MATCHED THEN INSERT (a) VALUES (s.a)",
  })
  void allowsKeyedMerge(String sql) {
    assertSilent(Dialect.POSTGRES, RULE, sql);
  }
}
