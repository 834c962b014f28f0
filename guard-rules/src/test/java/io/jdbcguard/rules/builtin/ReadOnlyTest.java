package io.jdbcguard.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import io.jdbcguard.rules.Action;
import io.jdbcguard.rules.Dialect;
import io.jdbcguard.rules.GuardEngine;
import io.jdbcguard.rules.Policy;
import io.jdbcguard.rules.Profile;
import io.jdbcguard.rules.Verdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReadOnlyTest {

  private static final GuardEngine READ_ONLY =
      GuardEngine.create(Policy.builder().dialect(Dialect.POSTGRES).profile(Profile.READ_ONLY).build());
  private static final GuardEngine READ_ONLY_MYSQL =
      GuardEngine.create(Policy.builder().dialect(Dialect.MYSQL).profile(Profile.READ_ONLY).build());
  private static final GuardEngine AGENT = GuardEngine.forDialect(Dialect.POSTGRES);

  @ParameterizedTest
  @ValueSource(strings = {
    "INSERT INTO t VALUES (1)",
    "UPDATE t SET a = 1 WHERE id = 1",
    "DELETE FROM t WHERE id = 1",
    "CREATE TABLE x (id int)",
    "WITH d AS (DELETE FROM t WHERE id = 1 RETURNING *) SELECT * FROM d",
    "SELECT * INTO new_table FROM t",
    "SELECT * FROM t WHERE id = 1 FOR UPDATE",
    "SELECT * FROM t FOR SHARE",
    "SELECT nextval('s')",
    "SELECT set_config('search_path', 'x', false)",
    "SELECT pg_advisory_lock(1)",
    "EXPLAIN ANALYZE UPDATE t SET a = 1 WHERE id = 1",
    "SET TRANSACTION READ WRITE",
    "SET SESSION CHARACTERISTICS AS TRANSACTION READ WRITE",
    "SET default_transaction_read_only = off",
    "SET transaction_read_only = off",
    "RESET ALL",
    "DISCARD ALL",
    "BEGIN READ WRITE",
    "START TRANSACTION READ WRITE",
    "COMMIT; DROP TABLE t",
    "COMMIT; SELECT 1",
    "SELECT 1; ROLLBACK",
    "CALL do_things()",
    "COPY t FROM STDIN",
    "VACUUM t",
  })
  void blocksWritesAndWhatLiftsReadOnly(String sql) {
    Verdict v = READ_ONLY.check(sql);
    assertThat(v.action()).as(sql).isEqualTo(Action.BLOCK);
    assertThat(v.ruleIds()).as(sql).contains("read-only");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "SELECT * FROM t WHERE id = ?",
    "WITH r AS (SELECT 1) SELECT * FROM r",
    "VALUES (1), (2)",
    "SHOW search_path",
    "EXPLAIN SELECT * FROM t",
    "EXPLAIN DELETE FROM t WHERE id = 1",
    "SET search_path = app",
    "SET statement_timeout = 5000",
    "BEGIN",
    "COMMIT",
    "ROLLBACK",
    "START TRANSACTION READ ONLY",
    "COPY (SELECT * FROM t) TO STDOUT",
    "SELECT 'INSERT INTO t VALUES (1)'",
  })
  void allowsReads(String sql) {
    Verdict v = READ_ONLY.check(sql);
    assertThat(v.findings()).as(sql + ": " + v.message()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"SELECT a INTO @x FROM t WHERE id = 1", "SET SESSION TRANSACTION READ ONLY"})
  void allowsMysqlReads(String sql) {
    assertThat(READ_ONLY_MYSQL.check(sql).findings()).as(sql).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"SET SESSION TRANSACTION READ WRITE", "SET SESSION tx_read_only = 0", "SELECT GET_LOCK('x', 1)"})
  void blocksMysqlWrites(String sql) {
    assertThat(READ_ONLY_MYSQL.check(sql).ruleIds()).as(sql).contains("read-only");
  }

  @ParameterizedTest
  @ValueSource(strings = {"INSERT INTO t VALUES (1)", "COMMIT; SELECT 1", "SELECT nextval('s')"})
  void isSilentInTheAgentProfile(String sql) {
    assertThat(AGENT.check(sql).ruleIds()).doesNotContain("read-only");
  }
}
