package io.jdbcguard.rules.builtin;

import static io.jdbcguard.rules.builtin.Migrations.engine;
import static org.assertj.core.api.Assertions.assertThat;

import io.jdbcguard.rules.Action;
import io.jdbcguard.rules.Dialect;
import io.jdbcguard.rules.Verdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** lock-table in the migration profile: every mode that blocks writes, with a message naming it. */
class MigrationProfileLockTableTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "LOCK TABLE orders IN SHARE ROW EXCLUSIVE MODE|SHARE ROW EXCLUSIVE",
    "lock table orders in share mode|SHARE",
    "LOCK TABLE ONLY public.orders IN EXCLUSIVE MODE NOWAIT|EXCLUSIVE",
    "LOCK orders|ACCESS EXCLUSIVE",
    "LOCK TABLE orders, items IN ACCESS EXCLUSIVE MODE|ACCESS EXCLUSIVE",
  })
  void blocksWriteBlockingModesOnPostgres(String sql, String mode) {
    Verdict v = engine(Dialect.POSTGRES).check(sql);
    assertThat(v.action()).isEqualTo(Action.BLOCK);
    assertThat(v.message()).contains("[lock-table]").contains(mode + " mode").contains("orders");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "LOCK TABLE orders IN ROW EXCLUSIVE MODE",
    "LOCK TABLE orders IN ACCESS SHARE MODE",
    "LOCK TABLE orders IN ROW SHARE MODE",
    "LOCK TABLE orders IN SHARE UPDATE EXCLUSIVE MODE",
    "SELECT * FROM orders WHERE id = 1 FOR UPDATE",
  })
  void allowsModesThatLetWritesGoOn(String sql) {
    assertThat(engine(Dialect.POSTGRES).check(sql).ruleIds()).doesNotContain("lock-table");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "LOCK TABLES orders WRITE",
    "LOCK TABLES orders READ",
    "LOCK TABLES orders READ LOCAL, items LOW_PRIORITY WRITE",
  })
  void blocksMysqlTableLocks(String sql) {
    Verdict v = engine(Dialect.MYSQL).check(sql);
    assertThat(v.ruleIds()).contains("lock-table");
    assertThat(v.message()).contains("LOCK TABLES").contains("UNLOCK TABLES");
  }

  @ParameterizedTest
  @ValueSource(strings = {"LOCK TABLE orders IN SHARE MODE", "LOCK TABLES orders READ"})
  void leavesSharedLocksAloneInTheAgentProfile(String sql) {
    assertThat(RuleAssertions.check(sql.contains("TABLES") ? Dialect.MYSQL : Dialect.POSTGRES, sql).ruleIds())
        .doesNotContain("lock-table");
  }
}
