package io.jdbcguard.examples;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.jdbcguard.driver.GuardViolationException;
import java.net.URL;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.slf4j.LoggerFactory;

/**
 * HikariCP + PostgreSQL with the audit log as JSON lines: a pool configured with nothing but the
 * {@code jdbc:guard:} URL (and the credentials) runs one allowed and one refused statement, and
 * Logback ({@code logback-audit-json.xml}) prints one JSON object per guard decision on standard
 * output.
 *
 * <p>Run it from the repository root against PostgreSQL: {@code ./mvnw -q -B -DskipTests package
 * && java -cp guard-examples/target/guard-examples-0.1.0-SNAPSHOT-demo.jar
 * io.jdbcguard.examples.AuditLogExample [jdbc:postgresql://127.0.0.1:5432/test [user
 * [password]]]} (defaults: the {@code JDBC_GUARD_PG_*} environment variables, then the local test
 * server). {@code AuditLogExampleIT} runs it and checks every line.
 */
public final class AuditLogExample {

  private AuditLogExample() {}

  public static void main(String[] args) throws Exception {
    String url = arg(args, 0, "JDBC_GUARD_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    String user = arg(args, 1, "JDBC_GUARD_PG_USER", "postgres");
    String password = arg(args, 2, "JDBC_GUARD_PG_PASSWORD", "");
    configureLogback();
    run(url, user, password);
  }

  /** Loads {@code logback-audit-json.xml} from the class path in place of any other config. */
  public static void configureLogback() throws JoranException {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    context.reset();
    JoranConfigurator configurator = new JoranConfigurator();
    configurator.setContext(context);
    URL config = AuditLogExample.class.getResource("/logback-audit-json.xml");
    configurator.doConfigure(config);
  }

  /**
   * One allowed and one refused statement through a HikariCP pool; the audit log records both.
   *
   * @param realUrl the database's own JDBC URL; the pool gets it with {@code guard:} inserted
   */
  public static void run(String realUrl, String user, String password) throws SQLException {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl("jdbc:guard:" + realUrl.substring("jdbc:".length())); // the only change
    config.setUsername(user);
    config.setPassword(password);
    config.setPoolName("audit-example");
    config.setMaximumPoolSize(2);
    try (HikariDataSource pool = new HikariDataSource(config);
        Connection connection = pool.getConnection();
        Statement statement = connection.createStatement()) {
      try (ResultSet rs = statement.executeQuery("SELECT 'hello' AS greeting")) {
        rs.next(); // allowed: a DEBUG event with action "allow"
      }
      try {
        statement.executeUpdate("UPDATE customers SET email = 'alice@example.com'");
      } catch (GuardViolationException refused) {
        // refused: a WARN event with action "block"; the table was never touched, and the
        // pooled connection stays usable (SQLState 42JG1 is not one HikariCP evicts on)
        System.err.println("refused (" + refused.getSQLState() + "): " + refused.getMessage());
      }
    }
  }

  private static String arg(String[] args, int index, String env, String fallback) {
    if (args.length > index) {
      return args[index];
    }
    String value = System.getenv(env);
    return value == null || value.isEmpty() ? fallback : value;
  }
}
