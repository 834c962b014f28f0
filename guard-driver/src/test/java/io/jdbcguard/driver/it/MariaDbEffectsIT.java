package io.jdbcguard.driver.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.jdbcguard.driver.GuardViolationException;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every row a write changes, counted on MariaDB (see {@link EffectsContract}). */
class MariaDbEffectsIT extends EffectsContract {

  @Override
  TestDatabases.Database database() {
    return TestDatabases.mariadb();
  }

  @Override
  List<String> setup() {
    return List.of(
        "CREATE TABLE mark_" + s + " (x INT) ENGINE=InnoDB",
        "CREATE TABLE log_" + s + " (x INT) ENGINE=InnoDB",
        "INSERT INTO log_" + s + " SELECT seq FROM seq_1_to_" + MANY,
        "CREATE TABLE p_" + s + " (id INT PRIMARY KEY) ENGINE=InnoDB",
        "INSERT INTO p_" + s + " VALUES (1), (2), (3)",
        "CREATE TABLE c_"
            + s
            + " (id INT AUTO_INCREMENT PRIMARY KEY, p INT, FOREIGN KEY (p)"
            + " REFERENCES p_"
            + s
            + " (id) ON DELETE CASCADE) ENGINE=InnoDB",
        "INSERT INTO c_" + s + " (p) SELECT 1 FROM seq_1_to_" + MANY,
        "CREATE TABLE t_" + s + " (id INT PRIMARY KEY, v INT) ENGINE=InnoDB",
        "INSERT INTO t_" + s + " VALUES (1, 0), (2, 0), (3, 0)",
        "CREATE TRIGGER tr_" + s + " AFTER UPDATE ON t_" + s + " FOR EACH ROW DELETE FROM log_" + s,
        "CREATE TABLE u_" + s + " (id INT PRIMARY KEY, v INT) ENGINE=InnoDB",
        "INSERT INTO u_" + s + " SELECT seq, 0 FROM seq_1_to_" + MANY,
        "CREATE TABLE n_"
            + s
            + " (id INT PRIMARY KEY, email VARCHAR(20) UNIQUE, v INT)"
            + " ENGINE=InnoDB",
        "INSERT INTO n_" + s + " VALUES (1, 'a', 0), (2, 'b', 0)",
        "CREATE TABLE m_" + s + " (id INT PRIMARY KEY, v INT) ENGINE=MyISAM",
        "INSERT INTO m_" + s + " SELECT seq, 0 FROM seq_1_to_" + MANY,
        "CREATE FUNCTION purge_"
            + s
            + "() RETURNS INT MODIFIES SQL DATA BEGIN DELETE FROM log_"
            + s
            + "; RETURN 1; END");
  }

  @Override
  List<String> teardown() {
    return List.of(
        "DROP TABLE IF EXISTS mark_"
            + s
            + ", log_"
            + s
            + ", c_"
            + s
            + ", p_"
            + s
            + ", t_"
            + s
            + ", u_"
            + s
            + ", n_"
            + s
            + ", m_"
            + s,
        "DROP FUNCTION IF EXISTS purge_" + s);
  }

  @ParameterizedTest(name = "pooled={0}")
  @ValueSource(booleans = {false, true})
  void aDeleteOnATableWithCascadingForeignKeysIsRefusedSinceTheServerCannotCountThem(boolean pooled)
      throws Exception {
    String message =
        refusedInTransaction(
            pooled, "DELETE FROM p_" + s + " WHERE id = 1", "row-limit", "p_" + s, "c_" + s);
    assertThat(message).contains("CASCADE").contains("c_" + s);
  }

  @ParameterizedTest(name = "pooled={0}")
  @ValueSource(booleans = {false, true})
  void aOneRowUpdateFiringATriggerThatDeletesManyRowsIsRefused(boolean pooled) throws Exception {
    String message =
        refusedInTransaction(
            pooled, "UPDATE t_" + s + " SET v = 1 WHERE id = 1", "row-limit", "t_" + s, "log_" + s);
    assertThat(message).contains((MANY + 1) + " rows");
    assertThat(sum("t_" + s, "v")).isZero();
  }

  @ParameterizedTest(name = "pooled={0}")
  @ValueSource(booleans = {false, true})
  void upsertsAndReplaceAreMeasured(boolean pooled) throws Exception {
    refusedInTransaction(
        pooled,
        "INSERT INTO u_"
            + s
            + " SELECT seq, 1 FROM seq_1_to_"
            + MANY
            + " ON DUPLICATE KEY UPDATE v = 1",
        "row-limit",
        "u_" + s);
    refusedInTransaction(
        pooled,
        "REPLACE INTO u_" + s + " SELECT seq, 2 FROM seq_1_to_" + MANY,
        "row-limit",
        "u_" + s);
    refusedInAutoCommit(
        pooled, "INSERT INTO log_" + s + " SELECT x FROM log_" + s, "row-limit", "log_" + s);
    assertThat(sum("u_" + s, "v")).isZero();
    try (Connection c = guarded(pooled)) {
      c.createStatement().executeUpdate("REPLACE INTO u_" + s + " VALUES (1, 7)");
      c.createStatement()
          .executeUpdate("INSERT INTO u_" + s + " VALUES (2, 1) ON DUPLICATE KEY UPDATE v = 1");
    }
    assertThat(sum("u_" + s, "v")).isEqualTo(8);
    raw("UPDATE u_" + s + " SET v = 0");
  }

