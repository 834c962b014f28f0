package io.jdbcguard.driver.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * End to end through HikariCP on the local PostgreSQL: pgbench's TPC-B-like transaction (three
 * single-row UPDATEs by key, a SELECT, an INSERT) and a point select, through the raw pgjdbc
 * driver, the guard with its defaults, and the guard with the row limit off ({@code
 * guard.maxAffectedRows=0}). Rounds are interleaved (every round runs each driver once, in a
 * rotating order) and every round is printed: transactions per second, client CPU per transaction
 * (the worker threads' CPU time) and server CPU per transaction (the backends' utime+stime from
 * {@code /proc}, so the server must be local).
 *
 * <p>Compiled by the build, run on purpose only ({@code docs/performance.md}):
 *
 * <pre>
 * ./guard-driver/src/test/bench/e2e.sh [seconds-per-run] [rounds] [threads]
 * </pre>
 */
public final class EndToEndBenchmark {

  private static final int ACCOUNTS = 100_000;
  private static final int TELLERS = 10;
  private static final List<String> DRIVERS = List.of("raw", "guard", "guard-limit-off");

  private EndToEndBenchmark() {}

  public static void main(String[] args) throws Exception {
    int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    int threads = args.length > 2 ? Integer.parseInt(args[2]) : 2;
    String url = env("JDBC_GUARD_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    String user = env("JDBC_GUARD_PG_USER", "postgres");
    String password = env("JDBC_GUARD_PG_PASSWORD", "");
    setUp(url, user, password);
    try {
      System.out.printf(
          Locale.ROOT,
          "%d s per run, %d rounds, %d threads, HikariCP pool of %d%n",
          seconds,
          rounds,
          threads,
          threads);
      System.out.printf(
          Locale.ROOT,
          "%-12s %5s %-16s %10s %14s %14s%n",
          "mix",
          "round",
          "driver",
          "tx/s",
          "client us/tx",
          "server us/tx");
      for (String mix : List.of("tpcb", "point-select")) {
        List<Result> results = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
          List<String> order = new ArrayList<>(DRIVERS);
          Collections.rotate(order, round - 1);
          for (String driver : order) {
            Result r = run(mix, driver, url, user, password, seconds, threads, round);
            results.add(r);
            System.out.printf(
                Locale.ROOT,
                "%-12s %5d %-16s %10.0f %14.1f %14.1f%n",
                mix,
                round,
                driver,
                r.tps(),
                r.clientMicros(),
                r.serverMicros());
          }
        }
        summary(mix, results);
      }
    } finally {
      tearDown(url, user, password);
    }
  }

  record Result(
      String mix, String driver, int round, double tps, double clientMicros, double serverMicros) {}

  private static void summary(String mix, List<Result> results) {
    double rawTps = median(results, "raw", Result::tps);
    double rawClient = median(results, "raw", Result::clientMicros);
    double rawServer = median(results, "raw", Result::serverMicros);
    for (String driver : DRIVERS) {
      System.out.printf(
          Locale.ROOT,
          "%-12s median %-16s tx/s %.0f (%.3fx raw), client CPU/tx %.3fx, server CPU/tx %.3fx%n",
          mix,
          driver,
          median(results, driver, Result::tps),
          median(results, driver, Result::tps) / rawTps,
          median(results, driver, Result::clientMicros) / rawClient,
          median(results, driver, Result::serverMicros) / rawServer);
    }
  }

  private static double median(
      List<Result> results, String driver, java.util.function.ToDoubleFunction<Result> value) {
    double[] values =
        results.stream()
            .filter(r -> r.driver().equals(driver))
            .mapToDouble(value)
            .sorted()
            .toArray();
    int n = values.length;
    return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
  }

  private static Result run(
      String mix,
      String driver,
      String url,
      String user,
      String password,
      int seconds,
      int threads,
      int round)
      throws Exception {
    HikariConfig config = new HikariConfig();
    String guardUrl = "jdbc:guard:" + url.substring("jdbc:".length());
    String separator = url.contains("?") ? "&" : "?";
    config.setJdbcUrl(
        switch (driver) {
          case "raw" -> url;
          case "guard" -> guardUrl;
          default -> guardUrl + separator + "guard.maxAffectedRows=0";
        });
    config.setUsername(user);
    config.setPassword(password);
    config.setMaximumPoolSize(threads);
    config.setMinimumIdle(threads);
    config.setAutoCommit(false);
    config.setPoolName("e2e-" + driver);
    // round trips, not the disk: no WAL flush wait at commit (the same for every driver)
    config.setConnectionInitSql("SET synchronous_commit TO off");
    Set<Integer> backends = ConcurrentHashMap.newKeySet();
    try (HikariDataSource pool = new HikariDataSource(config)) {
      // warm up: every connection, the prepared statements and the JIT
      runFor(pool, mix, threads, 2, backends, new AtomicLong(), new AtomicLong());
      long serverBefore = serverTicks(backends);
      AtomicLong transactions = new AtomicLong();
      AtomicLong clientNanos = new AtomicLong();
      long start = System.nanoTime();
      runFor(pool, mix, threads, seconds, backends, transactions, clientNanos);
      double elapsed = (System.nanoTime() - start) / 1e9;
      long serverAfter = serverTicks(backends);
      long tx = Math.max(transactions.get(), 1);
      double ticksPerSecond = 100.0; // USER_HZ on Linux
      return new Result(
          mix,
          driver,
          round,
          tx / elapsed,
          clientNanos.get() / 1e3 / tx,
          (serverAfter - serverBefore) / ticksPerSecond * 1e6 / tx);
    }
  }

