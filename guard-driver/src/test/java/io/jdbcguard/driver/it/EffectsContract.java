package io.jdbcguard.driver.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.jdbcguard.driver.GuardViolationException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * The row limit counts every row a write changes, whatever changes it (cascades, triggers, rules,
 * functions), on a real server, directly and through HikariCP; and costs nothing where it cannot be
 * exceeded. Each refusal is checked the hard way: the row counts of every table involved are the
 * same after it, and a row the caller inserted earlier in its own transaction is still there to
 * commit.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class EffectsContract {

  /** The limit of these tests, and how many rows the side effects change (more than it). */
  static final int LIMIT = 100;

  static final int MANY = 300;

  final String s = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
  TestDatabases.Database db;
  private HikariDataSource pool;
  private HikariDataSource sandboxPool;
  private final List<String> created = new ArrayList<>();

  abstract TestDatabases.Database database();

  /** Statements that create the test objects (each name ends with {@code _<s>}). */
  abstract List<String> setup();

  /** DROP statements for everything {@link #setup()} created, in order. */
  abstract List<String> teardown();

  @BeforeAll
  void create() throws SQLException {
    db = database();
    raw(teardown().toArray(String[]::new));
    raw(setup().toArray(String[]::new));
    raw(
        "CREATE TABLE w_" + s + " (id INT PRIMARY KEY, grp INT, v INT)",
        "CREATE TABLE tiny_" + s + " (id INT PRIMARY KEY, grp INT, v INT)",
        "INSERT INTO w_" + s + " VALUES " + rows(50),
        "INSERT INTO tiny_" + s + " VALUES " + rows(8));
    pool = pool("guard.maxAffectedRows=" + LIMIT);
    sandboxPool = pool("guard.maxAffectedRows=0&guard.mode=sandbox");
  }

  private HikariDataSource pool(String parameters) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(db.guardUrl() + separator() + parameters);
    config.setUsername(db.user());
    config.setPassword(db.password());
    config.setMaximumPoolSize(2);
    config.setPoolName("effects-" + s);
    return new HikariDataSource(config);
  }

  @AfterAll
  void drop() throws SQLException {
    if (pool != null) {
      pool.close();
      sandboxPool.close();
    }
    if (db != null) {
      raw(teardown().toArray(String[]::new));
      raw("DROP TABLE IF EXISTS w_" + s, "DROP TABLE IF EXISTS tiny_" + s);
    }
  }

  private static String rows(int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 1; i <= n; i++) {
      sb.append(i == 1 ? "" : ", ").append('(').append(i).append(", ").append(i % 7).append(", 0)");
    }
    return sb.toString();
  }

  // ---------------------------------------------------------------- whole-table writes

  @org.junit.jupiter.params.ParameterizedTest(name = "pooled={0}")
  @org.junit.jupiter.params.provider.ValueSource(booleans = {false, true})
  void aWriteWhoseWhereMatchesEveryRowOfTheTableIsRefusedUnderTheLimit(boolean pooled)
      throws SQLException {
    String w = "w_" + s;
    String message =
        refusedInTransaction(
            pooled, "UPDATE " + w + " SET v = 1 WHERE grp < 100", "whole-table-write", w);
    assertThat(message).contains("all 50 rows").contains("guard.minRowsForWholeTable");
    refusedInAutoCommit(pooled, "DELETE FROM " + w + " WHERE grp >= 0", "whole-table-write", w);
    refusedInAutoCommit(
        pooled, "DELETE FROM " + w + " WHERE id = 5 OR v = 0", "whole-table-write", w);
    assertThat(sum(w, "v")).isZero();
    // near misses: some rows only, a small table, the check off
    try (Connection c = guarded(pooled)) {
      c.setAutoCommit(false);
      assertThat(c.createStatement().executeUpdate("UPDATE " + w + " SET v = 1 WHERE grp < 6"))
          .isLessThan(50);
      assertThat(
              c.createStatement().executeUpdate("UPDATE tiny_" + s + " SET v = 1 WHERE grp < 100"))
          .isEqualTo(8);
      c.rollback();
      c.setAutoCommit(true);
    }
    try (Connection c =
        DriverManager.getConnection(
            db.guardUrl() + separator() + "guard.minRowsForWholeTable=0",
            db.user(),
            db.password())) {
      c.setAutoCommit(false);
      assertThat(c.createStatement().executeUpdate("UPDATE " + w + " SET v = 1 WHERE grp < 100"))
          .isEqualTo(50);
      c.rollback();
    }
    assertThat(sum(w, "v")).isZero();
  }

  @BeforeEach
  void clearMarks() throws SQLException {
    raw("DELETE FROM mark_" + s);
  }

  // ---------------------------------------------------------------- helpers

  void raw(String... statements) throws SQLException {
    try (Connection c = db.raw();
        Statement st = c.createStatement()) {
      for (String sql : statements) {
        st.execute(sql);
      }
    }
  }

  long count(String table) throws SQLException {
    try (Connection c = db.raw();
        ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  long sum(String table, String column) throws SQLException {
    try (Connection c = db.raw();
        ResultSet rs =
            c.createStatement()
                .executeQuery("SELECT COALESCE(SUM(" + column + "), 0) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  String separator() {
    return db.guardUrl().contains("?") ? "&" : "?";
  }

  /** A guarded connection with the test limit: straight from the driver, or from the pool. */
  Connection guarded(boolean pooled) throws SQLException {
    return pooled
        ? pool.getConnection()
        : DriverManager.getConnection(
            db.guardUrl() + separator() + "guard.maxAffectedRows=" + LIMIT,
            db.user(),
            db.password());
  }

  Connection sandboxed(boolean pooled) throws SQLException {
    return pooled
        ? sandboxPool.getConnection()
        : DriverManager.getConnection(
            db.guardUrl() + separator() + "guard.maxAffectedRows=0&guard.mode=sandbox",
            db.user(),
            db.password());
  }

  /** A fingerprint of the tables: their row counts and the sums of {@code v} where they have it. */
  String state(String... tables) throws SQLException {
    StringBuilder sb = new StringBuilder();
    for (String table : tables) {
      sb.append(table).append('=').append(count(table)).append(' ');
    }
    return sb.toString();
  }

  /**
   * Runs {@code sql} on a guarded connection inside the caller's own transaction, after the caller
   * inserted a row of its own; expects a refusal by {@code rule}; checks the tables unchanged and
   * the caller's row still committable. Returns the message.
   */
  String refusedInTransaction(boolean pooled, String sql, String rule, String... tables)
      throws SQLException {
    String before = state(tables);
    long marks = count("mark_" + s);
    String message;
    try (Connection c = guarded(pooled)) {
      c.setAutoCommit(false);
      c.createStatement().executeUpdate("INSERT INTO mark_" + s + " (x) VALUES (1)");
      Throwable thrown = catchThrowable(() -> c.createStatement().execute(sql));
      assertThat(thrown).isInstanceOf(GuardViolationException.class);
      message = thrown.getMessage();
      assertThat(message).startsWith("[" + rule + "]");
      c.commit();
      c.setAutoCommit(true);
    }
    assertThat(state(tables)).isEqualTo(before);
    assertThat(count("mark_" + s)).isEqualTo(marks + 1);
    return message;
  }

  /** Runs {@code sql} in auto-commit mode; expects a refusal by {@code rule}, tables unchanged. */
  String refusedInAutoCommit(boolean pooled, String sql, String rule, String... tables)
      throws SQLException {
    String before = state(tables);
    String message;
    try (Connection c = guarded(pooled)) {
      Throwable thrown = catchThrowable(() -> c.createStatement().execute(sql));
      assertThat(thrown).isInstanceOf(GuardViolationException.class);
      message = thrown.getMessage();
      assertThat(message).startsWith("[" + rule + "]");
    }
    assertThat(state(tables)).isEqualTo(before);
    return message;
  }

  /**
   * True if the guard's own savepoint is open after {@code sql} ran in a transaction: the write was
   * measured. (Releasing a savepoint that does not exist is an error on both servers.)
   */
  boolean measured(boolean pooled, String sql) throws SQLException {
    return measured(pooled, sql, null);
  }

  /**
   * True when the write ran inside the guard's undo boundary (its savepoint is there afterwards);
   * with {@code params}, it runs as a prepared statement with those values bound.
   */
  boolean measured(boolean pooled, String sql, int[] params) throws SQLException {
    try (Connection c = guarded(pooled)) {
      c.setAutoCommit(false);
      try {
        if (params == null) {
          c.createStatement().execute(sql);
        } else {
          try (java.sql.PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
              p.setInt(i + 1, params[i]);
            }
            p.execute();
          }
        }
        try {
          c.createStatement().execute("RELEASE SAVEPOINT jdbc_guard");
          return true;
        } catch (SQLException e) {
          if (e instanceof GuardViolationException) {
            throw e;
          }
          return false;
        }
      } finally {
        c.rollback();
        c.setAutoCommit(true);
      }
    }
  }
}
