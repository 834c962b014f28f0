package io.jdbcguard.examples;

import io.jdbcguard.driver.GuardViolationException;
import io.jdbcguard.examples.DemoStep.Outcome;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * The quick start: a scripted AI agent works on an embedded H2 database (PostgreSQL mode) through
 * {@code jdbc:guard:}, so it needs no server. It does legitimate work, then botches a cleanup the
 * way real incidents go; for every statement it prints what the guard decided and why, and the row
 * counts (taken through the plain H2 driver, outside the guard) that prove nothing was lost.
 *
 * <p>Run it from the repository root: {@code ./mvnw -q -B -DskipTests package && java -jar
 * guard-examples/target/guard-examples-0.1.0-SNAPSHOT-demo.jar}. {@code QuickStartDemoTest} runs
 * the same session and checks its decisions and row counts.
 */
public final class QuickStartDemo {

  /** The setting of the row limit; the demo uses it when the driver on the class path knows it. */
  static final String ROW_LIMIT_KEY = "guard.maxAffectedRows";

  static final int ROW_LIMIT = 1000;
  static final int CUSTOMERS = 3;
  static final int ORDERS = 5000;
  /** Every 400th order has no customer: the rows the agent's task is to remove. */
  static final int ORPHANS = ORDERS / 400;

  private final Connection agent;
  private final Connection plain;
  private final PrintStream out;
  private final List<DemoStep> steps = new ArrayList<>();
  private long loaded;

  private QuickStartDemo(Connection agent, Connection plain, PrintStream out) {
    this.agent = agent;
    this.plain = plain;
    this.out = out;
  }

  public static void main(String[] args) throws SQLException {
    run("demo", System.out);
  }

  /**
   * Runs the session on a fresh in-memory database; it disappears when the session ends.
   *
   * @param database the in-memory database's name (one per run in the same JVM)
   * @return every step, in order
   */
  public static List<DemoStep> run(String database, PrintStream out) throws SQLException {
    String h2 = "h2:mem:" + database + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
    String guardUrl = "jdbc:guard:" + h2 + ";guard.dialect=postgres";
    boolean rowLimit = knowsSetting(guardUrl, ROW_LIMIT_KEY);
    if (rowLimit) {
      guardUrl += ";" + ROW_LIMIT_KEY + "=" + ROW_LIMIT;
    }
    // The plain connection opens first and closes last: it keeps the in-memory database alive.
    try (Connection plain = DriverManager.getConnection("jdbc:" + h2);
        Connection agent = DriverManager.getConnection(guardUrl)) {
      QuickStartDemo demo = new QuickStartDemo(agent, plain, out);
      out.println("jdbc-guard quick start");
      out.println();
      out.println("A scripted AI agent works on an in-memory H2 database (PostgreSQL mode) through");
      out.println("  " + guardUrl);
      out.println("Its task: \"add order tracking, load test orders, then clean up the orders that");
      out.println("have no customer\". Every statement goes through the guard; the rows are counted");
      out.println("through the plain H2 driver, outside it.");
      out.println();
      demo.session(rowLimit);
      demo.summary();
      return List.copyOf(demo.steps);
    }
  }

  private void session(boolean rowLimit) throws SQLException {
    execute(
        "create the customers table",
        "CREATE TABLE customers (id bigint PRIMARY KEY, email varchar(200) NOT NULL UNIQUE)");
    execute(
        "create the orders table",
        "CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint REFERENCES customers (id),"
            + " status varchar(20) NOT NULL DEFAULT 'new', total numeric(10, 2) NOT NULL,"
            + " created_at timestamp NOT NULL)");
    execute(
        "load the customers",
        "INSERT INTO customers (id, email) VALUES"
            + " (1, 'ada@example.com'), (2, 'grace@example.com'), (3, 'linus@example.com')");
    loadOrders();
    execute(
        "look for a suspicious status; 'DROP TABLE' is only text in a string literal",
        "SELECT count(*) FROM orders WHERE status = 'DROP TABLE orders; --'");
    execute("ship one order, by key", "UPDATE orders SET status = 'shipped' WHERE id = 42");
    execute(
        "clean up the orders that have no customer", "DELETE FROM orders WHERE user_id = NULL");
    execute("\"it did nothing\": mark every order for review", "UPDATE orders SET status = 'review'");
    execute("force the cleanup with a condition that always holds", "DELETE FROM orders WHERE 1=1");
    execute("start again from an empty table", "TRUNCATE orders");
    execute("recreate the schema from scratch", "DROP TABLE orders");
    deleteOldOrders(rowLimit);
    execute(
        "read the guard's message and do what it says: IS NULL",
        "DELETE FROM orders WHERE user_id IS NULL");
  }

  /** One statement through the guard: allowed and run, or blocked before the database sees it. */
  private void execute(String intent, String sql) throws SQLException {
    long before = countOrders();
    String result;
    Outcome outcome = Outcome.ALLOWED;
    try (Statement statement = agent.createStatement()) {
      result = describe(sql, statement);
    } catch (GuardViolationException blocked) {
      outcome = Outcome.BLOCKED;
      result = blocked.getMessage();
    }
    record(new DemoStep(steps.size() + 1, intent, sql, outcome, result, before, countOrders()));
  }

