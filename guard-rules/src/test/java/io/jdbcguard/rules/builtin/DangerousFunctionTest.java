package io.jdbcguard.rules.builtin;

import static io.jdbcguard.rules.builtin.RuleAssertions.assertBlocks;
import static io.jdbcguard.rules.builtin.RuleAssertions.assertFlags;
import static io.jdbcguard.rules.builtin.RuleAssertions.assertSilent;

import io.jdbcguard.rules.Action;
import io.jdbcguard.rules.Dialect;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DangerousFunctionTest {

  private static final String RULE = "dangerous-function";

  @ParameterizedTest
  @ValueSource(strings = {
    "SELECT pg_read_file('/etc/passwd')",
    "SELECT pg_catalog.pg_read_file('/etc/passwd')",
    "SELECT \"pg_read_file\"('/etc/passwd')",
    "SELECT PG_READ_FILE ('/etc/passwd')",
    "SELECT * FROM pg_ls_dir('.')",
    "SELECT lo_import('/etc/passwd')",
    "SELECT lo_export(1234, '/tmp/x')",
    "SELECT lo_unlink(1234)",
    "SELECT dblink_exec('dbname=x', 'DROP TABLE t')",
    "SELECT * FROM dblink('dbname=x', 'DELETE FROM t') AS r(a int)",
    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity",
    "SELECT pg_cancel_backend(123)",
    "SELECT a FROM t WHERE id = (SELECT pg_read_file('x')::int)",
    "WITH x AS (SELECT pg_reload_conf()) SELECT * FROM x",
    "SELECT query_to_xml('DELETE FROM t RETURNING *', true, true, '')",
    "SELECT set_config('role', 'admin', false)",
    "SELECT set_config('session_replication_role', 'replica', false)",
    "SELECT set_config(name, 'x', false) FROM t",
    "UPDATE t SET a = pg_read_file('/x') WHERE id = 1",
    "INSERT INTO t (a) VALUES (pg_read_file('/x'))",
  })
  void blocksSideEffectFunctions(String sql) {
    assertBlocks(Dialect.POSTGRES, RULE, sql);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "SELECT 'pg_read_file(1)'",
    "SELECT set_config('search_path', 'app', false)",
    "SELECT set_config('app.user_id', '42', true)",
    "SELECT pg_read_file_allowed FROM t",
    "INSERT INTO lo_import (a) VALUES (1)",
    "SELECT now(), lower('x'), count(*) FROM t",
  })
  void allowsOrdinaryFunctions(String sql) {
    assertSilent(Dialect.POSTGRES, RULE, sql);
  }

  @ParameterizedTest
  @ValueSource(strings = {"SELECT pg_sleep(1)", "SELECT pg_sleep_for('5 minutes')"})
  void warnsOnSleep(String sql) {
    assertFlags(Dialect.POSTGRES, "sleep-function", Action.WARN, sql);
  }

  @ParameterizedTest
  @ValueSource(strings = {"SELECT SLEEP(5)", "SELECT BENCHMARK(1000000, MD5('a'))"})
  void warnsOnMysqlSleep(String sql) {
    assertFlags(Dialect.MYSQL, "sleep-function", Action.WARN, sql);
  }
}
