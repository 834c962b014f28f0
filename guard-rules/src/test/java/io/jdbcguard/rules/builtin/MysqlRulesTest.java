package io.jdbcguard.rules.builtin;

import static io.jdbcguard.rules.builtin.RuleAssertions.assertBlocks;
import static io.jdbcguard.rules.builtin.RuleAssertions.assertClean;
import static io.jdbcguard.rules.builtin.RuleAssertions.assertSilent;

import io.jdbcguard.rules.Dialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The MySQL/MariaDB side of the token-level rules. */
class MysqlRulesTest {

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
    "file-access        | SELECT * FROM t INTO OUTFILE '/tmp/x'",
    "file-access        | SELECT a INTO DUMPFILE '/tmp/x' FROM t",
    "file-access        | LOAD DATA INFILE '/tmp/x' INTO TABLE t",
    "file-access        | LOAD DATA LOCAL INFILE '/tmp/x' INTO TABLE t",
    "file-access        | LOAD XML INFILE '/tmp/x' INTO TABLE t",
    "dangerous-function | SELECT LOAD_FILE('/etc/passwd')",
    "executable-comment | /*! DROP TABLE t */",
    "executable-comment | SELECT 1 /*!, SLEEP(10) */",
    "executable-comment | SELECT 1 /*!50001 , 2 */",
    "disable-checks     | SET foreign_key_checks = 0",
    "disable-checks     | SET FOREIGN_KEY_CHECKS=0",
    "disable-checks     | SET SESSION unique_checks = OFF",
    "server-change      | SET GLOBAL max_connections = 1",
    "server-change      | SET PERSIST max_connections = 1",
    "server-change      | SET @@global.sql_mode = ''",
    "server-change      | FLUSH PRIVILEGES",
    "server-change      | SHUTDOWN",
    "server-change      | KILL 5",
    "server-change      | INSTALL PLUGIN x SONAME 'y'",
    "privilege-change   | SET PASSWORD FOR 'u'@'%' = 'x'",
    "privilege-change   | RENAME USER a TO b",
    "dynamic-sql        | PREPARE s FROM @q",
    "delete-without-where | PREPARE s FROM 'DELETE FROM t'",
    "dynamic-sql        | EXECUTE s",
    "lock-table         | LOCK TABLES t WRITE",
    "vacuum-full        | OPTIMIZE TABLE t",
    "rename             | RENAME TABLE a TO b",
    "rename             | ALTER TABLE t CHANGE a b int",
    "rename             | ALTER TABLE t CHANGE COLUMN a b int",
    "alter-table-drop   | ALTER TABLE t DROP PRIMARY KEY",
    "alter-table-drop   | ALTER TABLE t DROP INDEX i",
    "alter-table-drop   | ALTER TABLE t DROP FOREIGN KEY fk",
    "alter-table-drop   | ALTER TABLE t DISCARD TABLESPACE",
    "truncate           | ALTER TABLE t TRUNCATE PARTITION p0",
    "create-or-replace  | CREATE OR REPLACE TABLE t (id int)",
  })
  void blocksMysqlHazards(String rule, String sql) {
    assertBlocks(Dialect.MYSQL, rule, sql);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "SELECT 1 /* ! not executable */",
    "SELECT '/*! DROP TABLE t */'",
    "SELECT 1 # DROP TABLE t",
    "SET NAMES utf8mb4",
    "SET autocommit = 0",
    "SET @a = 1",
    "SET SESSION sql_mode = 'STRICT_TRANS_TABLES'",
    "SET foreign_key_checks = 1",
    "LOCK TABLES t READ",
    "UNLOCK TABLES",
    "REPLACE INTO t VALUES (1)",
    "INSERT INTO t SET a = 1",
    "ALTER TABLE t CHANGE a a bigint",
    "ALTER TABLE t MODIFY a bigint",
    "SHOW TABLES",
    "USE test",
  })
  void allowsMysqlNearMisses(String sql) {
    assertClean(Dialect.MYSQL, sql);
  }

  @Test
  void executableCommentIsAnOrdinaryCommentInPostgres() {
    assertSilent(Dialect.POSTGRES, "executable-comment", "SELECT 1 /*! not run by PostgreSQL */");
  }
}
