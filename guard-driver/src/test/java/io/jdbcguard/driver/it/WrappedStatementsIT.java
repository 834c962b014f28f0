package io.jdbcguard.driver.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import io.jdbcguard.driver.GuardViolationException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Statements that run other statements, and session settings that change how text is read, on the
 * real servers (contract items 1.12-1.14): the destructive forms are refused by their own rule
 * and leave the table and the session as they were; the near misses run for real.
 */
class WrappedStatementsIT {

  /** Each refused with the rule in brackets; {@code %s} is the test table. */
  private static final List<String[]> MARIADB_REFUSED = List.of(
      new String[] {"drop-object", "BEGIN NOT ATOMIC DROP TABLE %s; END"},
      new String[] {"delete-without-where", "BEGIN NOT ATOMIC SELECT 1; IF 1 THEN DELETE FROM %s; END IF; END"},
      new String[] {"drop-object", "SET STATEMENT max_statement_time=0 FOR DROP TABLE %s"},
      new String[] {"truncate", "SET STATEMENT max_statement_time=0 FOR TRUNCATE %s"},
      new String[] {"alter-table-drop", "SET STATEMENT lock_wait_timeout=5 FOR ALTER TABLE %s DROP COLUMN a"},
      new String[] {"disable-checks", "SET STATEMENT foreign_key_checks=0 FOR DELETE FROM %s WHERE id = 1"},
      new String[] {"update-without-where", "WHILE @cmp_i IS NULL DO UPDATE %s SET a = 0; SET @cmp_i = 1; END WHILE"},
      new String[] {"drop-object", "EXECUTE IMMEDIATE 'DROP TABLE %s'"},
      new String[] {"quoting-change", "SET sql_mode = 'POSTGRESQL'"},
      new String[] {"quoting-change", "SET NAMES utf8mb4, sql_mode = 'ANSI_QUOTES'"},
      new String[] {"quoting-change", "SET sql_mode = 4"},
      new String[] {"quoting-change", "SET CHARSET gbk"},
      new String[] {"quoting-change", "SET character_set_client = 28"},
      new String[] {"disable-checks", "SET check_constraint_checks = 0"},
      new String[] {"disable-checks", "SET sql_log_bin = 0"});

  private static final List<String> MARIADB_ALLOWED = List.of(
      "BEGIN NOT ATOMIC SELECT COUNT(*) FROM %s; END",
      "IF (SELECT COUNT(*) FROM %s) > 0 THEN SELECT 'rows'; END IF",
      "SET STATEMENT max_statement_time = 10 FOR SELECT COUNT(*) FROM %s",
      "EXECUTE IMMEDIATE 'SELECT 1'",
      "SET NAMES utf8mb4",
      "SET sql_mode = 'STRICT_TRANS_TABLES,NO_ZERO_DATE,ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION'",
      "CHECKSUM TABLE %s",
      "REPAIR TABLE %s",
      "SELECT @cmp_x := 1",
      "SELECT @'cmp_x'");

  private static final List<String[]> POSTGRES_REFUSED = List.of(
      new String[] {"dangerous-function",
          "ALTER TABLE %s ALTER COLUMN a TYPE text USING U&\"pg!005fread!005ffile\" UESCAPE '!' ('postmaster.pid')"},
      new String[] {"dangerous-function",
          "ALTER TABLE %s ADD COLUMN b text DEFAULT U&\"pg\\005fread\\005ffile\"('postmaster.pid')"},
      new String[] {"routine-definition", "CREATE RULE %s_r AS ON INSERT TO %s DO INSTEAD NOTHING"},
      new String[] {"delete-without-where", "CREATE RULE %s_r AS ON UPDATE TO %s DO ALSO DELETE FROM %s"},
      new String[] {"disable-trigger", "ALTER TABLE %s ENABLE REPLICA TRIGGER ALL"},
      new String[] {"system-catalog-write", "UPDATE pg_class SET relname = relname WHERE oid = '%s'::regclass"},
      new String[] {"dangerous-function", "SELECT lo_truncate(lo_open(0, 131072), 0)"},
      new String[] {"quoting-change", "SET client_encoding = 'SJIS'"},
      new String[] {"quoting-change", "SET standard_conforming_strings = off"});