  /** The test orders, as one batch of a prepared statement (checked once, at prepare time). */
  private void loadOrders() throws SQLException {
    String sql = "INSERT INTO orders (id, user_id, status, total, created_at) VALUES (?, ?, ?, ?, ?)";
    long before = countOrders();
    Instant start = Instant.now().minus(Duration.ofDays(30));
    int inserted = 0;
    try (PreparedStatement insert = agent.prepareStatement(sql)) {
      for (int id = 1; id <= ORDERS; id++) {
        insert.setLong(1, id);
        if (id % (ORDERS / ORPHANS) == 0) {
          insert.setNull(2, Types.BIGINT);
        } else {
          insert.setLong(2, 1 + id % CUSTOMERS);
        }
        insert.setString(3, "new");
        insert.setBigDecimal(4, BigDecimal.valueOf(id % 97 + 5, 0));
        insert.setTimestamp(5, Timestamp.from(start.plus(Duration.ofMinutes(id))));
        insert.addBatch();
      }
      for (int count : insert.executeBatch()) {
        inserted += Math.max(count, 0);
      }
    }
    loaded = countOrders();
    String done = inserted + " rows inserted, " + ORPHANS + " of them without a customer";
    record(
        new DemoStep(
            steps.size() + 1,
            "load the test orders",
            sql + "  -- x " + ORDERS + ", one batch",
            Outcome.ALLOWED,
            done,
            before,
            loaded));
  }

  /**
   * A huge delete with a real WHERE: no rule can object, only the row limit catches it. Without the
   * row limit in the driver the statement is not sent at all; with it, it runs inside a transaction
   * that is rolled back if the guard lets it through.
   */
  private void deleteOldOrders(boolean rowLimit) throws SQLException {
    String intent = "clear out every order placed before now";
    String sql = "DELETE FROM orders WHERE created_at < now()";
    if (rowLimit) {
      agent.setAutoCommit(false);
      try {
        execute(intent, sql);
      } finally {
        agent.rollback();
        agent.setAutoCommit(true);
      }
      DemoStep step = steps.get(steps.size() - 1);
      if (step.outcome() == Outcome.ALLOWED) {
        out.println("    NOT CAUGHT by " + ROW_LIMIT_KEY + "=" + ROW_LIMIT + "; rolled back.");
      }
      return;
    }
    long orders = countOrders();
    long matching = count("SELECT count(*) FROM orders WHERE created_at < now()");
    String pending =
        "would delete "
            + matching
            + " of "
            + orders
            + " orders. Its WHERE is a real condition, so no rule objects; the row limit ("
            + ROW_LIMIT_KEY
            + ", refusing an UPDATE or DELETE of more than "
            + ROW_LIMIT
            + " rows) is not in this build of jdbc-guard yet, so the demo does not send it.";
    record(
        new DemoStep(steps.size() + 1, intent, sql, Outcome.PENDING, pending, orders, orders));
  }

  private void summary() throws SQLException {
    long blocked = steps.stream().filter(s -> s.outcome() == Outcome.BLOCKED).count();
    long pending = steps.stream().filter(s -> s.outcome() == Outcome.PENDING).count();
    long unchanged =
        steps.stream()
            .filter(s -> s.outcome() == Outcome.BLOCKED && s.ordersBefore() == s.ordersAfter())
            .count();
    out.printf(
        "Summary: %d statements allowed, %d blocked, %d pending.%n",
        steps.size() - blocked - pending,
        blocked,
        pending);
    long now = countOrders();
    long orphansLeft = count("SELECT count(*) FROM orders WHERE user_id IS NULL");
    out.printf(
        "The %d blocked statements changed %s. orders: %d rows after the load, %d now:%n",
        blocked,
        unchanged == blocked ? "nothing" : "rows in " + (blocked - unchanged) + " cases",
        loaded,
        now);
    out.printf(
        "the %d rows gone are the orders without a customer (%d left), as the task asked.%n",
        loaded - now,
        orphansLeft);
    out.printf("customers: %d rows.%n", count("SELECT count(*) FROM customers"));
    out.println();
    out.println("Next: docs/examples.md has the other examples (HikariCP and the audit log, Flyway,");
    out.println("linting migrations in a test); ./mvnw -B -ntp verify runs them all.");
  }

  private void record(DemoStep step) {
    steps.add(step);
    step.print(out);
  }

  /** What an allowed statement did, in words. */
  private static String describe(String sql, Statement statement) throws SQLException {
    if (statement.execute(sql)) {
      try (ResultSet rs = statement.getResultSet()) {
        rs.next();
        return "the query returned " + rs.getLong(1);
      }
    }
    String verb = sql.substring(0, sql.indexOf(' ')).toLowerCase(Locale.ROOT);
    if (verb.equals("create")) {
      return "table created";
    }
    int rows = statement.getUpdateCount();
    return rows + (rows == 1 ? " row " : " rows ") + verb + (verb.endsWith("e") ? "d" : "ed");
  }

  /** Rows in orders, through the plain driver; -1 before the table exists. */
  private long countOrders() throws SQLException {
    String exists = "SELECT count(*) FROM information_schema.tables WHERE table_name = 'orders'";
    return count(exists) == 0 ? -1 : count("SELECT count(*) FROM orders");
  }

  private long count(String sql) throws SQLException {
    try (Statement statement = plain.createStatement();
        ResultSet rs = statement.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** True when the guard driver lists {@code key} among its settings (getPropertyInfo). */
  static boolean knowsSetting(String guardUrl, String key) throws SQLException {
    for (DriverPropertyInfo info :
        DriverManager.getDriver(guardUrl).getPropertyInfo(guardUrl, new Properties())) {
      if (info.name.equals(key)) {
        return true;
      }
    }
    return false;
  }
}
