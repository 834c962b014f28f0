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

  @ParameterizedTest
  @ValueSource(strings = {
    "SELECT lo_truncate(lo_open(16400, 131072), 0)",
    "SELECT lo_truncate64(lo_open(16400, 131072), 0)",
    "SELECT lo_put(16400, 0, 'x')",
    "SELECT lowrite(lo_open(16400, 131072), 'x')",
    "SELECT pg_create_physical_replication_slot('s', true)",
    "SELECT * FROM pg_create_logical_replication_slot('s', 'pgoutput')",
    "SELECT pg_copy_physical_replication_slot('a', 'b')",
    "SELECT pg_replication_slot_advance('s', '0/0')",
    "SELECT * FROM pg_logical_slot_get_changes('s', NULL, NULL)",
    "SELECT pg_replication_origin_create('o')",
    "SELECT pg_stat_reset()",
    "SELECT pg_stat_reset_shared('bgwriter')",
    "SELECT pg_stat_reset_single_table_counters('t'::regclass)",
    "SELECT pg_stat_statements_reset()",
    "SELECT pg_backup_start('x')",
    "SELECT set_config('client_encoding', 'SJIS', false)",
    "SELECT U&\"pg\\005fread\\005ffile\"('/etc/passwd')",
    "SELECT U&\"pg!005fread!005ffile\" UESCAPE '!' ('/etc/passwd')",
    "SELECT pg_catalog.U&\"pg!005fread!005ffile\" UESCAPE '!' ('/etc/passwd')",
    "SELECT 1 FROM a JOIN b ON pg_terminate_backend(b.pid)",
    "MERGE INTO t USING s ON pg_terminate_backend(s.pid) WHEN MATCHED THEN DO NOTHING",
    "ALTER TABLE t ALTER COLUMN c TYPE text USING U&\"pg!005fread!005ffile\" UESCAPE '!' ('/etc/passwd')",
    "CREATE TABLE x (a text DEFAULT U&\"pg!005fread!005ffile\" UESCAPE '!' ('/etc/passwd'))",
    "CREATE TABLE x (a int CHECK (pg_terminate_backend(a)))",
    "CREATE TABLE x (a text GENERATED ALWAYS AS (pg_read_file('/x')) STORED)",
    "CREATE INDEX i ON t ((pg_read_file(a)))",
    "CREATE INDEX i ON t USING btree (pg_read_file(a))",
    "ALTER TABLE t ADD COLUMN c text DEFAULT \"pg_read_file\"('/x')",
  })
  void blocksLargeObjectReplicationAndStatisticsFunctionsInEveryPosition(String sql) {
    assertBlocks(Dialect.POSTGRES, RULE, sql);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "SELECT lo_from_bytea(0, 'x')",
    "SELECT lo_get(16400)",
    "SELECT lo_create(0)",
    "SELECT * FROM pg_logical_slot_peek_changes('s', NULL, NULL)",
    "SELECT * FROM pg_stat_user_tables",
    "CREATE INDEX i ON pg_read_file (a)",
    "SELECT U&'pg_read_file(1)'",
    "SELECT U&'pg!005fread' UESCAPE '!'",
  })
  void allowsReadsCreationAndNamesThatAreNotCalls(String sql) {
    assertSilent(Dialect.POSTGRES, RULE, sql);
  }
}