  private static final List<String> POSTGRES_ALLOWED = List.of(
      "SELECT CAST(a AS text) COLLATE \"C\" FROM %s ORDER BY 1",
      "SELECT U&'d\\0061t\\+000061'",
      "SELECT U&'d!0061t' UESCAPE '!'",
      "SELECT U&\"a\" FROM %s",
      "SET client_encoding = 'UTF8'");

  @Test
  void mariaDbRefusesWhatWrappersRunAndRunsTheNearMisses() throws SQLException {
    TestDatabases.Database db = TestDatabases.mariadb();
    String table = create(db);
    try (HikariDataSource pool = db.guardedPool("wrapped-it", 1)) {
      for (Connection c : List.of(db.guarded(), pool.getConnection())) {
        try (c; Statement s = c.createStatement()) {
          String modeBefore = value(s, "SELECT @@sql_mode");
          for (String[] refused : MARIADB_REFUSED) {
            assertRefused(s, refused[0], refused[1].replace("%s", table));
          }
          assertThat(value(s, "SELECT @@sql_mode")).isEqualTo(modeBefore);
          assertThat(value(s, "SELECT @@character_set_client")).isEqualTo("utf8mb4");
          assertThat(value(s, "SELECT @@check_constraint_checks")).isEqualTo("1");
          for (String allowed : MARIADB_ALLOWED) {
            s.execute(allowed.replace("%s", table));
          }
        }
      }
    } finally {
      assertUntouchedAndDrop(db, table);
    }
  }

  @Test
  void postgresRefusesWhatWrappersRunAndRunsTheNearMisses() throws SQLException {
    TestDatabases.Database db = TestDatabases.postgres();
    String table = create(db);
    try (HikariDataSource pool = db.guardedPool("wrapped-it", 1)) {
      for (Connection c : List.of(db.guarded(), pool.getConnection())) {
        try (c; Statement s = c.createStatement()) {
          for (String[] refused : POSTGRES_REFUSED) {
            assertRefused(s, refused[0], refused[1].replace("%s", table));
          }
          assertThat(value(s, "SHOW client_encoding")).isEqualTo("UTF8");
          assertThat(value(s, "SHOW standard_conforming_strings")).isEqualTo("on");
          for (String allowed : POSTGRES_ALLOWED) {
            s.execute(allowed.replace("%s", table));
          }
          c.setAutoCommit(false);
          s.execute("DECLARE cmp_c CURSOR FOR SELECT id FROM " + table + " ORDER BY id");
          try (ResultSet rs = s.executeQuery("FETCH 2 FROM cmp_c")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(1);
          }
          s.execute("CLOSE cmp_c");
          c.commit();
          c.setAutoCommit(true);
        }
      }
    } finally {
      assertUntouchedAndDrop(db, table);
    }
  }

  private static void assertRefused(Statement s, String rule, String sql) {
    assertThatThrownBy(() -> s.execute(sql))
        .as(sql)
        .isInstanceOf(GuardViolationException.class)
        .hasMessageContaining("[" + rule + "]");
  }

  private static String create(TestDatabases.Database db) throws SQLException {
    String table = "guard_wrapped_" + UUID.randomUUID().toString().substring(0, 8);
    try (Connection raw = db.raw(); Statement s = raw.createStatement()) {
      s.execute("CREATE TABLE " + table + " (id int PRIMARY KEY, a int)");
      s.execute("INSERT INTO " + table + " VALUES (1, 1), (2, 2), (3, 3)");
    }
    return table;
  }

  private static String value(Statement s, String query) throws SQLException {
    try (ResultSet rs = s.executeQuery(query)) {
      rs.next();
      return rs.getString(1);
    }
  }

  private static void assertUntouchedAndDrop(TestDatabases.Database db, String table)
      throws SQLException {
    try (Connection raw = db.raw(); Statement s = raw.createStatement()) {
      try (ResultSet rs = s.executeQuery("SELECT count(*), sum(a) FROM " + table)) {
        rs.next();
        assertThat(rs.getInt(1)).isEqualTo(3);
        assertThat(rs.getInt(2)).isEqualTo(6);
      } finally {
        s.execute("DROP TABLE " + table);
      }
    }
  }
}
