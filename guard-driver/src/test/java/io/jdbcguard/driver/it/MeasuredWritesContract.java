package io.jdbcguard.driver.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.jdbcguard.driver.GuardViolationException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The row limit, dry runs, sandbox mode, the read-only profile and protected databases against a
 * real server. "Nothing lost, nothing half-applied" is checked the hard way: the full row count and
 * a SHA-256 over every row (in key order) before and after, through the raw driver.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class MeasuredWritesContract {

  /** The table seeded for each test: x = 1..ROWS, name = 'n' + x. */
  static final int ROWS = 50;

  abstract TestDatabases.Database database();

  /** CREATE TABLE with an auto-generated integer key {@code id}, an int {@code x}, a name. */
  abstract String createTable(String table);

  /** True where DDL is transactional (PostgreSQL). */
  abstract boolean transactionalDdl();

  /** An UPDATE of one row that the database rejects: the value is too long for the column. */
  static String failingUpdate(String table) {
    return "UPDATE " + table + " SET name = REPEAT('x', 100) WHERE x = 1";
  }

  private final String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
  final String table = "guard_mw_" + suffix;
  private final String big = "guard_mw_big_" + suffix;
  private final String scratch = "guard_mw_new_" + suffix;
  TestDatabases.Database db;

  @BeforeAll
  void createTables() throws SQLException {
    db = database();
    try (Connection raw = db.raw();
        Statement s = raw.createStatement()) {
      s.execute(createTable(table));
      s.execute(createTable(big));
    }
    seed(big, 1200);
  }

  @AfterAll
  void dropTables() throws SQLException {
    if (db != null) {
      try (Connection raw = db.raw();
          Statement s = raw.createStatement()) {
        s.execute("DROP TABLE IF EXISTS " + table);
        s.execute("DROP TABLE IF EXISTS " + big);
        s.execute("DROP TABLE IF EXISTS " + scratch);
      }
    }
  }

  @BeforeEach
  void reseed() throws SQLException {
    seed(table, ROWS);
    try (Connection raw = db.raw();
        Statement s = raw.createStatement()) {
      s.execute("DROP TABLE IF EXISTS " + scratch);
    }
  }

  private void seed(String name, int rows) throws SQLException {
    try (Connection raw = db.raw()) {
      raw.createStatement().executeUpdate("DELETE FROM " + name);
      PreparedStatement insert =
          raw.prepareStatement("INSERT INTO " + name + " (x, name) VALUES (?, ?)");
      for (int x = 1; x <= rows; x++) {
        insert.setInt(1, x);
        insert.setString(2, "n" + x);
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  // ---------------------------------------------------------------- over the limit: nothing lost

  /** Every way to send an UPDATE or DELETE; each runs the SQL once. */
  enum WritePath {
    EXECUTE_UPDATE((c, sql) -> c.createStatement().executeUpdate(sql)),
    EXECUTE_UPDATE_WITH_KEYS(
        (c, sql) -> c.createStatement().executeUpdate(sql, Statement.RETURN_GENERATED_KEYS)),
    EXECUTE_LARGE_UPDATE((c, sql) -> c.createStatement().executeLargeUpdate(sql)),
    EXECUTE((c, sql) -> c.createStatement().execute(sql)),
    EXECUTE_WITH_COLUMN_NAMES((c, sql) -> c.createStatement().execute(sql, new String[] {"id"})),
    PREPARED_EXECUTE_UPDATE((c, sql) -> c.prepareStatement(sql).executeUpdate()),
    PREPARED_EXECUTE_LARGE_UPDATE((c, sql) -> c.prepareStatement(sql).executeLargeUpdate()),
    PREPARED_EXECUTE((c, sql) -> c.prepareStatement(sql).execute()),
    PREPARED_WITH_KEYS(
        (c, sql) -> c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS).executeUpdate()),
    STATEMENT_BATCH(
        (c, sql) -> {
          Statement s = c.createStatement();
          s.addBatch(sql);
          s.executeBatch();
        }),
    STATEMENT_LARGE_BATCH(
        (c, sql) -> {
          Statement s = c.createStatement();
          s.addBatch(sql);
          s.executeLargeBatch();
        }),
    PREPARED_BATCH(
        (c, sql) -> {
          PreparedStatement p = c.prepareStatement(sql);
          p.addBatch();
          p.executeBatch();
        });

    final ExecutePath.Run run;

    WritePath(ExecutePath.Run run) {
      this.run = run;
    }
  }

  Stream<Arguments> overLimitWritesOnEveryPath() {
    List<String> writes =
        List.of(
            "DELETE FROM " + table + " WHERE x > 5",
            "UPDATE " + table + " SET name = 'gone' WHERE x > 5");
    List<Arguments> all = new ArrayList<>();
    for (WritePath path : WritePath.values()) {
      for (String sql : writes) {
        for (boolean autoCommit : new boolean[] {true, false}) {
          all.add(Arguments.of(path, sql, autoCommit));
        }
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0} autoCommit={2}: {1}")
  @MethodSource("overLimitWritesOnEveryPath")
  void anOverLimitWriteLeavesEveryRowInPlaceOnEveryPath(
      WritePath path, String sql, boolean autoCommit) throws Exception {
    Snapshot before = snapshot(table);
    try (Connection c = connect("guard.maxAffectedRows=10")) {
      c.setAutoCommit(autoCommit);

      Throwable refused = catchThrowable(() -> path.run.run(c, sql));

      assertRowLimit(refused, "45", "10");
      assertThat(c.getAutoCommit()).isEqualTo(autoCommit);
      if (!autoCommit) {
        c.commit();
      }
    }
    assertThat(snapshot(table)).isEqualTo(before);
  }

  @Test
  void theDefaultLimitIsAThousandRows() throws Exception {
    Snapshot before = snapshot(big);
    try (Connection c = db.guarded()) {
      Statement s = c.createStatement();
      Throwable refused =
          catchThrowable(
              () -> s.executeUpdate("UPDATE " + big + " SET name = 'x' WHERE x <= 1001"));
      assertRowLimit(refused, "1001", "1000");
      assertThat(snapshot(big)).isEqualTo(before);

      assertThat(s.executeUpdate("UPDATE " + big + " SET name = 'x' WHERE x <= 1000"))
          .isEqualTo(1000);
    }
    assertThat(count(big, "name = 'x'")).isEqualTo(1000);
  }

  @Test
  void deleteReturningCountsTheReturnedRows() throws Exception {
    Snapshot before = snapshot(table);
    try (Connection c = connect("guard.maxAffectedRows=10")) {
      String over = "DELETE FROM " + table + " WHERE x > 5 RETURNING id";
      // every row is counted from the database's statistics, not read from the RETURNING rows
      assertRowLimit(catchThrowable(() -> c.createStatement().executeQuery(over)), "45 rows", "10");
      assertRowLimit(catchThrowable(() -> c.createStatement().execute(over)), "45 rows", "10");
      assertThat(snapshot(table)).isEqualTo(before);

      ResultSet deleted =
          c.createStatement().executeQuery("DELETE FROM " + table + " WHERE x > 47 RETURNING x");
      List<Integer> xs = new ArrayList<>();
      while (deleted.next()) {
        xs.add(deleted.getInt(1));
      }
      assertThat(xs).containsExactlyInAnyOrder(48, 49, 50);
      Statement s = c.createStatement();
      assertThat(s.execute("DELETE FROM " + table + " WHERE x = 47 RETURNING x")).isTrue();
      ResultSet one = s.getResultSet();
      assertThat(one.next()).isTrue();
      assertThat(one.getInt(1)).isEqualTo(47);
      assertThat(one.getStatement()).isSameAs(s);
    }
    assertThat(count(table, null)).isEqualTo(ROWS - 4);
  }

  // ---------------------------------------------------------------- within the limit: lands

  @Test
  void withinLimitWritesLandWithTheRawDriversCounts() throws Exception {
    try (Connection c = connect("guard.maxAffectedRows=10")) {
      Statement s = c.createStatement();
      assertThat(s.executeUpdate("UPDATE " + table + " SET name = 'u' WHERE x <= 10"))
          .isEqualTo(10);
      assertThat(s.executeLargeUpdate("UPDATE " + table + " SET name = 'v' WHERE x <= 3"))
          .isEqualTo(3);
      assertThat(s.execute("DELETE FROM " + table + " WHERE x = 50")).isFalse();
      assertThat(s.getUpdateCount()).isEqualTo(1);
      PreparedStatement p = c.prepareStatement("DELETE FROM " + table + " WHERE x > ?");
      p.setInt(1, 45);
      assertThat(p.executeUpdate()).isEqualTo(4);
      assertThat(c.getAutoCommit()).isTrue();
      assertThat(s.executeUpdate("UPDATE " + table + " SET name = 'none' WHERE x > 1000")).isZero();
    }
    assertThat(count(table, null)).isEqualTo(ROWS - 5);
    assertThat(count(table, "name = 'v'")).isEqualTo(3);
    assertThat(count(table, "name = 'u'")).isEqualTo(7);
  }

  @Test
  void insertValuesIsNotLimitedButInsertSelectIs() throws Exception {
    Snapshot before = snapshot(table);
    try (Connection c = connect("guard.maxAffectedRows=10")) {
      assertRowLimit(
          catchThrowable(
              () ->
                  c.createStatement()
                      .executeUpdate(
                          "INSERT INTO "
                              + table
                              + " (x, name) SELECT x + 100, name FROM "
                              + table)),
          "50 rows",
          "10");
      assertThat(snapshot(table)).isEqualTo(before);
      StringBuilder values = new StringBuilder();
      for (int x = 1; x <= 12; x++) {
        values.append(x == 1 ? "" : ", ").append("(").append(x + 100).append(", 'v')");
      }
      assertThat(
              c.createStatement()
                  .executeUpdate("INSERT INTO " + table + " (x, name) VALUES " + values))
          .isEqualTo(12);
    }
    assertThat(count(table, null)).isEqualTo(ROWS + 12);
  }

  @Test
  void batchesCountEachStatementAndTheTotal() throws Exception {
    Snapshot before = snapshot(table);
    try (Connection c = connect("guard.maxAffectedRows=20")) {
      Statement s = c.createStatement();
      s.addBatch("UPDATE " + table + " SET name = 'a' WHERE x <= 8");
      s.addBatch("INSERT INTO " + table + " (x, name) VALUES (500, 'new')");
      s.addBatch("UPDATE " + table + " SET name = 'b' WHERE x > 8 AND x <= 16");
      s.addBatch("UPDATE " + table + " SET name = 'c' WHERE x > 16 AND x <= 24");
      Throwable refused = catchThrowable(s::executeBatch);
      assertRowLimit(refused, "24 rows in total", "20");
      assertThat(snapshot(table)).isEqualTo(before);

      PreparedStatement p = c.prepareStatement("UPDATE " + table + " SET name = ? WHERE x = ?");
      for (int x = 1; x <= 25; x++) {
        p.setString(1, "p");
        p.setInt(2, x);
        p.addBatch();
      }
      assertRowLimit(catchThrowable(p::executeBatch), "25 rows in total", "20");
      assertThat(snapshot(table)).isEqualTo(before);

      for (int x = 1; x <= 20; x++) {
        p.setString(1, "p");
        p.setInt(2, x);
        p.addBatch();
      }
      int[] counts = p.executeBatch();
      assertThat(counts).hasSize(20).containsOnly(1);
      s.addBatch("UPDATE " + table + " SET name = 'q' WHERE x > 40");
      s.addBatch("INSERT INTO " + table + " (x, name) VALUES (501, 'new')");
      assertThat(s.executeBatch()).containsExactly(10, 1);
    }
    assertThat(count(table, "name = 'p'")).isEqualTo(20);
    assertThat(count(table, "name = 'q'")).isEqualTo(10);
  }

  @Test
  void aRefusedBatchIsEmptiedSoItCannotRunLaterUnmeasured() throws Exception {
    Snapshot before = snapshot(table);
    try (Connection c = connect("guard.maxAffectedRows=10")) {
      Statement s = c.createStatement();
      s.addBatch("DELETE FROM " + table + " WHERE x > 5");
      assertRowLimit(catchThrowable(s::executeBatch), "45", "10");
      assertThat(s.executeBatch()).isEmpty();
    }
    assertThat(snapshot(table)).isEqualTo(before);
  }

  @Test
  void aMultiStatementStringWithALimitedWriteIsRefusedUnrun() throws Exception {
    Snapshot before = snapshot(table);
    try (Connection c = connect("guard.maxAffectedRows=10" + multiQueries())) {
      Throwable refused =
          catchThrowable(
              () ->
                  c.createStatement()
                      .execute(
                          "UPDATE "
                              + table
                              + " SET name = 'a' WHERE x = 1; DELETE FROM "
                              + table
                              + " WHERE x > 1"));
      assertThat(refused)
          .isInstanceOf(GuardViolationException.class)
          .hasMessageContaining("[row-limit]")
          .hasMessageContaining("one statement per execute call");
    }
    assertThat(snapshot(table)).isEqualTo(before);
  }

  /** A URL parameter that lets the driver send several statements in one string, if needed. */
  String multiQueries() {
    return "";
  }

  // ---------------------------------------------------------------- the caller's transaction

  @Test
  void aRefusedWriteKeepsTheCallersUncommittedWorkInManualCommitMode() throws Exception {
    Snapshot before = snapshot(table);
    try (Connection c = connect("guard.maxAffectedRows=10")) {
      c.setAutoCommit(false);
      Statement s = c.createStatement();
      s.executeUpdate("INSERT INTO " + table + " (x, name) VALUES (101, 'mine')");
      s.executeUpdate("UPDATE " + table + " SET name = 'edited' WHERE x = 1");

      assertRowLimit(
          catchThrowable(() -> s.executeUpdate("DELETE FROM " + table + " WHERE x > 2")),
          "49",
          "10");
      assertRowLimit(
          catchThrowable(
              () ->
                  c.prepareStatement("UPDATE " + table + " SET name = 'z' WHERE x > 2")
                      .executeUpdate()),
          "49",
          "10");

      s.executeUpdate("INSERT INTO " + table + " (x, name) VALUES (102, 'mine')");
      c.commit();
    }
    assertThat(count(table, null)).isEqualTo(ROWS + 2);
    assertThat(count(table, "name = 'mine'")).isEqualTo(2);
    assertThat(count(table, "name = 'edited'")).isEqualTo(1);
    assertThat(snapshot(table, "x > 1 AND x <= " + ROWS)).isEqualTo(before.without(1));
  }

  /** Ways a write is refused or fails after the caller's own inserts; the argument is the table. */
  enum Refusal {
    RULE((c, t) -> c.createStatement().executeUpdate("DELETE FROM " + t)),
    ROW_LIMIT((c, t) -> c.createStatement().executeUpdate("DELETE FROM " + t + " WHERE x > 2")),
    ROW_LIMIT_PREPARED(
        (c, t) -> {
          PreparedStatement p = c.prepareStatement("UPDATE " + t + " SET name = ? WHERE x > ?");
          p.setString(1, "z");
          p.setInt(2, 2);
          p.executeUpdate();
        }),
    ROW_LIMIT_BATCH(
        (c, t) -> {
          Statement s = c.createStatement();
          s.addBatch("UPDATE " + t + " SET name = 'b1' WHERE x <= 8");
          s.addBatch("UPDATE " + t + " SET name = 'b2' WHERE x > 8 AND x <= 16");
          s.executeBatch();
        }),
    UNCOUNTABLE(
        (c, t) ->
            c.createStatement()
                .execute(
                    "UPDATE "
                        + t
                        + " SET name = 'm' WHERE x = 1; DELETE FROM "
                        + t
                        + " WHERE x = 2")),
    DATABASE_ERROR((c, t) -> c.createStatement().executeUpdate(failingUpdate(t)));

    final ExecutePath.Run run;

    Refusal(ExecutePath.Run run) {
      this.run = run;
    }
  }

  Stream<Arguments> refusalsInEveryTransactionMode() {
    List<Arguments> all = new ArrayList<>();
    for (Refusal refusal : Refusal.values()) {
      for (String mode : List.of("auto-commit", "manual", "manual with a savepoint")) {
        all.add(Arguments.of(refusal, mode));
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0}, {1}")
  @MethodSource("refusalsInEveryTransactionMode")
  void aRefusedOrFailedWriteKeepsTheCallersEarlierInsertsCommittable(Refusal refusal, String mode)
      throws Exception {
    Snapshot before = snapshot(table);
    try (Connection c = connect("guard.maxAffectedRows=10")) {
      c.setAutoCommit(mode.equals("auto-commit"));
      Statement s = c.createStatement();
      s.executeUpdate("INSERT INTO " + table + " (x, name) VALUES (101, 'mine')");
      Savepoint savepoint = mode.endsWith("savepoint") ? c.setSavepoint() : null;
      c.prepareStatement("INSERT INTO " + table + " (x, name) VALUES (102, 'mine')")
          .executeUpdate();

      Throwable thrown = catchThrowable(() -> refusal.run.run(c, table));

      assertThat(thrown).isInstanceOf(SQLException.class);
      assertThat(c.getAutoCommit()).isEqualTo(mode.equals("auto-commit"));
      s.executeUpdate("INSERT INTO " + table + " (x, name) VALUES (103, 'mine')");
      if (savepoint != null) {
        c.releaseSavepoint(savepoint);
      }
      if (!c.getAutoCommit()) {
        c.commit();
      }
    }
    assertThat(count(table, "name = 'mine'")).isEqualTo(3);
    assertThat(snapshot(table, "x <= " + ROWS)).isEqualTo(before);
  }

  @Test
  void aRefusedWriteKeepsTheCallersSavepoints() throws Exception {
    try (Connection c = connect("guard.maxAffectedRows=10")) {
      c.setAutoCommit(false);
      Statement s = c.createStatement();
      s.executeUpdate("INSERT INTO " + table + " (x, name) VALUES (101, 'kept')");
      Savepoint mine = c.setSavepoint();
      s.executeUpdate("INSERT INTO " + table + " (x, name) VALUES (102, 'undone')");

      assertRowLimit(
          catchThrowable(() -> s.executeUpdate("DELETE FROM " + table + " WHERE x > 2")),
          "50",
          "10");
      assertThat(s.executeUpdate("UPDATE " + table + " SET name = 'within' WHERE x <= 2"))
          .isEqualTo(2);

      c.rollback(mine);
      s.executeUpdate("INSERT INTO " + table + " (x, name) VALUES (103, 'kept')");
      c.releaseSavepoint(c.setSavepoint());
      c.commit();
    }
    assertThat(count(table, null)).isEqualTo(ROWS + 2);
    assertThat(count(table, "name = 'kept'")).isEqualTo(2);
    assertThat(count(table, "name = 'undone'")).isZero();
    assertThat(count(table, "name = 'within'")).isZero();
  }

  @Test
  void measuredWritesInterleaveWithTheCallersSavepointsInOneTransaction() throws Exception {
    try (Connection c = connect("guard.maxAffectedRows=10")) {
      c.setAutoCommit(false);
      PreparedStatement bump = c.prepareStatement("UPDATE " + table + " SET name = ? WHERE x = ?");
      for (int i = 0; i < 200; i++) {
        bump.setString(1, "r" + i);
        bump.setInt(2, 1 + i % 10);
        assertThat(bump.executeUpdate()).isEqualTo(1);
      }
      Savepoint first = c.setSavepoint();
      bump.setString(1, "after-first");
      bump.setInt(2, 11);
      bump.executeUpdate();
      Savepoint second = c.setSavepoint("second");
      bump.setString(1, "after-second");
      bump.setInt(2, 12);
      bump.executeUpdate();
      assertRowLimit(
          catchThrowable(
              () -> c.createStatement().executeUpdate("DELETE FROM " + table + " WHERE x > 20")),
          "30",
          "10");
      c.rollback(second);
      bump.setString(1, "after-rollback");
      bump.setInt(2, 13);
      bump.executeUpdate();
      c.releaseSavepoint(first);
      Statement s = c.createStatement();
      s.execute("SAVEPOINT by_sql");
      bump.setString(1, "undone-by-sql");
      bump.setInt(2, 14);
      bump.executeUpdate();
      s.execute("ROLLBACK TO SAVEPOINT by_sql");
      bump.setString(1, "last");
      bump.setInt(2, 15);
      bump.executeUpdate();
      assertRowLimit(
          catchThrowable(() -> s.executeUpdate("UPDATE " + table + " SET name = 'z' WHERE x > 1")),
          "49",
          "10");
      c.commit();
      bump.setString(1, "next-transaction");
      bump.setInt(2, 16);
      bump.executeUpdate();
      c.rollback();
    }
    assertThat(count(table, null)).isEqualTo(ROWS);
    assertThat(count(table, "name = 'r199'")).isEqualTo(1);
    assertThat(count(table, "name = 'after-first'")).isEqualTo(1);
    assertThat(count(table, "name = 'after-second'")).isZero();
    assertThat(count(table, "name = 'after-rollback'")).isEqualTo(1);
    assertThat(count(table, "name = 'undone-by-sql'")).isZero();
    assertThat(count(table, "name = 'last'")).isEqualTo(1);
    assertThat(count(table, "name = 'next-transaction'")).isZero();
    assertThat(count(table, "name = 'z'")).isZero();
  }

  @Test
  void aWithinLimitWriteInTheCallersTransactionCommitsOrRollsBackWithIt() throws Exception {
    Snapshot before = snapshot(table);
    try (Connection c = connect("guard.maxAffectedRows=10")) {
      c.setAutoCommit(false);
      assertThat(c.createStatement().executeUpdate("DELETE FROM " + table + " WHERE x <= 5"))
          .isEqualTo(5);
      assertThat(count(table, null)).isEqualTo(ROWS); // not committed yet
      c.rollback();
      assertThat(snapshot(table)).isEqualTo(before);
      assertThat(c.createStatement().executeUpdate("DELETE FROM " + table + " WHERE x <= 5"))
          .isEqualTo(5);
      c.commit();
    }
    assertThat(count(table, null)).isEqualTo(ROWS - 5);
  }

  @Test
  void aFailingMeasuredWriteLeavesTheCallersTransactionUsable() throws Exception {
    try (Connection c = connect("guard.maxAffectedRows=10")) {
      c.setAutoCommit(false);
      Statement s = c.createStatement();
      s.executeUpdate("INSERT INTO " + table + " (x, name) VALUES (101, 'kept')");

      Throwable failed = catchThrowable(() -> s.executeUpdate(failingUpdate(table)));

      assertThat(failed)
          .isInstanceOf(SQLException.class)
          .isNotInstanceOf(GuardViolationException.class);
      s.executeUpdate("INSERT INTO " + table + " (x, name) VALUES (102, 'kept')");
      c.commit();
    }
    assertThat(count(table, "name = 'kept'")).isEqualTo(2);
    assertThat(count(table, null)).isEqualTo(ROWS + 2);
  }

  @Test
  void aFailingMeasuredWriteInAutoCommitModeRestoresAutoCommit() throws Exception {
    Snapshot before = snapshot(table);
    try (Connection c = connect("guard.maxAffectedRows=10")) {
      assertThat(catchThrowable(() -> c.createStatement().executeUpdate(failingUpdate(table))))
          .isInstanceOf(SQLException.class);
      assertThat(c.getAutoCommit()).isTrue();
      c.createStatement().executeUpdate("INSERT INTO " + table + " (x, name) VALUES (101, 'auto')");
    }
    assertThat(snapshot(table, "x <= " + ROWS)).isEqualTo(before);
    assertThat(count(table, "name = 'auto'")).isEqualTo(1);
  }

  @Test
  void aPooledConnectionSurvivesARefusalWithItsAutoCommitIntact() throws Exception {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(db.guardUrl() + separator() + "guard.maxAffectedRows=10");
    config.setUsername(db.user());
    config.setPassword(db.password());
    config.setMaximumPoolSize(1);
    Snapshot before = snapshot(table);
    try (HikariDataSource pool = new HikariDataSource(config)) {
      try (Connection c = pool.getConnection()) {
        assertRowLimit(
            catchThrowable(() -> c.createStatement().executeUpdate("DELETE FROM " + table)),
            null,
            null);
        assertRowLimit(
            catchThrowable(
                () -> c.createStatement().executeUpdate("DELETE FROM " + table + " WHERE x > 1")),
            "49",
            "10");
      }
      try (Connection again = pool.getConnection()) {
        assertThat(again.getAutoCommit()).isTrue();
        assertThat(
                again
                    .createStatement()
                    .executeUpdate("UPDATE " + table + " SET name = 'ok' WHERE x = 1"))
            .isEqualTo(1);
      }
      assertThat(pool.getHikariPoolMXBean().getTotalConnections()).isEqualTo(1);
    }
    assertThat(snapshot(table, "x > 1")).isEqualTo(before.without(1));
  }

  // ---------------------------------------------------------------- dry runs

  @Test
  void aDryRunWithinTheLimitRunsForReal() throws Exception {
    try (Connection c =
        connect("guard.rule.delete-without-where=dry-run&guard.maxAffectedRows=100")) {
      assertThat(c.createStatement().executeUpdate("DELETE FROM " + table)).isEqualTo(ROWS);
    }
    assertThat(count(table, null)).isZero();
  }

  @Test
  void aDryRunOverTheLimitIsRefusedWithItsReport() throws Exception {
    Snapshot before = snapshot(table);
    try (Connection c =
        connect("guard.rule.delete-without-where=dry-run&guard.maxAffectedRows=10")) {
      c.setAutoCommit(false);
      c.createStatement().executeUpdate("INSERT INTO " + table + " (x, name) VALUES (101, 'mine')");

      GuardViolationException refused =
          catchThrowableOfType(
              GuardViolationException.class,
              () -> c.createStatement().executeUpdate("DELETE FROM " + table));

      assertThat(refused.getSQLState()).isEqualTo("42JG1");
      assertThat(refused.getMessage())
          .startsWith("[row-limit] Dry run:")
          .contains("51 rows")
          .contains("(10)")
          .contains("Plan: ")
          .contains("guard.rule.delete-without-where=dry-run")
          .contains("guard.maxAffectedRows");
      assertThat(refused.getVerdict().ruleIds()).contains("row-limit", "delete-without-where");
      c.rollback();
    }
    assertThat(snapshot(table)).isEqualTo(before);
  }

  /** A read that calls the database's sleep function (flagged by rule sleep-function). */
  abstract String sleepingRead(String table);

  @Test
  void aReadRoutedToADryRunChangesNothingAndReturnsEveryRow() throws Exception {
    try (Connection c = connect("guard.rule.sleep-function=dry-run&guard.maxAffectedRows=10")) {
      ResultSet rows = c.createStatement().executeQuery(sleepingRead(table));
      int n = 0;
      while (rows.next()) {
        n++;
      }
      assertThat(n).isEqualTo(ROWS);
    }
  }

  @Test
  void dryRunsByStatementKindMeasureInsertsToo() throws Exception {
    Snapshot before = snapshot(table);
    try (Connection c = connect("guard.dryRun=insert,update&guard.maxAffectedRows=10")) {
      String copy = "INSERT INTO " + table + " (x, name) SELECT x + 100, name FROM " + table;
      assertRowLimit(catchThrowable(() -> c.createStatement().executeUpdate(copy)), "50", "10");
      assertThat(snapshot(table)).isEqualTo(before);
      assertThat(
              c.createStatement()
                  .executeUpdate("INSERT INTO " + table + " (x, name) VALUES (7, 'seven')"))
          .isEqualTo(1);
      PreparedStatement p = c.prepareStatement("UPDATE " + table + " SET name = ? WHERE x <= ?");
      p.setString(1, "dry");
      p.setInt(2, 3);
      assertThat(p.executeUpdate()).isEqualTo(3);
    }
    assertThat(count(table, null)).isEqualTo(ROWS + 1);
    assertThat(count(table, "name = 'dry'")).isEqualTo(3);
  }

  @Test
  void aDryRunOfDdlRunsOnlyWhereDdlCanBeRolledBack() throws Exception {
    try (Connection c = connect("guard.dryRun=ddl")) {
      String create = "CREATE TABLE " + scratch + " (id INT)";
      if (transactionalDdl()) {
        assertThat(c.createStatement().executeUpdate(create)).isZero();
        assertThat(tableExists(scratch)).isTrue();
      } else {
        GuardViolationException refused =
            catchThrowableOfType(
                GuardViolationException.class, () -> c.createStatement().executeUpdate(create));
        assertThat(refused.getMessage())
            .startsWith("[cannot-roll-back]")
            .contains("commits DDL implicitly");
        assertThat(tableExists(scratch)).isFalse();
      }
    }
  }

  // ---------------------------------------------------------------- sandbox mode

  @Test
  void sandboxModePersistsNothingAcrossAScriptedSession() throws Exception {
    Snapshot before = snapshot(table);
    try (Connection c = connect("guard.mode=sandbox&guard.maxAffectedRows=30")) {
      Statement s = c.createStatement();
      assertThat(s.executeUpdate("INSERT INTO " + table + " (x, name) VALUES (101, 'new')"))
          .isEqualTo(1);
      assertThat(s.executeUpdate("UPDATE " + table + " SET name = 'up' WHERE x <= 20"))
          .isEqualTo(20);
      assertThat(s.executeUpdate("DELETE FROM " + table + " WHERE x > 45")).isEqualTo(5);
      assertThat(s.execute("UPDATE " + table + " SET x = x + 1000 WHERE x = 1")).isFalse();
      assertThat(s.getUpdateCount()).isEqualTo(1);
      PreparedStatement p =
          c.prepareStatement(
              "INSERT INTO " + table + " (x, name) VALUES (?, ?)", Statement.RETURN_GENERATED_KEYS);
      p.setInt(1, 102);
      p.setString(2, "prepared");
      assertThat(p.executeUpdate()).isEqualTo(1);
      ResultSet keys = p.getGeneratedKeys();
      assertThat(keys.next()).isTrue();
      s.addBatch("UPDATE " + table + " SET name = 'b' WHERE x <= 3");
      s.addBatch("DELETE FROM " + table + " WHERE x = 4");
      assertThat(s.executeBatch()).containsExactly(3, 1);
      ResultSet rows = s.executeQuery("SELECT COUNT(*) FROM " + table);
      rows.next();
      assertThat(rows.getLong(1)).isEqualTo(ROWS); // each write was rolled back at once

      c.setAutoCommit(false);
      assertThat(s.executeUpdate("DELETE FROM " + table + " WHERE x <= 10")).isEqualTo(10);
      c.commit();
      c.setAutoCommit(true);
      if (transactionalDdl()) {
        s.executeUpdate("CREATE TABLE " + scratch + " (id INT)");
      } else {
        assertThat(catchThrowable(() -> s.executeUpdate("CREATE TABLE " + scratch + " (id INT)")))
            .isInstanceOf(GuardViolationException.class)
            .hasMessageContaining("[cannot-roll-back]");
      }
      assertRowLimit(
          catchThrowable(
              () -> s.executeUpdate("UPDATE " + table + " SET name = 'all' WHERE x <= 40")),
          "40",
          "30");
    }
    assertThat(snapshot(table)).isEqualTo(before);
    assertThat(tableExists(scratch)).isFalse();
  }

  @Test
  void sandboxModeAlsoRollsBackWritesHiddenInReads() throws Exception {
    Snapshot before = snapshot(table);
    try (Connection c = connect("guard.mode=sandbox")) {
      ResultSet locked =
          c.createStatement().executeQuery("SELECT x FROM " + table + " WHERE x = 1 FOR UPDATE");
      assertThat(locked.next()).isTrue();
      assertThat(locked.getInt(1)).isEqualTo(1);
      if (transactionalDdl()) {
        c.createStatement().execute("SELECT * INTO " + scratch + " FROM " + table);
      }
    }
    try (Connection other = db.raw()) {
      other.setAutoCommit(false);
      assertThat(
              other
                  .createStatement()
                  .executeUpdate("UPDATE " + table + " SET name = 'free' WHERE x = 1"))
          .isEqualTo(1);
      other.rollback();
    }
    assertThat(tableExists(scratch)).isFalse();
    assertThat(snapshot(table)).isEqualTo(before);
  }

  // ---------------------------------------------------------------- profiles and settings

  @Test
  void theReadOnlyProfileRefusesWritesInTheDatabaseEvenWhenEveryRuleAllowsThem() throws Exception {
    Snapshot before = snapshot(table);
    try (Connection c = connect("guard.profile=read-only&guard.rule.read-only=allow")) {
      assertThat(c.isReadOnly()).isTrue();
      Statement s = c.createStatement();
      SQLException insert =
          catchThrowableOfType(
              SQLException.class,
              () -> s.executeUpdate("INSERT INTO " + table + " (x, name) VALUES (101, 'w')"));
      assertThat((Throwable) insert).isNotInstanceOf(GuardViolationException.class);
      assertThat(insert.getSQLState()).isEqualTo("25006");
      SQLException update =
          catchThrowableOfType(
              SQLException.class,
              () -> s.executeUpdate("UPDATE " + table + " SET name = 'w' WHERE x = 1"));
      assertThat((Throwable) update).isNotNull().isNotInstanceOf(GuardViolationException.class);
      assertThat(c.getAutoCommit()).isTrue();

      c.setAutoCommit(false);
      assertThat(
              catchThrowable(
                  () -> s.executeUpdate("INSERT INTO " + table + " (x, name) VALUES (101, 'w')")))
          .isInstanceOf(SQLException.class)
          .isNotInstanceOf(GuardViolationException.class);
      c.rollback();
      c.setAutoCommit(true);

      ResultSet rows = s.executeQuery("SELECT COUNT(*) FROM " + table);
      rows.next();
      assertThat(rows.getLong(1)).isEqualTo(ROWS);
    }
    assertThat(snapshot(table)).isEqualTo(before);
  }

  @Test
  void theReadOnlyProfileRefusesWritesAndSetReadOnlyFalse() throws Exception {
    Snapshot before = snapshot(table);
    try (Connection c = connect("guard.profile=read-only")) {
      GuardViolationException refused =
          catchThrowableOfType(
              GuardViolationException.class,
              () ->
                  c.createStatement()
                      .executeUpdate("INSERT INTO " + table + " (x, name) VALUES (1, 'w')"));
      assertThat(refused.getMessage()).startsWith("[read-only]");
      GuardViolationException lift =
          catchThrowableOfType(GuardViolationException.class, () -> c.setReadOnly(false));
      assertThat(lift.getSQLState()).isEqualTo("42JG1");
      assertThat(lift.getMessage()).contains("[read-only]").contains("readOnly=true");
      assertThat(c.isReadOnly()).isTrue();
      c.setReadOnly(true);
    }
    assertThat(snapshot(table)).isEqualTo(before);
  }

  @Test
  void aReadOnlyPoolWorksThroughHikari() throws Exception {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(db.guardUrl() + separator() + "guard.profile=read-only");
    config.setUsername(db.user());
    config.setPassword(db.password());
    config.setReadOnly(true);
    config.setMaximumPoolSize(1);
    try (HikariDataSource pool = new HikariDataSource(config);
        Connection c = pool.getConnection()) {
      ResultSet rows = c.createStatement().executeQuery("SELECT COUNT(*) FROM " + table);
      rows.next();
      assertThat(rows.getLong(1)).isEqualTo(ROWS);
    }
  }

  @Test
  void theAuditProfileLetsAnOverLimitWriteLand() throws Exception {
    try (Connection c = connect("guard.profile=audit&guard.maxAffectedRows=10")) {
      assertThat(c.createStatement().executeUpdate("DELETE FROM " + table + " WHERE x > 5"))
          .isEqualTo(45);
      assertThat(c.createStatement().executeUpdate("DELETE FROM " + table)).isEqualTo(5);
    }
    assertThat(count(table, null)).isZero();
  }

  @Test
  void aProtectedDatabaseRefusesLooseningSettingsAtConnectTime() {
    String protect = "guard.protect=" + db.url().replaceAll(".*/", "").replaceAll("[?;].*", "");
    for (String loosening :
        List.of(
            "guard.rule.drop-object=allow",
            "guard.rule.row-limit=warn",
            "guard.maxAffectedRows=0",
            "guard.profile=audit",
            "guard.unwrap=allow")) {
      assertThatThrownBy(() -> connect(protect + "&" + loosening).close())
          .as(loosening)
          .isInstanceOf(SQLException.class)
          .hasMessageContaining(loosening.substring(0, loosening.indexOf('=')))
          .hasMessageContaining("protected")
          .extracting(e -> ((SQLException) e).getSQLState())
          .isEqualTo("22023");
    }
  }

  @Test
  void aGuardDataSourceChecksProtectionAgainstEachConnectionsUrl() throws Exception {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(db.url());
    config.setUsername(db.user());
    config.setPassword(db.password());
    config.setMaximumPoolSize(1);
    try (HikariDataSource rawPool = new HikariDataSource(config)) {
      java.util.Properties settings = new java.util.Properties();
      settings.setProperty("guard.protect", "*");
      settings.setProperty("guard.rule.drop-object", "allow");
      javax.sql.DataSource guarded =
          new io.jdbcguard.driver.GuardDataSource(
              rawPool, io.jdbcguard.rules.Dialect.forJdbcUrl(db.url()), settings);

      assertThatThrownBy(guarded::getConnection)
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("guard.rule.drop-object=allow")
          .hasMessageContaining("protected database");
      assertThat(rawPool.getHikariPoolMXBean().getActiveConnections()).isZero();

      settings.remove("guard.rule.drop-object");
      settings.setProperty("guard.maxAffectedRows", "3");
      javax.sql.DataSource strict =
          new io.jdbcguard.driver.GuardDataSource(
              rawPool, io.jdbcguard.rules.Dialect.forJdbcUrl(db.url()), settings);
      Snapshot before = snapshot(table);
      try (Connection c = strict.getConnection()) {
        assertRowLimit(
            catchThrowable(
                () ->
                    c.createStatement()
                        .executeUpdate("UPDATE " + table + " SET name = 'x' WHERE x <= 4")),
            "4",
            "3");
      }
      assertThat(snapshot(table)).isEqualTo(before);
    }
  }

  @Test
  void aProtectedDatabaseTakesTheStrictestValueOfEverySource() throws Exception {
    Path file = Files.createTempFile("guard-policy", ".properties");
    try {
      Files.writeString(
          file,
          "# ops policy\nguard.protect=*\nguard.maxAffectedRows=5\nguard.profile=read-only\n",
          StandardCharsets.UTF_8);
      Snapshot before = snapshot(table);
      try (Connection c =
          connect("guard.policyFile=" + file + "&guard.maxAffectedRows=500&guard.profile=agent")) {
        assertThat(c.isReadOnly()).isTrue();
        assertThat(
                catchThrowable(
                    () ->
                        c.createStatement()
                            .executeUpdate("UPDATE " + table + " SET name = 'x' WHERE x <= 2")))
            .isInstanceOf(GuardViolationException.class)
            .hasMessageContaining("[read-only]");
      }
      assertThat(snapshot(table)).isEqualTo(before);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  @Test
  void aPolicyFileSetsTheLimitAndTheUrlWinsOverIt() throws Exception {
    Path file = Files.createTempFile("guard-policy", ".properties");
    try {
      Files.writeString(file, "guard.maxAffectedRows=3\n", StandardCharsets.UTF_8);
      Snapshot before = snapshot(table);
      try (Connection c = connect("guard.policyFile=" + file)) {
        assertRowLimit(
            catchThrowable(
                () ->
                    c.createStatement()
                        .executeUpdate("UPDATE " + table + " SET name = 'x' WHERE x <= 4")),
            "4",
            "3");
      }
      assertThat(snapshot(table)).isEqualTo(before);
      try (Connection c = connect("guard.policyFile=" + file + "&guard.maxAffectedRows=4")) {
        assertThat(
                c.createStatement()
                    .executeUpdate("UPDATE " + table + " SET name = 'x' WHERE x <= 4"))
            .isEqualTo(4);
      }
      Files.writeString(file, "guard.maxAffectedRows=many\n", StandardCharsets.UTF_8);
      assertThatThrownBy(() -> connect("guard.policyFile=" + file).close())
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("guard.maxAffectedRows")
          .hasMessageContaining("policy file");
    } finally {
      Files.deleteIfExists(file);
    }
  }

  // ---------------------------------------------------------------- helpers

  Connection connect(String parameters) throws SQLException {
    return DriverManager.getConnection(
        db.guardUrl() + separator() + parameters, db.user(), db.password());
  }

  String separator() {
    return db.guardUrl().contains("?") ? "&" : "?";
  }

  static void assertRowLimit(Throwable thrown, String rows, String limit) {
    assertThat(thrown).isInstanceOf(GuardViolationException.class);
    GuardViolationException e = (GuardViolationException) thrown;
    assertThat(e.getSQLState()).isEqualTo("42JG1");
    if (rows != null) {
      assertThat(e.getMessage())
          .startsWith("[row-limit]")
          .contains(rows)
          .contains("guard.maxAffectedRows allows (" + limit + ")")
          .contains("guard.rule.row-limit");
    }
  }

  long count(String name, String where) throws SQLException {
    try (Connection raw = db.raw();
        ResultSet rs =
            raw.createStatement()
                .executeQuery(
                    "SELECT COUNT(*) FROM " + name + (where == null ? "" : " WHERE " + where))) {
      rs.next();
      return rs.getLong(1);
    }
  }

  boolean tableExists(String name) throws SQLException {
    try (Connection raw = db.raw()) {
      raw.createStatement().executeQuery("SELECT COUNT(*) FROM " + name).close();
      return true;
    } catch (SQLException e) {
      return false;
    }
  }

  /** Every row of a table, as the raw driver reads it: the row count and a digest in key order. */
  record Snapshot(long rows, String sha256, List<String> lines) {
    Snapshot without(int x) {
      List<String> kept = new ArrayList<>();
      for (String line : lines) {
        if (!line.startsWith(x + "|")) {
          kept.add(line);
        }
      }
      return Snapshot.of(kept);
    }

    static Snapshot of(List<String> lines) {
      try {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        for (String line : lines) {
          digest.update((line + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return new Snapshot(
            lines.size(), HexFormat.of().formatHex(digest.digest()), List.copyOf(lines));
      } catch (NoSuchAlgorithmException e) {
        throw new AssertionError(e);
      }
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Snapshot
          && ((Snapshot) o).sha256.equals(sha256)
          && ((Snapshot) o).rows == rows;
    }

    @Override
    public int hashCode() {
      return sha256.hashCode();
    }

    @Override
    public String toString() {
      return rows + " rows, sha256 " + sha256;
    }
  }

  Snapshot snapshot(String name) throws SQLException {
    return snapshot(name, null);
  }

  Snapshot snapshot(String name, String where) throws SQLException {
    List<String> lines = new ArrayList<>();
    try (Connection raw = db.raw();
        ResultSet rs =
            raw.createStatement()
                .executeQuery(
                    "SELECT x, id, name FROM "
                        + name
                        + (where == null ? "" : " WHERE " + where)
                        + " ORDER BY x, id")) {
      while (rs.next()) {
        lines.add(rs.getInt(1) + "|" + rs.getLong(2) + "|" + rs.getString(3));
      }
    }
    return Snapshot.of(lines);
  }
}
