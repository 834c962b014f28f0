package io.jdbcguard.driver.cli;

import io.jdbcguard.driver.approval.ApprovalStore;
import io.jdbcguard.driver.approval.StoredApproval;
import io.jdbcguard.driver.config.GuardUrl;
import io.jdbcguard.driver.jdbc.DatabaseFamily;
import io.jdbcguard.rules.Dialect;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * {@code approve}: a human approves one refused statement, by the approval id its refusal carried.
 * It connects to the database with the real driver (never through the guard), shows the pending
 * request (the exact SQL, the rules that refused it, where and by whom it was sent), asks for
 * confirmation unless {@code --yes}, and records who approved it and until when in {@value
 * ApprovalStore#TABLE}. The statement then runs once when the same text is sent again.
 */
final class ApproveCommand {

  static final String NAME = "approve";

  static final int APPROVED = 0;
  static final int NOT_APPROVED = 1;
  static final int ERROR = 2;

  static final String USAGE =
      String.join(
          System.lineSeparator(),
          "Usage: approve --url JDBC_URL [options] APPROVAL_ID",
          "       approve --url JDBC_URL [options] --list",
          "",
          "Approves one statement that jdbc-guard refused, so that exactly the same SQL text runs",
          "once on that database. APPROVAL_ID (apr-...) comes from the refusal message. The",
          "request, the SQL and the approval are kept in the table " + ApprovalStore.TABLE + ".",
          "",
          "Options:",
          "  --url URL             the database (jdbc:postgresql://h/db, jdbc:mariadb://h/db;",
          "                        a jdbc:guard: URL works too)",
          "  --user NAME           the database user",
          "  --password-env VAR    read the password from environment variable VAR",
          "                        (a password is never accepted on the command line)",
          "  --driver-jar JAR      load the real JDBC driver from JAR (this jar carries none)",
          "  --expires DURATION    how long the approval may wait to be used: 30m, 2h, 1d",
          "                        (default 1h, at most 30d)",
          "  --by NAME             who approves (default: the operating system user)",
          "  --yes                 approve without asking (for scripts)",
          "  --list                list the requests waiting for approval",
          "  -h, --help            print this help",
          "",
          "Exit status: 0 approved (or listed), 1 not approved, 2 usage or database error.");

  private final InputStream in;
  private final PrintStream out;
  private final PrintStream err;
  private final Map<String, String> env;

  ApproveCommand(InputStream in, PrintStream out, PrintStream err, Map<String, String> env) {
    this.in = in;
    this.out = out;
    this.err = err;
    this.env = env;
  }

  int run(List<String> args) {
    ApproveOptions options;
    try {
      options = ApproveOptions.parse(args, env);
    } catch (UsageException e) {
      err.println(NAME + ": " + e.getMessage() + " (see 'approve --help')");
      return ERROR;
    }
    if (options.help()) {
      out.println(USAGE);
      return APPROVED;
    }
    try (Connection c = connect(options)) {
      ApprovalStore.ensureTable(c, DatabaseFamily.of(c, Dialect.GENERIC));
      return options.list() ? list(c) : approve(c, options);
    } catch (SQLException e) {
      err.println(NAME + ": database error (SQLState " + e.getSQLState() + "): " + e.getMessage());
      return ERROR;
    } catch (UsageException e) {
      err.println(NAME + ": " + e.getMessage());
      return ERROR;
    } catch (RuntimeException | LinkageError e) {
      err.println(NAME + ": internal error: " + e);
      return ERROR;
    } finally {
      out.flush();
    }
  }

  private int list(Connection c) throws SQLException {
    List<StoredApproval> pending = ApprovalStore.pending(c);
    for (StoredApproval p : pending) {
      out.println(
          p.approvalId() + "  " + Instant.ofEpochMilli(p.requestedAt()) + "  [" + p.ruleIds() + "]  "
              + oneLine(p.sql()));
    }
    out.println(pending.size() + " pending");
    return APPROVED;
  }

  private int approve(Connection c, ApproveOptions options) throws SQLException {
    String id = options.approvalId().trim().toLowerCase(Locale.ROOT);
    StoredApproval request = ApprovalStore.latest(c, id);
    long now = System.currentTimeMillis();
    if (request == null) {
      err.println(
          NAME + ": no request " + id + " on this database; approval ids come from a refusal on"
              + " a connection with guard.approvals=on, on the database the request was made on");
      return NOT_APPROVED;
    }
    if (request.approvedAt(now)) {
      out.println(
          id + " is already approved by " + request.approvedBy() + " until "
              + Instant.ofEpochMilli(request.expiresAt()) + "; nothing to do.");
      return APPROVED;
    }
    if (!StoredApproval.PENDING.equals(request.status())) {
      err.println(
          NAME + ": " + id + " is " + describe(request) + "; a new refusal of the same statement"
              + " makes a new request");
      return NOT_APPROVED;
    }
    show(request);
    if (!options.yes() && !confirmed()) {
      out.println("Not approved.");
      return NOT_APPROVED;
    }
    String by = options.by() != null ? options.by() : System.getProperty("user.name", "unknown");
    long expiresAt = now + options.expires().toMillis();
    if (!ApprovalStore.approve(c, request, by, now, expiresAt)) {
      err.println(NAME + ": " + id + " changed while you looked at it; run approve again");
      return NOT_APPROVED;
    }
    out.println(
        "Approved " + id + " by " + by + " until " + Instant.ofEpochMilli(expiresAt)
            + ": the same SQL text may now run once on this database.");
    return APPROVED;
  }

  private void show(StoredApproval r) {
    out.println("Approval request " + r.approvalId() + " (request " + r.requestNo() + ")");
    out.println("  requested " + Instant.ofEpochMilli(r.requestedAt()) + " by " + r.requestedBy());
    out.println("  database  " + r.databaseIdentity());
    out.println("  refused by " + r.ruleIds());
    out.println("  reason    " + oneLine(r.refusal()));
    out.println("  statement (runs once, exactly as written):");
    for (String line : r.sql().split("\r\n|\r|\n", -1)) {
      out.println("    " + line);
    }
  }

  private boolean confirmed() {
    out.print("Approve this statement to run once? Type yes to approve: ");
    out.flush();
    try {
      String answer = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
      return answer != null && answer.trim().equalsIgnoreCase("yes");
    } catch (IOException e) {
      return false;
    } finally {
      out.println();
    }
  }

  private static String describe(StoredApproval r) {
    if (StoredApproval.USED.equals(r.status())) {
      return "already used (at " + Instant.ofEpochMilli(r.usedAt()) + " by " + r.usedBy()
          + ", approved by " + r.approvedBy() + ")";
    }
    return "expired (approved by " + r.approvedBy() + " until "
        + (r.expiresAt() == null ? "?" : Instant.ofEpochMilli(r.expiresAt())) + ")";
  }

  private static String oneLine(String text) {
    String s = text == null ? "" : text.replaceAll("\\s+", " ").trim();
    return s.length() > 300 ? s.substring(0, 300) + "..." : s;
  }

  private Connection connect(ApproveOptions options) throws SQLException, UsageException {
    String url = options.url();
    if (GuardUrl.accepts(url)) {
      url = GuardUrl.parse(url).delegateUrl();
    }
    Properties props = new Properties();
    if (options.user() != null) {
      props.setProperty("user", options.user());
    }
    if (options.passwordEnv() != null) {
      props.setProperty("password", env.get(options.passwordEnv()));
    }
    Driver driver = driver(url, options.driverJar());
    Connection c = driver.connect(url, props);
    if (c == null) {
      throw new UsageException("the JDBC driver " + driver.getClass().getName() + " declined the URL");
    }
    c.setAutoCommit(true);
    return c;
  }

  private static Driver driver(String url, String jar) throws SQLException, UsageException {
    if (jar != null) {
      Path path = Path.of(jar);
      if (!Files.isRegularFile(path)) {
        throw new UsageException("--driver-jar " + jar + ": no such file");
      }
      URL[] urls;
      try {
        urls = new URL[] {path.toUri().toURL()};
      } catch (IOException e) {
        throw new UsageException("--driver-jar " + jar + ": " + e.getMessage());
      }
      ClassLoader loader = new URLClassLoader(urls, ApproveCommand.class.getClassLoader());
      try {
        // by type first: the guard's own driver is never wanted here, nor instantiated
        for (ServiceLoader.Provider<Driver> provider :
            ServiceLoader.load(Driver.class, loader).stream()
                .filter(p -> !p.type().getName().startsWith("io.jdbcguard."))
                .toList()) {
          Driver d = provider.get();
          if (d.acceptsURL(url)) {
            return d;
          }
        }
      } catch (ServiceConfigurationError e) {
        throw new UsageException("--driver-jar " + jar + ": " + e.getMessage());
      }
      throw new UsageException("--driver-jar " + jar + " holds no JDBC driver for this URL");
    }
    try {
      return DriverManager.getDriver(url);
    } catch (SQLException e) {
      throw new UsageException(
          "no JDBC driver for this URL on the class path; pass the driver's jar with --driver-jar"
              + " (e.g. postgresql-42.7.x.jar or mariadb-java-client-3.x.jar)");
    }
  }
}
