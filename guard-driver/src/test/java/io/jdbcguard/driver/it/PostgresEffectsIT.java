package io.jdbcguard.driver.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every row a write changes, counted on PostgreSQL (see {@link EffectsContract}). */
class PostgresEffectsIT extends EffectsContract {

  @Override
  TestDatabases.Database database() {
    return TestDatabases.postgres();
  }

  @Override
  List<String> setup() {
    return List.of(
        "CREATE TABLE mark_" + s + " (x INT)",
        "CREATE TABLE log_" + s + " (x INT)",
        "INSERT INTO log_" + s + " SELECT g FROM generate_series(1, " + MANY + ") g",
        "CREATE TABLE p_" + s + " (id INT PRIMARY KEY)",
        "INSERT INTO p_" + s + " VALUES (1), (2), (3)",
        "CREATE TABLE c_"
            + s
            + " (id SERIAL PRIMARY KEY, p INT REFERENCES p_"
            + s
            + " ON DELETE CASCADE)",
        "INSERT INTO c_" + s + " (p) SELECT 1 FROM generate_series(1, " + MANY + ")",
        "CREATE TABLE t_" + s + " (id INT PRIMARY KEY, v INT)",
        "INSERT INTO t_" + s + " VALUES (1, 0), (2, 0), (3, 0)",
        "CREATE FUNCTION wipe_"
            + s
            + "() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN DELETE FROM"
            + " log_"
            + s
            + "; RETURN NEW; END $$",
        "CREATE TRIGGER tr_"
            + s
            + " AFTER UPDATE ON t_"
            + s
            + " FOR EACH ROW EXECUTE FUNCTION"
            + " wipe_"
            + s
            + "()",
        "CREATE TABLE r_" + s + " (id INT)",
        "CREATE RULE ru_" + s + " AS ON INSERT TO r_" + s + " DO ALSO DELETE FROM log_" + s,
        "CREATE TABLE u_" + s + " (id INT PRIMARY KEY, v INT)",
        "INSERT INTO u_" + s + " SELECT g, 0 FROM generate_series(1, " + MANY + ") g",
        "CREATE TABLE n_" + s + " (id INT PRIMARY KEY, email TEXT UNIQUE, v INT)",
        "INSERT INTO n_" + s + " VALUES (1, 'a', 0), (2, 'b', 0)",
        "CREATE TABLE k_" + s + " (id INT PRIMARY KEY, v INT)",
        "INSERT INTO k_" + s + " VALUES (1, 0), (2, 0)",
        "CREATE FUNCTION purge_"
            + s
            + "() RETURNS INT LANGUAGE sql AS 'DELETE FROM log_"
            + s
            + "; SELECT 1'");
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
            + ", r_"
            + s
            + ", u_"
            + s
            + ", n_"
            + s
            + ", k_"
            + s
            + ", scratch_"
            + s,
        "DROP FUNCTION IF EXISTS wipe_" + s + "()",
        "DROP FUNCTION IF EXISTS purge_" + s + "()");
  }

  @ParameterizedTest(name = "pooled={0}")
  @ValueSource(booleans = {false, true})
  void aOneRowDeleteWhoseCascadeRemovesManyRowsIsRefusedNamingTheTables(boolean pooled)
      throws Exception {
    String message =
        refusedInTransaction(
            pooled, "DELETE FROM p_" + s + " WHERE id = 1", "row-limit", "p_" + s, "c_" + s);
    assertThat(message).contains((MANY + 1) + " rows").contains("c_" + s + " " + MANY);
    refusedInAutoCommit(
        pooled, "DELETE FROM p_" + s + " WHERE id IN (1, 2)", "row-limit", "p_" + s, "c_" + s);
  }

  @ParameterizedTest(name = "pooled={0}")
  @ValueSource(booleans = {false, true})
  void aOneRowUpdateFiringATriggerThatDeletesManyRowsIsRefused(boolean pooled) throws Exception {
    String message =
        refusedInTransaction(
            pooled, "UPDATE t_" + s + " SET v = 1 WHERE id = 1", "row-limit", "t_" + s, "log_" + s);
    assertThat(message).contains("log_" + s + " " + MANY);
    assertThat(sum("t_" + s, "v")).isZero();
  }

  @ParameterizedTest(name = "pooled={0}")
  @ValueSource(booleans = {false, true})
  void anInsertIntoATableWithADeletingRuleIsRefused(boolean pooled) throws Exception {
    refusedInTransaction(
        pooled, "INSERT INTO r_" + s + " VALUES (1)", "row-limit", "r_" + s, "log_" + s);
  }

  @ParameterizedTest(name = "pooled={0}")
  @ValueSource(booleans = {false, true})
  void upsertsAndDataModifyingCtesUnderInsertOrSelectAreMeasured(boolean pooled) throws Exception {
    refusedInTransaction(
        pooled,
        "INSERT INTO u_"
            + s
            + " SELECT g, 1 FROM generate_series(1, "
            + MANY
            + ") g"
            + " ON CONFLICT (id) DO UPDATE SET v = EXCLUDED.v",
        "row-limit",
        "u_" + s);
    assertThat(sum("u_" + s, "v")).isZero();
    refusedInTransaction(
        pooled,
        "WITH d AS (DELETE FROM log_"
            + s
            + " WHERE x > 0 RETURNING x) INSERT INTO mark_"
            + s
            + " SELECT count(*) FROM d",
        "row-limit",
        "log_" + s);
    refusedInAutoCommit(
        pooled,
        "WITH d AS (DELETE FROM log_" + s + " WHERE x > 0 RETURNING x) SELECT count(*) FROM d",
        "row-limit",
        "log_" + s);
    try (Connection c = guarded(pooled)) {
      assertThat(
              c.createStatement()
                  .executeUpdate(
                      "INSERT INTO u_" + s + " VALUES (1, 7) ON CONFLICT (id) DO UPDATE SET v = 7"))
          .isEqualTo(1);
    }
    assertThat(sum("u_" + s, "v")).isEqualTo(7);
    raw("UPDATE u_" + s + " SET v = 0");
  }

  @ParameterizedTest(name = "pooled={0}")
  @ValueSource(booleans = {false, true})
  void aFunctionThatWritesCalledFromASelectIsMeasured(boolean pooled) throws Exception {
    String message =
        refusedInTransaction(pooled, "SELECT purge_" + s + "()", "row-limit", "log_" + s);
    assertThat(message).contains("log_" + s + " " + MANY);
    try (Connection c = guarded(pooled)) {
      assertThat(c.createStatement().executeQuery("SELECT lower('A'), count(*) FROM k_" + s).next())
          .isTrue();
    }
  }

  @ParameterizedTest(name = "pooled={0}")
  @ValueSource(booleans = {false, true})
  void sandboxModeRollsBackWhatAFunctionCalledFromASelectWrote(boolean pooled) throws Exception {
    try (Connection c = sandboxed(pooled)) {
      var rs = c.createStatement().executeQuery("SELECT purge_" + s + "()");
      assertThat(rs.next()).isTrue();
      assertThat(rs.getInt(1)).isEqualTo(1);
    }
    assertThat(count("log_" + s)).isEqualTo(MANY);
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
    assertThat(measured(pooled, "DELETE FROM u_" + s + " WHERE u_" + s + ".id = 4")).isFalse();
    assertThat(measured(pooled, "INSERT INTO u_" + s + " VALUES (1000, 0)")).isFalse();
    // near misses: not a key, a range, a function call, a trigger, a cascade, a nullable unique
    assertThat(measured(pooled, "UPDATE u_" + s + " SET v = 5 WHERE v = 1")).isTrue();
    assertThat(measured(pooled, "UPDATE u_" + s + " SET v = 5 WHERE id < 3")).isTrue();
    assertThat(measured(pooled, "UPDATE u_" + s + " SET v = 5 WHERE id = 1 OR id = 2")).isTrue();
    assertThat(measured(pooled, "UPDATE u_" + s + " SET v = abs(5) WHERE id = 1")).isTrue();
    assertThat(measured(pooled, "UPDATE t_" + s + " SET v = 0 WHERE id = 9")).isTrue();
    assertThat(measured(pooled, "DELETE FROM p_" + s + " WHERE id = 9")).isTrue();
    assertThat(measured(pooled, "UPDATE n_" + s + " SET v = 1 WHERE email = 'a'")).isTrue();
    assertThat(measured(pooled, "UPDATE n_" + s + " SET v = 1 WHERE id = 1")).isFalse();
    assertThat(sum("u_" + s, "v")).isZero();
  }

  @ParameterizedTest(name = "pooled={0}")
  @ValueSource(booleans = {false, true})
  void ddlThroughTheGuardDropsTheCachedTableFacts(boolean pooled) throws Exception {
    assertThat(measured(pooled, "UPDATE k_" + s + " SET v = 1 WHERE id = 1")).isFalse();
    raw(
        "CREATE TRIGGER ktr_"
            + s
            + " AFTER UPDATE ON k_"
            + s
            + " FOR EACH ROW EXECUTE FUNCTION"
            + " wipe_"
            + s
            + "()");
    try {
      try (Connection c = guarded(pooled)) {
        c.createStatement().execute("CREATE TABLE scratch_" + s + " (x INT)");
      }
      refusedInTransaction(
          pooled, "UPDATE k_" + s + " SET v = 1 WHERE id = 1", "row-limit", "k_" + s, "log_" + s);
    } finally {
      raw("DROP TRIGGER ktr_" + s + " ON k_" + s, "DROP TABLE IF EXISTS scratch_" + s);
      try (Connection c = guarded(pooled)) {
        c.createStatement().execute("CREATE TABLE scratch_" + s + " (x INT)"); // drops the facts
      }
      raw("DROP TABLE IF EXISTS scratch_" + s);
    }
  }
}
