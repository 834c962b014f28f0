package io.jdbcguard.driver.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The published jars in an application of their own (an isolated class loader, as a real
 * application's class path): guard-driver, guard-rules (JSqlParser relocated inside it), the
 * PostgreSQL driver, and the application's own JSqlParser 4.9 or 5.3, with and without SLF4J.
 * The guard still refuses a DELETE without WHERE, the application's JSqlParser is the version it
 * pinned and still parses, and without SLF4J the audit log goes to java.util.logging. With the
 * unrelocated rules jar and JSqlParser 4.9 (the clash the relocation prevents) an engine failure is
 * an SQLException, never an Error.
 */
class PackagingIT {

  private static final String AUDIT = "io.jdbcguard.audit";

  static Stream<Arguments> applications() {
    List<Arguments> cases = new ArrayList<>();
    for (String jsqlparser : property("jdbcguard.it.applicationJsqlparser").split(",")) {
      cases.add(Arguments.of(Path.of(jsqlparser), true));
      cases.add(Arguments.of(Path.of(jsqlparser), false));
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}, SLF4J: {1}")
  @MethodSource("applications")
  void guardsBesideTheApplicationsOwnJsqlparser(Path applicationJsqlparser, boolean slf4j, @TempDir Path dir)
      throws Exception {
    TestDatabases.Database pg = TestDatabases.postgres();
    List<Path> jars = new ArrayList<>(List.of(jar("jdbcguard.it.driverJar"), jar("jdbcguard.it.rulesJar"),
        codeSource(org.postgresql.Driver.class), applicationJsqlparser));
    Path auditFile = dir.resolve("audit.log");
    if (slf4j) {
      jars.add(codeSource(org.slf4j.LoggerFactory.class));
      jars.add(codeSource(ch.qos.logback.classic.Logger.class));
      jars.add(codeSource(ch.qos.logback.core.Appender.class));
      jars.add(logbackConfig(dir, auditFile));
    }
    List<LogRecord> julRecords = new ArrayList<>();
    try (URLClassLoader app = loader(jars);
        JulCapture jul = new JulCapture(julRecords)) {
      Driver driver = (Driver) Class.forName("io.jdbcguard.driver.GuardDriver", true, app)
          .getConstructor().newInstance();
      try (Connection c = driver.connect(pg.guardUrl(), credentials(pg));
          Statement s = c.createStatement()) {
        assertThat(s.execute("SELECT 1")).isTrue();
        Throwable refused = catchThrowable(() -> s.execute("DELETE FROM guard_packaging_never_created"));
        assertThat(refused).isInstanceOf(SQLException.class).hasMessageStartingWith("[delete-without-where]");
        assertThat(((SQLException) refused).getSQLState()).isEqualTo("42JG1");
      }

      // the application's JSqlParser is the jar it pinned, untouched, and still works
      Class<?> util = Class.forName("net.sf.jsqlparser.parser.CCJSqlParserUtil", true, app);
      assertThat(codeSource(util)).isEqualTo(applicationJsqlparser);
      assertThat(util.getMethod("parse", String.class).invoke(null, "SELECT a FROM t")).isNotNull();
      // the guard's own copy is relocated inside guard-rules
      Class<?> guards = Class.forName("io.jdbcguard.shaded.net.sf.jsqlparser.parser.CCJSqlParserUtil", false, app);
      assertThat(codeSource(guards)).isEqualTo(jar("jdbcguard.it.rulesJar"));

      if (slf4j) {
        assertThat(Files.readString(auditFile)).contains("jdbc-guard blocked on", "[delete-without-where]");
        assertThat(julRecords).isEmpty();
      } else {
        assertThat(catchThrowable(() -> Class.forName("org.slf4j.LoggerFactory", false, app)))
            .isInstanceOf(ClassNotFoundException.class);
        assertThat(julRecords)
            .anySatisfy(r -> {
              assertThat(r.getLevel()).isEqualTo(Level.WARNING);
              assertThat(r.getMessage()).contains("jdbc-guard blocked on", "[delete-without-where]");
            });
      }
    }
  }

  @Test
  void anEngineThatCannotLoadFailsClosedWithAnSqlExceptionNeverAnError() throws Exception {
    TestDatabases.Database pg = TestDatabases.postgres();
    Path oldJsqlparser = Path.of(property("jdbcguard.it.applicationJsqlparser").split(",")[0]);
    List<Path> jars = List.of(jar("jdbcguard.it.driverJar"), jar("jdbcguard.it.unrelocatedRulesJar"),
        codeSource(org.postgresql.Driver.class), oldJsqlparser);
    List<LogRecord> julRecords = new ArrayList<>();
    try (URLClassLoader app = loader(jars);
        JulCapture jul = new JulCapture(julRecords)) {
      Driver driver = (Driver) Class.forName("io.jdbcguard.driver.GuardDriver", true, app)
          .getConstructor().newInstance();
      Connection c = null;
      Throwable failure = null;
      try {
        c = driver.connect(pg.guardUrl(), credentials(pg));
        Connection open = c;
        for (String sql : new String[] {"DELETE FROM guard_packaging_never_created", "SELECT 1",
            "UPDATE guard_packaging_never_created SET a = 1 WHERE b = 2"}) {
          Throwable t = catchThrowable(() -> {
            try (Statement s = open.createStatement()) {
              s.execute(sql);
            }
          });
          if (sql.startsWith("DELETE")) {
            assertThat(t).as(sql).isInstanceOf(SQLException.class);
          } else {
            assertThat(t).as(sql).satisfiesAnyOf(
                e -> assertThat(e).isNull(), e -> assertThat(e).isInstanceOf(SQLException.class));
          }
        }
      } catch (Throwable t) {
        failure = t;
      } finally {
        if (c != null) {
          c.close();
        }
      }
      assertThat(failure).satisfiesAnyOf(
          e -> assertThat(e).isNull(), e -> assertThat(e).isInstanceOf(SQLException.class));
    }
  }

  private static URLClassLoader loader(List<Path> jars) throws Exception {
    URL[] urls = new URL[jars.size()];
    for (int i = 0; i < urls.length; i++) {
      urls[i] = jars.get(i).toUri().toURL();
    }
    return new URLClassLoader("application", urls, ClassLoader.getPlatformClassLoader());
  }

  private static Properties credentials(TestDatabases.Database db) {
    Properties info = new Properties();
    info.setProperty("user", db.user());
    info.setProperty("password", db.password());
    return info;
  }

  /** A logback.xml (in a folder on the application's class path) that writes only the audit log, to a file. */
  private static Path logbackConfig(Path dir, Path auditFile) throws Exception {
    Path config = Files.createDirectories(dir.resolve("config"));
    Files.writeString(config.resolve("logback.xml"), "<configuration>\n"
        + "  <appender name=\"FILE\" class=\"ch.qos.logback.core.FileAppender\">\n"
        + "    <file>" + auditFile + "</file>\n"
        + "    <encoder><pattern>%level %logger - %msg%n</pattern></encoder>\n"
        + "  </appender>\n"
        + "  <logger name=\"" + AUDIT + "\" level=\"WARN\"><appender-ref ref=\"FILE\"/></logger>\n"
        + "  <root level=\"OFF\"/>\n"
        + "</configuration>\n");
    return config;
  }

  private static Path jar(String property) {
    Path path = Path.of(property(property));
    assertThat(path).as(property).exists();
    return path;
  }

  private static String property(String name) {
    String value = System.getProperty(name);
    assertThat(value).as("system property " + name + " (set by Failsafe)").isNotNull();
    return value;
  }

  private static Path codeSource(Class<?> type) throws Exception {
    return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toPath();
  }

  /** Captures the audit logger's java.util.logging records, and keeps them off the console. */
  private static final class JulCapture extends Handler implements AutoCloseable {
    private final Logger logger = Logger.getLogger(AUDIT);
    private final List<LogRecord> records;
    private final boolean parentHandlers;

    JulCapture(List<LogRecord> records) {
      this.records = records;
      this.parentHandlers = logger.getUseParentHandlers();
      logger.setUseParentHandlers(false);
      logger.addHandler(this);
    }

    @Override
    public void publish(LogRecord record) {
      records.add(record);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {
      logger.removeHandler(this);
      logger.setUseParentHandlers(parentHandlers);
    }
  }
}
