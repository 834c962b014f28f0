package io.jdbcguard.driver.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the guard costs a write-heavy transaction: pgbench's TPC-B-like script (three single-row
 * UPDATEs, a SELECT, an INSERT, one transaction) through the raw pgjdbc driver and through {@code
 * jdbc:guard:postgresql}, in manual-commit mode and in auto-commit mode (each statement its own
 * transaction). {@code guard} uses the defaults (each UPDATE measured against the row limit inside
 * a savepoint, or a transaction the guard opens in auto-commit mode); {@code guard-unlimited} sets
 * {@code guard.maxAffectedRows=0} (the interception alone). Each connection sets {@code
 * synchronous_commit=off}, so that the figures show round trips rather than the disk's flush time.
 *
 * <p>Run on purpose, never in the test suite, against the local PostgreSQL ({@code
 * JDBC_GUARD_PG_URL}, {@code _USER}, {@code _PASSWORD} override it):
 *
 * <pre>
 * ./mvnw -q -B -pl guard-driver -am test-compile dependency:build-classpath \
 *   -Dmdep.outputFile=target/test.classpath -Dmdep.includeScope=test
 * java -cp guard-driver/target/test-classes:guard-driver/target/classes:$(cat guard-driver/target/test.classpath) \
 *   org.openjdk.jmh.Main TpcbBenchmark
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class TpcbBenchmark {

  private static final int ACCOUNTS = 100_000;
  private static final int TELLERS = 10;

  @Param({"raw", "guard", "guard-unlimited"})
  public String driver;

  @Param({"transaction", "autocommit"})
  public String mode;

  private Connection connection;
  private PreparedStatement updateAccount;
  private PreparedStatement selectBalance;
  private PreparedStatement updateTeller;
  private PreparedStatement updateBranch;
  private PreparedStatement insertHistory;

  @Setup(Level.Trial)
  public void setUp() throws SQLException {
    String url = env("JDBC_GUARD_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    String user = env("JDBC_GUARD_PG_USER", "postgres");
    String password = env("JDBC_GUARD_PG_PASSWORD", "");
    try (Connection raw = DriverManager.getConnection(url, user, password);
        Statement s = raw.createStatement()) {
      s.execute(
          "DROP TABLE IF EXISTS jmh_tpcb_accounts, jmh_tpcb_tellers, jmh_tpcb_branches,"
              + " jmh_tpcb_history");
      s.execute("CREATE TABLE jmh_tpcb_branches (bid INT PRIMARY KEY, bbalance INT)");
      s.execute("CREATE TABLE jmh_tpcb_tellers (tid INT PRIMARY KEY, bid INT, tbalance INT)");
      s.execute(
          "CREATE TABLE jmh_tpcb_accounts (aid INT PRIMARY KEY, bid INT, abalance INT,"
              + " filler CHAR(84))");
      s.execute(
          "CREATE TABLE jmh_tpcb_history (tid INT, bid INT, aid INT, delta INT,"
              + " mtime TIMESTAMP, filler CHAR(22))");
      s.execute("INSERT INTO jmh_tpcb_branches VALUES (1, 0)");
      s.execute(
          "INSERT INTO jmh_tpcb_tellers SELECT t, 1, 0 FROM generate_series(1, " + TELLERS + ") t");
      s.execute(
          "INSERT INTO jmh_tpcb_accounts SELECT a, 1, 0, '' FROM generate_series(1, "
              + ACCOUNTS
              + ") a");
      s.execute("VACUUM ANALYZE");
    }
    switch (driver) {
      case "raw":
        connection = DriverManager.getConnection(url, user, password);
        break;
      case "guard":
        connection = DriverManager.getConnection("jdbc:guard:" + url.substring(5), user, password);
        break;
      default:
        connection =
            DriverManager.getConnection(
                "jdbc:guard:"
                    + url.substring(5)
                    + (url.contains("?") ? "&" : "?")
                    + "guard.maxAffectedRows=0",
                user,
                password);
        break;
    }
    try (Statement s = connection.createStatement()) {
      // round trips, not the disk: no WAL flush wait at commit (the same for every driver)
      s.execute("SET synchronous_commit TO off");
    }
    connection.setAutoCommit(mode.equals("autocommit"));
    updateAccount =
        connection.prepareStatement(
            "UPDATE jmh_tpcb_accounts SET abalance = abalance + ? WHERE aid = ?");
    selectBalance =
        connection.prepareStatement("SELECT abalance FROM jmh_tpcb_accounts WHERE aid = ?");
    updateTeller =
        connection.prepareStatement(
            "UPDATE jmh_tpcb_tellers SET tbalance = tbalance + ? WHERE tid = ?");
    updateBranch =
        connection.prepareStatement(
            "UPDATE jmh_tpcb_branches SET bbalance = bbalance + ? WHERE bid = ?");
    insertHistory =
        connection.prepareStatement(
            "INSERT INTO jmh_tpcb_history (tid, bid, aid, delta, mtime)"
                + " VALUES (?, ?, ?, ?, CURRENT_TIMESTAMP)");
  }

  @TearDown(Level.Trial)
  public void tearDown() throws SQLException {
    connection.close();
    String url = env("JDBC_GUARD_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    try (Connection raw =
            DriverManager.getConnection(
                url, env("JDBC_GUARD_PG_USER", "postgres"), env("JDBC_GUARD_PG_PASSWORD", ""));
        Statement s = raw.createStatement()) {
      s.execute(
          "DROP TABLE IF EXISTS jmh_tpcb_accounts, jmh_tpcb_tellers, jmh_tpcb_branches,"
              + " jmh_tpcb_history");
    }
  }

  /** One TPC-B-like transaction; returns the account's new balance. */
  @Benchmark
  public int transaction() throws SQLException {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    int aid = random.nextInt(1, ACCOUNTS + 1);
    int tid = random.nextInt(1, TELLERS + 1);
    int delta = random.nextInt(-5000, 5001);
    updateAccount.setInt(1, delta);
    updateAccount.setInt(2, aid);
    updateAccount.executeUpdate();
    selectBalance.setInt(1, aid);
    int balance;
    try (ResultSet rs = selectBalance.executeQuery()) {
      rs.next();
      balance = rs.getInt(1);
    }
    updateTeller.setInt(1, delta);
    updateTeller.setInt(2, tid);
    updateTeller.executeUpdate();
    updateBranch.setInt(1, delta);
    updateBranch.setInt(2, 1);
    updateBranch.executeUpdate();
    insertHistory.setInt(1, tid);
    insertHistory.setInt(2, 1);
    insertHistory.setInt(3, aid);
    insertHistory.setInt(4, delta);
    insertHistory.executeUpdate();
    if (!connection.getAutoCommit()) {
      connection.commit();
    }
    return balance;
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isEmpty() ? fallback : value;
  }
}
