package io.jdbcguard.rules.builtin;

import static io.jdbcguard.rules.builtin.RuleAssertions.assertBlocks;
import static io.jdbcguard.rules.builtin.RuleAssertions.assertSilent;

import io.jdbcguard.rules.Dialect;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VacuumFullTest {

  private static final String RULE = "vacuum-full";

  @ParameterizedTest
  @ValueSource(strings = {
    "VACUUM FULL t",
    "VACUUM FULL",
    "VACUUM (FULL, ANALYZE) t",
    "vacuum full verbose t",
  })
  void flags(String sql) {
    assertBlocks(Dialect.POSTGRES, RULE, sql);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "VACUUM",
    "VACUUM ANALYZE t",
    "VACUUM (VERBOSE, ANALYZE) t",
    "ANALYZE t",
  })
  void allowsNearMisses(String sql) {
    assertSilent(Dialect.POSTGRES, RULE, sql);
  }

  @ParameterizedTest
  @ValueSource(strings = {"REPAIR TABLE t USE_FRM", "REPAIR LOCAL TABLE t, u EXTENDED USE_FRM"})
  void flagsRepairFromTheDefinitionFile(String sql) {
    RuleAssertions.assertBlocks(Dialect.MYSQL, RULE, sql);
  }

  @ParameterizedTest
  @ValueSource(strings = {"REPAIR TABLE t", "REPAIR TABLE t QUICK", "CHECKSUM TABLE t", "CHECK TABLE t"})
  void allowsRepairAndChecks(String sql) {
    RuleAssertions.assertClean(Dialect.MYSQL, sql);
  }
}