  @ParameterizedTest(name = "pooled={0}")
  @ValueSource(booleans = {false, true})
  void aFunctionThatWritesCalledFromASelectOrASetIsMeasured(boolean pooled) throws Exception {
    refusedInTransaction(pooled, "SELECT purge_" + s + "()", "row-limit", "log_" + s);
    refusedInTransaction(pooled, "SET @x = purge_" + s + "()", "row-limit", "log_" + s);
  }

  @ParameterizedTest(name = "pooled={0}")
  @ValueSource(booleans = {false, true})
  void sandboxModeRollsBackWhatAFunctionCalledFromASelectWrote(boolean pooled) throws Exception {
    try (Connection c = sandboxed(pooled)) {
      var rs = c.createStatement().executeQuery("SELECT purge_" + s + "()");
      assertThat(rs.next()).isTrue();
    }
    assertThat(count("log_" + s)).isEqualTo(MANY);
  }

  @ParameterizedTest(name = "pooled={0}")
  @ValueSource(booleans = {false, true})
  void writesTheGuardWouldHaveToUndoOnMyIsamAreRefusedBeforeTheyRun(boolean pooled)
      throws Exception {
    String message =
        refusedInTransaction(
            pooled, "DELETE FROM m_" + s + " WHERE v = 0", "non-transactional-table", "m_" + s);
    assertThat(message).contains("MyISAM").contains("m_" + s);
    refusedInAutoCommit(
        pooled, "UPDATE m_" + s + " SET v = 1 WHERE id < 5", "non-transactional-table", "m_" + s);
    try (Connection c = sandboxed(pooled)) {
      Throwable thrown =
          catchThrowable(
              () -> c.createStatement().executeUpdate("UPDATE m_" + s + " SET v = 1 WHERE id = 1"));
      assertThat(thrown)
          .isInstanceOf(GuardViolationException.class)
          .hasMessageStartingWith("[non-transactional-table]");
    }
    assertThat(sum("m_" + s, "v")).isZero();
    try (Connection c = guarded(pooled)) {
      assertThat(c.createStatement().executeUpdate("UPDATE m_" + s + " SET v = 1 WHERE id = 1"))
          .isEqualTo(1);
    }
    assertThat(sum("m_" + s, "v")).isEqualTo(1);
    raw("UPDATE m_" + s + " SET v = 0");
  }

  @ParameterizedTest(name = "pooled={0}")
  @ValueSource(booleans = {false, true})
  void aKeyBoundWriteOnAPlainTableRunsWithoutASavepoint(boolean pooled) throws Exception {
    assertThat(measured(pooled, "UPDATE u_" + s + " SET v = 5 WHERE id = 1")).isFalse();
    // the same through a prepared statement with bound values (what applications send)
    assertThat(measured(pooled, "UPDATE u_" + s + " SET v = v + ? WHERE id = ?", new int[] {1, 2}))
        .isFalse();
    assertThat(measured(pooled, "UPDATE u_" + s + " SET v = ? WHERE v = ?", new int[] {5, 1}))
        .isTrue();
    assertThat(measured(pooled, "UPDATE u_" + s + " SET v = v + 1 WHERE id IN (1, 2, 3)"))
        .isFalse();
    assertThat(measured(pooled, "DELETE FROM u_" + s + " WHERE id = 4")).isFalse();
    assertThat(measured(pooled, "INSERT INTO u_" + s + " VALUES (1000, 0)")).isFalse();
    assertThat(measured(pooled, "UPDATE u_" + s + " SET v = 5 WHERE v = 1")).isTrue();
    assertThat(measured(pooled, "UPDATE u_" + s + " SET v = 5 WHERE id < 3")).isTrue();
    assertThat(measured(pooled, "UPDATE t_" + s + " SET v = 0 WHERE id = 9")).isTrue();
    assertThat(measured(pooled, "UPDATE n_" + s + " SET v = 1 WHERE email = 'a'")).isTrue();
    assertThat(measured(pooled, "UPDATE n_" + s + " SET v = 1 WHERE id = 1")).isFalse();
    assertThat(sum("u_" + s, "v")).isZero();
  }
}
