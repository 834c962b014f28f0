package io.jdbcguard.driver.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.jdbcguard.driver.GuardDataSource;
import io.jdbcguard.driver.GuardViolationException;
import io.jdbcguard.rules.Dialect;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import javax.sql.DataSource;

/**
 * The human approval gate end to end on a real database: a refusal carries an approval id, the
 * shaded jar's {@code approve} command approves it, the same text then runs exactly once, and
 * the approvals table cannot be written through a guarded connection. Each test class works in a
 * schema (PostgreSQL) or database (MariaDB) of its own, dropped at the end.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ApprovalContract {

  private static final Pattern ID = Pattern.compile("apr-[0-9a-f]{16}");

  /** The server's database, with a URL into a schema or database of this class's own. */
  TestDatabases.Database db;

  String table;

  abstract TestDatabases.Database server();

  /** Creates {@code name} (a schema or a database) and returns the URL that works inside it. */
  abstract String isolatedUrl(Connection raw, String name) throws SQLException;

  abstract void dropIsolated(Connection raw, String name) throws SQLException;

  /** Moves a session to the server's other schema or database. */
  abstract String switchAway();

  abstract Class<?> realDriver();

  private String isolated;

  @BeforeAll
  void isolate() throws SQLException {
    TestDatabases.Database server = server();
    isolated = "jg_apr_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    try (Connection raw = server.raw()) {
      String url = isolatedUrl(raw, isolated);
      db = new TestDatabases.Database(server.name(), url, server.user(), server.password());
    }
  }

  @AfterAll
  void dropIsolation() throws SQLException {
    try (Connection raw = server().raw()) {
      dropIsolated(raw, isolated);
    }
  }

  @BeforeEach
  void createTable() throws SQLException {
    table = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    raw("CREATE TABLE " + table + " (id INT PRIMARY KEY, x INT)");
    raw("INSERT INTO " + table + " VALUES (1, 1), (2, 2), (3, 3)");
  }

  // ---------------------------------------------------------------- the flow

  @Test
  void refusedDropCarriesAnIdAndRecordsThePendingRequest() throws Exception {
    String sql = "DROP TABLE " + table;
    String id = refusedId(sql);
    assertThat(tableExists()).isTrue();
    try (Connection raw = db.raw();
        PreparedStatement p =
            raw.prepareStatement(
                "SELECT status, statement_sql, rule_ids FROM jdbc_guard_approvals WHERE"
                    + " approval_id = ?")) {
      p.setString(1, id);
      try (ResultSet rs = p.executeQuery()) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).isEqualTo("pending");
        assertThat(rs.getString(2)).isEqualTo(sql);
        assertThat(rs.getString(3)).isEqualTo("drop-object");
        assertThat(rs.next()).as("one request for repeated refusals").isFalse();
      }
    }
    assertThat(refusedId(sql)).as("the same text on the same database").isEqualTo(id);
  }

  @Test
  void approvedDropRunsExactlyOnceAndASecondOneIsRefused() throws Exception {
    String sql = "DROP TABLE " + table;
    String id = refusedId(sql);
    assertThat(approve(id, "--by", "it-approver")).isEqualTo(0);

    try (Connection c = guarded(); Statement s = c.createStatement()) {
      s.execute(sql);
    }
    assertThat(tableExists()).isFalse();
    assertThat(column(id, "status")).isEqualTo("used");
    assertThat(column(id, "approved_by")).isEqualTo("it-approver");

    raw("CREATE TABLE " + table + " (id INT PRIMARY KEY)");
    assertThat(refusedId(sql)).as("same id, new request").isEqualTo(id);
    assertThat(tableExists()).isTrue();
    assertThat(approve(id, "--by", "it-approver")).as("a new request can be approved").isEqualTo(0);
  }

  @Test
  void approvalCoversOnlyTheExactTextOnTheSameDatabase() throws Exception {
    String sql = "DROP TABLE " + table;
    String id = refusedId(sql);
    assertThat(approve(id)).isEqualTo(0);

    assertThat(refusedId("DROP TABLE  " + table)).isNotEqualTo(id);
    assertThat(refusedId("drop table " + table)).isNotEqualTo(id);
    try (Connection c = guarded(); Statement s = c.createStatement()) {
      s.execute(switchAway());
      assertThatThrownBy(() -> s.execute(sql))
          .isInstanceOf(GuardViolationException.class)
          .hasMessageContaining("[drop-object]")
          .satisfies(e -> assertThat(idIn(e.getMessage())).isNotEqualTo(id));
    }
    assertThat(tableExists()).isTrue();
    assertThat(column(id, "status")).as("still unused").isEqualTo("approved");

    try (Connection c = guarded(); Statement s = c.createStatement()) {
      s.execute(sql);
    }
    assertThat(tableExists()).isFalse();
  }

  @Test
  void expiredApprovalIsRefused() throws Exception {
    String sql = "DROP TABLE " + table;
    String id = refusedId(sql);
    assertThat(approve(id)).isEqualTo(0);
    raw("UPDATE jdbc_guard_approvals SET expires_at = 1 WHERE approval_id = '" + id + "'");
    assertThat(refusedId(sql)).isEqualTo(id);
    assertThat(tableExists()).isTrue();
  }

  @Test
  void rowLimitStillAppliesToAnApprovedDelete() throws Exception {
    raw("CREATE TABLE " + table + "_big (id INT PRIMARY KEY)");
    StringBuilder values = new StringBuilder();
    for (int i = 1; i <= 1200; i++) {
      values.append(i == 1 ? "" : ",").append('(').append(i).append(')');
    }
    raw("INSERT INTO " + table + "_big VALUES " + values);
    String sql = "DELETE FROM " + table + "_big";
    String id = refusedId(sql);
    assertThat(approve(id)).isEqualTo(0);
    try (Connection c = guarded(); Statement s = c.createStatement()) {
      assertThatThrownBy(() -> s.executeUpdate(sql))
          .isInstanceOf(GuardViolationException.class)
          .hasMessageContaining("[row-limit]");
    }
    assertThat(count(table + "_big")).isEqualTo(1200);
    assertThat(column(id, "status")).as("the attempt used the approval").isEqualTo("used");
    raw("DROP TABLE " + table + "_big");
  }

  @Test
  void sandboxStillAppliesToAnApprovedDelete() throws Exception {
    String sql = "DELETE FROM " + table;
    String id = refusedId(sql);
    assertThat(approve(id)).isEqualTo(0);
    try (Connection c = guarded("guard.mode", "sandbox"); Statement s = c.createStatement()) {
      assertThat(s.executeUpdate(sql)).isEqualTo(3);
    }
    assertThat(count(table)).as("sandbox rolled it back").isEqualTo(3);
    assertThat(column(id, "status")).isEqualTo("used");
  }

  @Test
  void preparedStatementsNeverUseAnApproval() throws Exception {
    String sql = "DELETE FROM " + table;
    String id = refusedId(sql);
    assertThat(approve(id)).isEqualTo(0);
    try (Connection c = guarded()) {
      assertThatThrownBy(() -> c.prepareStatement(sql))
          .isInstanceOf(GuardViolationException.class)
          .hasMessageContaining("never by prepareStatement");
      try (Statement s = c.createStatement()) {
        assertThat(s.executeUpdate(sql)).isEqualTo(3);
      }
    }
    assertThat(count(table)).isZero();
  }

  @Test
  void refusalsOfRulesNoHumanOverridesCarryNoId() throws Exception {
    try (Connection c = guarded(); Statement s = c.createStatement()) {
      assertThatThrownBy(() -> s.executeUpdate("DELETE FROM " + table + " WHERE x = NULL"))
          .isInstanceOf(GuardViolationException.class)
          .hasMessageContaining("[null-comparison]")
          .satisfies(e -> assertThat(idIn(e.getMessage())).isNull());
    }
  }

  @Test
  void withApprovalsOffARefusalCarriesNoId() throws Exception {
    try (Connection c = guarded("guard.approvals", "off"); Statement s = c.createStatement()) {
      assertThatThrownBy(() -> s.execute("DROP TABLE " + table))
          .isInstanceOf(GuardViolationException.class)
          .hasMessageContaining("[drop-object]")
          .satisfies(e -> assertThat(idIn(e.getMessage())).isNull());
    }
  }

  @Test
  void approveCommandDeclinesWithoutConfirmationAndForUnknownIds() throws Exception {
    String id = refusedId("DROP TABLE " + table);
    assertThat(run("no\n", "approve", "--url", db.url(), "--user", db.user(), "--driver-jar",
            driverJar(), id))
        .isEqualTo(1);
    assertThat(column(id, "status")).isEqualTo("pending");
    assertThat(approve("apr-0000000000000000")).isEqualTo(1);
    assertThat(run("", "approve", "--url", db.url(), "--password", "x", id)).isEqualTo(2);
  }

  @Test
  void twoConnectionsRacingForOneApprovalRunItOnce() throws Exception {
    String sql = "DELETE FROM " + table;
    String id = refusedId(sql);
    assertThat(approve(id)).isEqualTo(0);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Callable<String> attempt =
          () -> {
            try (Connection c = guarded(); Statement s = c.createStatement()) {
              return "ran " + s.executeUpdate(sql);
            } catch (GuardViolationException e) {
              return "refused";
            }
          };
      List<String> outcomes = new ArrayList<>();
      for (Future<String> f : pool.invokeAll(List.of(attempt, attempt))) {
        outcomes.add(f.get(60, TimeUnit.SECONDS));
      }
      assertThat(outcomes).containsExactlyInAnyOrder("ran 3", "refused");
    } finally {
      pool.shutdownNow();
    }
    assertThat(count(table)).isZero();
  }

  @Test
  void guardDataSourceApprovalsUseTheWrappedDataSource() throws Exception {
    String sql = "DROP TABLE " + table;
    Properties settings = new Properties();
    settings.setProperty("guard.approvals", "on");
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(db.url());
    config.setUsername(db.user());
    config.setPassword(db.password());
    config.setMaximumPoolSize(3);
    try (HikariDataSource raw = new HikariDataSource(config)) {
      Dialect dialect = db.url().startsWith("jdbc:postgresql") ? Dialect.POSTGRES : Dialect.MYSQL;
      DataSource guarded = new GuardDataSource(raw, dialect, settings);
      String id;
      try (Connection c = guarded.getConnection(); Statement s = c.createStatement()) {
        id = idIn(assertThrows(GuardViolationException.class, () -> s.execute(sql)).getMessage());
      }
      assertThat(id).isNotNull();
      assertThat(approve(id)).isEqualTo(0);
      try (Connection c = guarded.getConnection(); Statement s = c.createStatement()) {
        s.execute(sql);
      }
    }
    assertThat(tableExists()).isFalse();
  }

  @Test
  void approveListsThePendingRequests() throws Exception {
    String id = refusedId("TRUNCATE " + table);
    List<String> args = List.of("approve", "--url", db.url(), "--user", db.user(),
        "--driver-jar", driverJar(), "--list");
    assertThat(runOutput(args)).contains(id).contains("[truncate]").contains("pending");
  }

  // ---------------------------------------------------------------- the approvals table

  @ParameterizedTest
  @ValueSource(strings = {"agent", "read-only", "audit", "migration", "sandbox"})
  void approvalsTableCanBeReadButNeverWritten(String profile) throws Exception {
    refusedId("DROP TABLE " + table); // makes sure the table exists
    String[] setting =
        profile.equals("sandbox")
            ? new String[] {"guard.mode", "sandbox"}
            : new String[] {"guard.profile", profile};
    try (Connection c = guarded(setting); Statement s = c.createStatement()) {
      try (ResultSet rs = s.executeQuery("SELECT count(*) FROM jdbc_guard_approvals")) {
        assertThat(rs.next()).isTrue();
      }
      for (String write :
          List.of(
              "UPDATE jdbc_guard_approvals SET status = 'approved', expires_at = 9999999999999",
              "INSERT INTO jdbc_guard_approvals (approval_id) VALUES ('apr-0000000000000000')",
              "DELETE FROM JDBC_GUARD_APPROVALS WHERE approval_id = 'x'",
              "DROP TABLE jdbc_guard_approvals",
              "SELECT * FROM jdbc_guard_approvals FOR UPDATE")) {
        assertThatThrownBy(() -> s.execute(write))
            .as(write)
            .isInstanceOf(GuardViolationException.class)
            .hasMessageContaining("[guard-table-write]");
      }
    }
    assertThat(column(idIn(refusedMessage("DROP TABLE " + table)), "status")).isEqualTo("pending");
  }

  @Test
  void overridingTheGuardTableRuleIsRefusedAtConnect() {
    assertThatThrownBy(() -> guarded("guard.rule.guard-table-write", "allow"))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("guard.rule.guard-table-write")
        .extracting(e -> ((SQLException) e).getSQLState())
        .isEqualTo("22023");
  }

  // ---------------------------------------------------------------- helpers

  Connection guarded(String... settings) throws SQLException {
    Properties p = new Properties();
    p.setProperty("user", db.user());
    p.setProperty("password", db.password());
    p.setProperty("guard.approvals", "on");
    for (int i = 0; i + 1 < settings.length; i += 2) {
      p.setProperty(settings[i], settings[i + 1]);
    }
    return DriverManager.getConnection(db.guardUrl(), p);
  }

  private String refusedMessage(String sql) throws SQLException {
    try (Connection c = guarded(); Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (GuardViolationException e) {
      return e.getMessage();
    }
    throw new AssertionError("not refused: " + sql);
  }

  /** Sends {@code sql} through the guard, expects a refusal with an approval id, returns it. */
  private String refusedId(String sql) throws SQLException {
    String message = refusedMessage(sql);
    String id = idIn(message);
    assertThat(id).as("approval id in: %s", message).isNotNull();
    assertThat(message).contains("approve --url");
    return id;
  }

  private static String idIn(String message) {
    Matcher m = ID.matcher(message);
    return m.find() ? m.group() : null;
  }

  int approve(String id, String... more) throws Exception {
    List<String> args = new ArrayList<>(List.of("approve", "--url", db.url(), "--user", db.user(),
        "--driver-jar", driverJar(), "--yes"));
    args.addAll(List.of(more));
    args.add(id);
    return run("", args.toArray(new String[0]));
  }

  private String driverJar() throws Exception {
    return Path.of(realDriver().getProtectionDomain().getCodeSource().getLocation().toURI())
        .toString();
  }

  /** Runs the shaded jar's command line; returns what it printed, after checking status 0. */
  private String runOutput(List<String> args) throws IOException, InterruptedException {
    StringBuilder output = new StringBuilder();
    assertThat(run("", output, args.toArray(new String[0]))).as("%s", output).isZero();
    return output.toString();
  }

  /** Runs the shaded jar's command line; returns its exit status. */
  private int run(String input, String... args) throws IOException, InterruptedException {
    return run(input, new StringBuilder(), args);
  }

  private int run(String input, StringBuilder printed, String... args)
      throws IOException, InterruptedException {
    String jar = System.getProperty("jdbcguard.it.shadedJar");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(jar);
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("JG_IT_PASSWORD", db.password());
    Process process = builder.start();
    process.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
    process.getOutputStream().close();
    byte[] output = process.getInputStream().readAllBytes();
    printed.append(new String(output, StandardCharsets.UTF_8));
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("approve did not finish: " + new String(output, StandardCharsets.UTF_8));
    }
    return process.exitValue();
  }

  private String column(String id, String column) throws SQLException {
    try (Connection raw = db.raw();
        PreparedStatement p =
            raw.prepareStatement(
                "SELECT " + column + " FROM jdbc_guard_approvals WHERE approval_id = ? ORDER BY"
                    + " request_no DESC")) {
      p.setString(1, id);
      try (ResultSet rs = p.executeQuery()) {
        assertThat(rs.next()).as("a request %s", id).isTrue();
        return rs.getString(1);
      }
    }
  }

  private boolean tableExists() throws SQLException {
    try (Connection raw = db.raw();
        ResultSet rs = raw.getMetaData().getTables(raw.getCatalog(), raw.getSchema(), table, null)) {
      return rs.next();
    }
  }

  private long count(String name) throws SQLException {
    try (Connection raw = db.raw();
        Statement s = raw.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*) FROM " + name)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  void raw(String sql) throws SQLException {
    try (Connection raw = db.raw(); Statement s = raw.createStatement()) {
      s.execute(sql);
    }
  }
}