  private static void runFor(
      HikariDataSource pool,
      String mix,
      int threads,
      int seconds,
      Set<Integer> backends,
      AtomicLong transactions,
      AtomicLong clientNanos)
      throws InterruptedException {
    AtomicBoolean stop = new AtomicBoolean();
    List<Thread> workers = new ArrayList<>();
    List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    for (int t = 0; t < threads; t++) {
      Thread worker =
          new Thread(
              () -> {
                long cpuStart = mx.getCurrentThreadCpuTime();
                long done = 0;
                try {
                  while (!stop.get()) {
                    try (Connection c = pool.getConnection()) {
                      backends.add(backendPid(c));
                      if (mix.equals("tpcb")) {
                        tpcb(c);
                      } else {
                        pointSelect(c);
                      }
                      done++;
                    }
                  }
                } catch (Throwable e) {
                  failures.add(e);
                }
                clientNanos.addAndGet(mx.getCurrentThreadCpuTime() - cpuStart);
                transactions.addAndGet(done);
              });
      workers.add(worker);
      worker.start();
    }
    Thread.sleep(seconds * 1000L);
    stop.set(true);
    for (Thread worker : workers) {
      worker.join();
    }
    if (!failures.isEmpty()) {
      throw new IllegalStateException("a worker failed", failures.get(0));
    }
  }

  private static final ThreadLocal<java.util.Map<Connection, Integer>> PIDS =
      ThreadLocal.withInitial(java.util.WeakHashMap::new);

  /** The server process of a pooled connection (asked once per physical connection). */
  private static int backendPid(Connection c) throws SQLException {
    Connection physical = c.unwrap(Connection.class);
    Integer known = PIDS.get().get(physical);
    if (known == null) {
      try (Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT pg_backend_pid()")) {
        rs.next();
        known = rs.getInt(1);
      }
      c.commit();
      PIDS.get().put(physical, known);
    }
    return known;
  }

  /** utime + stime of the server processes, in clock ticks. */
  private static long serverTicks(Set<Integer> pids) throws IOException {
    long ticks = 0;
    for (int pid : pids) {
      Path stat = Path.of("/proc", String.valueOf(pid), "stat");
      if (!Files.exists(stat)) {
        continue;
      }
      String line = Files.readString(stat);
      String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
      ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime
    }
    return ticks;
  }

  private static void tpcb(Connection c) throws SQLException {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    int aid = random.nextInt(1, ACCOUNTS + 1);
    int tid = random.nextInt(1, TELLERS + 1);
    int delta = random.nextInt(-5000, 5001);
    try (PreparedStatement updateAccount =
            c.prepareStatement("UPDATE e2e_accounts SET abalance = abalance + ? WHERE aid = ?");
        PreparedStatement selectBalance =
            c.prepareStatement("SELECT abalance FROM e2e_accounts WHERE aid = ?");
        PreparedStatement updateTeller =
            c.prepareStatement("UPDATE e2e_tellers SET tbalance = tbalance + ? WHERE tid = ?");
        PreparedStatement updateBranch =
            c.prepareStatement("UPDATE e2e_branches SET bbalance = bbalance + ? WHERE bid = ?");
        PreparedStatement insertHistory =
            c.prepareStatement(
                "INSERT INTO e2e_history (tid, bid, aid, delta, mtime)"
                    + " VALUES (?, ?, ?, ?, CURRENT_TIMESTAMP)")) {
      updateAccount.setInt(1, delta);
      updateAccount.setInt(2, aid);
      updateAccount.executeUpdate();
      selectBalance.setInt(1, aid);
      try (ResultSet rs = selectBalance.executeQuery()) {
        rs.next();
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
    }
    c.commit();
  }

  private static void pointSelect(Connection c) throws SQLException {
    try (PreparedStatement select =
        c.prepareStatement("SELECT abalance FROM e2e_accounts WHERE aid = ?")) {
      select.setInt(1, ThreadLocalRandom.current().nextInt(1, ACCOUNTS + 1));
      try (ResultSet rs = select.executeQuery()) {
        rs.next();
      }
    }
    c.commit();
  }

  private static void setUp(String url, String user, String password) throws SQLException {
    try (Connection raw = DriverManager.getConnection(url, user, password);
        Statement s = raw.createStatement()) {
      s.execute("DROP TABLE IF EXISTS e2e_accounts, e2e_tellers, e2e_branches, e2e_history");
      s.execute("CREATE TABLE e2e_branches (bid INT PRIMARY KEY, bbalance INT)");
      s.execute("CREATE TABLE e2e_tellers (tid INT PRIMARY KEY, bid INT, tbalance INT)");
      s.execute(
          "CREATE TABLE e2e_accounts (aid INT PRIMARY KEY, bid INT, abalance INT, filler"
              + " CHAR(84))");
      s.execute(
          "CREATE TABLE e2e_history (tid INT, bid INT, aid INT, delta INT, mtime TIMESTAMP,"
              + " filler CHAR(22))");
      s.execute("INSERT INTO e2e_branches VALUES (1, 0)");
      s.execute(
          "INSERT INTO e2e_tellers SELECT t, 1, 0 FROM generate_series(1, " + TELLERS + ") t");
      s.execute(
          "INSERT INTO e2e_accounts SELECT a, 1, 0, '' FROM generate_series(1, "
              + ACCOUNTS
              + ") a");
      s.execute("VACUUM ANALYZE e2e_accounts");
      s.execute("VACUUM ANALYZE e2e_tellers");
      s.execute("VACUUM ANALYZE e2e_branches");
    }
  }

  private static void tearDown(String url, String user, String password) throws SQLException {
    try (Connection raw = DriverManager.getConnection(url, user, password);
        Statement s = raw.createStatement()) {
      s.execute("DROP TABLE IF EXISTS e2e_accounts, e2e_tellers, e2e_branches, e2e_history");
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isEmpty() ? fallback : value;
  }
}
