package io.jdbcguard.driver.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.jdbcguard.driver.GuardDataSource;
import io.jdbcguard.driver.GuardViolationException;
import io.jdbcguard.rules.Dialect;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What jdbc-guard promises against a real server, through a HikariCP pool configured only with a
 * {@code jdbc:guard:} URL: every execute path refuses destructive SQL without touching the data,
 * allowed SQL behaves exactly as with the raw driver, and a refusal inside a transaction neither
 * ends the transaction nor costs the pool its connection. Each server has a subclass.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class GuardedDatabaseContract {

  /** The server under test. */
  abstract TestDatabases.Database database();

  /**
   * CREATE TABLE with an auto-generated integer key {@code id}, an int {@code x}, a {@code name}.
   */
  abstract String createTable(String table);

  /** Creates a routine {@code name} doubling an int, callable with {@link #callDoubling}. */
  abstract String createDoublingRoutine(String name);

  /** The JDBC call escape for the routine; parameter 1 is the input, 2 the output. */
  abstract String callDoubling(String name);

  abstract String dropDoublingRoutine(String name);

  /** A vendor type of the real driver's connection, e.g. {@code org.postgresql.PGConnection}. */
  abstract Class<?> vendorConnectionType();

  private final String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
  private final String table = "guard_it_" + suffix;
  private final String routine = "guard_it_double_" + suffix;
  private TestDatabases.Database db;
  private HikariDataSource pool;

  @BeforeAll
  void createSchemaAndPool() throws SQLException {
    db = database();
    try (Connection raw = db.raw();
        Statement s = raw.createStatement()) {
      s.execute(createTable(table));
      s.execute(createDoublingRoutine(routine));
    }
    pool = db.guardedPool("guard-it-" + suffix, 2);
  }

  @AfterAll
  void dropSchemaThroughTheRawDriver() throws SQLException {
    if (pool != null) {
      pool.close();
    }
    if (db != null) {
      try (Connection raw = db.raw();
          Statement s = raw.createStatement()) {
        s.execute("DROP TABLE IF EXISTS " + table); // the guard would (rightly) refuse this
        s.execute(dropDoublingRoutine(routine));
      }
    }
  }

  @BeforeEach
  void resetRows() throws SQLException {
    try (Connection raw = db.raw();
        Statement s = raw.createStatement()) {
      s.executeUpdate("DELETE FROM " + table);
      s.executeUpdate("INSERT INTO " + table + " (x, name) VALUES (1, 'a'), (2, 'b'), (3, 'c')");
    }
  }

  // ---------------------------------------------------------------- refused on every path

  Stream<Arguments> destructiveStatementsOnEveryPath() {
    List<String> statements =
        List.of(
            "DROP TABLE " + table,
            "TRUNCATE TABLE " + table,
            "DELETE FROM " + table,
            "UPDATE " + table + " SET x = 1",
            "DELETE FROM " + table + " WHERE id = NULL");
    return Arrays.stream(ExecutePath.values())
        .flatMap(path -> statements.stream().map(sql -> Arguments.of(path, sql)));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("destructiveStatementsOnEveryPath")
  void refusesDestructiveSqlOnEveryPathAndLeavesTheRowsAlone(ExecutePath path, String sql)
      throws SQLException {
    long before = rowCount();
    Throwable thrown;
    try (Connection connection = pool.getConnection()) {
      thrown = catchThrowable(() -> path.run(connection, sql));
    }

    assertThat(thrown).isInstanceOf(GuardViolationException.class);
    assertThat(((SQLException) thrown).getSQLState()).isEqualTo("42JG1");
    assertThat(rowCount()).isEqualTo(before).isEqualTo(3);
  }

  // ---------------------------------------------------------------- allowed: same as raw

  @Test
  void queriesReturnWhatTheRawDriverReturns() throws SQLException {
    String select = "SELECT id, x, name FROM " + table + " ORDER BY id";
    Object rows = assertSameOnBoth(c -> rows(c.createStatement().executeQuery(select)));
    assertThat((List<?>) rows).hasSize(3);
    assertSameOnBoth(
        c -> {
          Statement s = c.createStatement();
          return List.of(s.execute(select), rows(s.getResultSet()));
        });
    assertSameOnBoth(
        c -> {
          PreparedStatement p = c.prepareStatement("SELECT name FROM " + table + " WHERE x > ?");
          p.setInt(1, 1);
          return rows(p.executeQuery());
        });
  }

  @Test
  void updateCountsAreWhatTheRawDriverReturns() throws SQLException {
    String update = "UPDATE " + table + " SET x = x + 10 WHERE name = 'a'";
    assertSameOnBoth(c -> c.createStatement().executeUpdate(update));
    assertSameOnBoth(c -> c.createStatement().executeUpdate(update, Statement.NO_GENERATED_KEYS));
    assertSameOnBoth(c -> c.createStatement().executeLargeUpdate(update));
    assertSameOnBoth(c -> c.createStatement().execute(update));
    assertSameOnBoth(
        c -> {
          Statement s = c.createStatement();
          s.execute(update);
          return s.getUpdateCount();
        });
    assertSameOnBoth(c -> c.prepareStatement(update).executeUpdate());
    assertSameOnBoth(c -> c.prepareStatement(update).executeLargeUpdate());
  }

  @Test
  void deleteAndUpdateWithARealPredicateRun() throws SQLException {
    try (Connection c = pool.getConnection()) {
      assertThat(c.createStatement().executeUpdate("DELETE FROM " + table + " WHERE name = 'a'"))
          .isEqualTo(1);
      PreparedStatement p = c.prepareStatement("UPDATE " + table + " SET x = ? WHERE name = ?");
      p.setInt(1, 99);
      p.setString(2, "b");
      assertThat(p.executeUpdate()).isEqualTo(1);
    }
    assertThat(rowCount()).isEqualTo(2);
  }

  @Test
  void generatedKeysComeBackAsWithTheRawDriver() throws SQLException {
    String insert = "INSERT INTO " + table + " (x, name) VALUES (7, 'k')";
    assertSameOnBoth(
        c -> keyShape(c, s -> s.executeUpdate(insert, Statement.RETURN_GENERATED_KEYS)));
    assertSameOnBoth(c -> keyShape(c, s -> s.execute(insert, Statement.RETURN_GENERATED_KEYS)));
    assertSameOnBoth(
        c -> keyShape(c, s -> s.executeLargeUpdate(insert, Statement.RETURN_GENERATED_KEYS)));
    assertSameOnBoth(
        c -> {
          PreparedStatement p = c.prepareStatement(insert, Statement.RETURN_GENERATED_KEYS);
          p.executeUpdate();
          return keyRowCount(c, p.getGeneratedKeys());
        });
    assertSameOnBoth(
        c -> {
          PreparedStatement p = c.prepareStatement(insert, new String[] {"id"});
          p.executeUpdate();
          return keyRowCount(c, p.getGeneratedKeys());
        });
  }

  @Test
  void generatedKeysIdentifyTheInsertedRow() throws SQLException {
    try (Connection c = pool.getConnection()) {
      Statement s = c.createStatement();
      s.executeUpdate(
          "INSERT INTO " + table + " (x, name) VALUES (8, 'new')", Statement.RETURN_GENERATED_KEYS);
      ResultSet keys = s.getGeneratedKeys();
      assertThat(keys.next()).isTrue();
      long id = keys.getLong(1);
      assertThat(keys.getStatement()).isSameAs(s);
      PreparedStatement q = c.prepareStatement("SELECT name FROM " + table + " WHERE id = ?");
      q.setLong(1, id);
      assertThat(rows(q.executeQuery())).containsExactly(List.of("new"));
    }
  }

  @Test
  void batchesReturnTheCountsOfTheRawDriver() throws SQLException {
    assertSameOnBoth(
        c -> {
          Statement s = c.createStatement();
          s.addBatch("INSERT INTO " + table + " (x, name) VALUES (20, 'p')");
          s.addBatch("UPDATE " + table + " SET x = x + 1 WHERE name = 'b'");
          return Arrays.toString(s.executeBatch());
        });
    assertSameOnBoth(
        c -> {
          Statement s = c.createStatement();
          s.addBatch("INSERT INTO " + table + " (x, name) VALUES (21, 'q')");
          return Arrays.toString(s.executeLargeBatch());
        });
    assertSameOnBoth(
        c -> {
          PreparedStatement p =
              c.prepareStatement("INSERT INTO " + table + " (x, name) VALUES (?, ?)");
          for (int i = 0; i < 3; i++) {
            p.setInt(1, 30 + i);
            p.setString(2, "r" + i);
            p.addBatch();
          }
          return Arrays.toString(p.executeBatch());
        });
  }

  @Test
  void aRefusedAddBatchLeavesTheBatchAsItWas() throws SQLException {
    try (Connection c = pool.getConnection()) {
      Statement s = c.createStatement();
      s.addBatch("INSERT INTO " + table + " (x, name) VALUES (40, 'batch')");
      assertThat(catchThrowable(() -> s.addBatch("DELETE FROM " + table)))
          .isInstanceOf(GuardViolationException.class);
      assertThat(s.executeBatch()).hasSize(1);
    }
    assertThat(rowCount()).isEqualTo(4);
  }

  @Test
  void callableStatementsReturnWhatTheRawDriverReturns() throws SQLException {
    Object doubled =
        assertSameOnBoth(
            c -> {
              CallableStatement call = c.prepareCall(callDoubling(routine));
              call.setInt(1, 21);
              call.registerOutParameter(2, Types.INTEGER);
              call.execute();
              return call.getInt(2);
            });

    assertThat(doubled).isEqualTo(42);
  }

  @Test
  void metaDataAnswersAsWithTheRawDriver() throws SQLException {
    assertSameOnBoth(c -> c.getMetaData().getDatabaseProductVersion());
    Object columns =
        assertSameOnBoth(c -> rows(c.getMetaData().getColumns(null, null, table, "%"), 4));
    assertThat(columns.toString()).contains("name");
    assertSameOnBoth(c -> rows(c.getMetaData().getPrimaryKeys(null, null, table), 4));
    assertSameOnBoth(
        c -> rows(c.getMetaData().getTables(null, null, table, new String[] {"TABLE"}), 3));
  }

  @Test
  void backReferencesThroughTheDriverAreTheGuardedObjects() throws SQLException {
    try (Connection c = db.guarded()) {
      Statement s = c.createStatement();
      ResultSet rs = s.executeQuery("SELECT 1");
      DatabaseMetaData metaData = c.getMetaData();

      assertThat(s.getConnection()).isSameAs(c);
      assertThat(rs.getStatement()).isSameAs(s);
      assertThat(metaData.getConnection()).isSameAs(c);
      assertThat(c.prepareStatement("SELECT 1").getConnection()).isSameAs(c);
      ResultSet tables = metaData.getTables(null, null, table, null);
      if (tables.getStatement() != null) {
        assertThat(tables.getStatement().getConnection()).isSameAs(c);
      }
    }
  }

  @Test
  void unwrapRefusesTheVendorConnectionUnlessAllowed() throws SQLException {
    try (Connection c = pool.getConnection()) {
      assertThat(c.isWrapperFor(vendorConnectionType())).isFalse();
      Throwable refused = catchThrowable(() -> c.unwrap(vendorConnectionType()));
      assertThat(refused)
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("guard.unwrap=allow");
      assertThat(((SQLException) refused).getSQLState()).isEqualTo("42JG2");
    }
    try (Connection allowed =
        DriverManager.getConnection(
            db.guardUrl() + separator() + "guard.unwrap=allow", db.user(), db.password())) {
      assertThat(allowed.unwrap(vendorConnectionType())).isInstanceOf(vendorConnectionType());
    }
  }

  @Test
  void guardDataSourceOverARawPoolBlocksAndAllows() throws SQLException {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(db.url());
    config.setUsername(db.user());
    config.setPassword(db.password());
    config.setMaximumPoolSize(1);
    try (HikariDataSource rawPool = new HikariDataSource(config)) {
      DataSource guarded = new GuardDataSource(rawPool, Dialect.forJdbcUrl(db.url()));
      try (Connection c = guarded.getConnection()) {
        assertThat(catchThrowable(() -> c.createStatement().execute("TRUNCATE TABLE " + table)))
            .isInstanceOf(GuardViolationException.class);
        assertThat(rows(c.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)))
            .containsExactly(List.of(3L));
      }
    }
    assertThat(rowCount()).isEqualTo(3);
  }

  private String separator() {
    return db.guardUrl().contains("?") ? "&" : "?";
  }

  // ---------------------------------------------------------------- transactions and the pool

  @Test
  void aRefusalInsideATransactionKeepsTheEarlierWorkAndThePooledConnection() throws SQLException {
    try (HikariDataSource single = db.guardedPool("guard-it-tx-" + suffix, 1)) {
      Connection guardedBefore;
      try (Connection c = single.getConnection()) {
        guardedBefore = c.unwrap(Connection.class);
        c.setAutoCommit(false);
        Statement s = c.createStatement();
        s.executeUpdate("INSERT INTO " + table + " (x, name) VALUES (50, 'tx1')");
        s.executeUpdate("INSERT INTO " + table + " (x, name) VALUES (51, 'tx2')");

        Throwable refused = catchThrowable(() -> s.executeUpdate("DELETE FROM " + table));

        assertThat(refused).isInstanceOf(GuardViolationException.class);
        // the transaction is still alive (PostgreSQL would refuse this in an aborted one)
        s.executeUpdate("INSERT INTO " + table + " (x, name) VALUES (52, 'tx3')");
        c.commit();
      }
      assertThat(rowCount()).isEqualTo(6);

      try (Connection again = single.getConnection()) {
        assertThat(again.unwrap(Connection.class)).isSameAs(guardedBefore);
        assertThat(rows(again.createStatement().executeQuery("SELECT 1"))).hasSize(1);
      }
      assertThat(single.getHikariPoolMXBean().getTotalConnections()).isEqualTo(1);
    }
  }

  // ---------------------------------------------------------------- helpers

  @FunctionalInterface
  interface JdbcFunction<T> {
    T apply(Connection connection) throws SQLException;
  }

  @FunctionalInterface
  interface StatementAction {
    void apply(Statement statement) throws SQLException;
  }

  /**
   * Runs {@code action} on a raw and on a pooled guarded connection; both must succeed with equal
   * results. Returns the result.
   */
  private Object assertSameOnBoth(JdbcFunction<?> action) throws SQLException {
    Object raw;
    try (Connection c = db.raw()) {
      raw = outcome(action, c);
    }
    Object guarded;
    try (Connection c = pool.getConnection()) {
      guarded = outcome(action, c);
    }
    assertThat(String.valueOf(raw)).doesNotStartWith("threw ");
    assertThat(guarded).isEqualTo(raw);
    return guarded;
  }

  private static Object outcome(JdbcFunction<?> action, Connection connection) {
    try {
      return action.apply(connection);
    } catch (SQLException e) {
      return "threw " + e.getClass().getSimpleName() + " " + e.getSQLState();
    }
  }

  private Object keyShape(Connection c, StatementAction action) throws SQLException {
    Statement s = c.createStatement();
    action.apply(s);
    return keyRowCount(c, s.getGeneratedKeys());
  }

  private Object keyRowCount(Connection c, ResultSet keys) throws SQLException {
    int count = 0;
    while (keys.next()) {
      assertThat(keys.getLong(1)).isPositive();
      count++;
    }
    return count;
  }

  private long rowCount() throws SQLException {
    try (Connection raw = db.raw();
        ResultSet rs = raw.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static List<List<Object>> rows(ResultSet rs) throws SQLException {
    return rows(rs, rs.getMetaData().getColumnCount());
  }

  /** The first {@code columns} columns of every row, with strings lower-cased. */
  private static List<List<Object>> rows(ResultSet rs, int columns) throws SQLException {
    ResultSetMetaData meta = rs.getMetaData();
    List<List<Object>> rows = new ArrayList<>();
    while (rs.next()) {
      List<Object> row = new ArrayList<>();
      for (int i = 1; i <= Math.min(columns, meta.getColumnCount()); i++) {
        Object value = rs.getObject(i);
        row.add(value instanceof String ? ((String) value).toLowerCase(Locale.ROOT) : value);
      }
      rows.add(row);
    }
    return rows;
  }
}
