package io.jdbcguard.driver.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The self-contained {@code -all} jar: JSqlParser relocated, services merged, and a connection
 * through it, loaded in a fresh class loader next to only the PostgreSQL driver (no SLF4J: the
 * audit log goes to java.util.logging), blocks DROP and runs SELECT against the real server.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ShadedJarIT {

  private Path shadedJar;
  private List<String> entries;

  @BeforeAll
  void openTheShadedJar() throws Exception {
    String location = System.getProperty("jdbcguard.it.shadedJar");
    assertThat(location).as("system property jdbcguard.it.shadedJar (set by Failsafe)").isNotNull();
    shadedJar = Path.of(location);
    assertThat(shadedJar).exists();
    try (JarFile jar = new JarFile(shadedJar.toFile())) {
      entries = jar.stream().map(e -> e.getName()).collect(Collectors.toList());
    }
  }

  @Test
  void containsTheRelocatedParserAndNotTheOriginal() {
    assertThat(entries).anyMatch(e -> e.startsWith("io/jdbcguard/shaded/net/sf/jsqlparser/"));
    assertThat(entries).noneMatch(e -> e.startsWith("net/sf/jsqlparser/"));
    assertThat(entries).contains("io/jdbcguard/driver/GuardDriver.class");
    assertThat(entries).contains("io/jdbcguard/rules/GuardEngine.class");
    assertThat(entries).noneMatch(e -> e.startsWith("org/slf4j/"));
  }

  @Test
  void registersTheGuardDriverAsAService() throws Exception {
    try (JarFile jar = new JarFile(shadedJar.toFile())) {
      String services =
          new String(
              jar.getInputStream(jar.getEntry("META-INF/services/java.sql.Driver")).readAllBytes(),
              StandardCharsets.UTF_8);
      assertThat(services.lines()).contains("io.jdbcguard.driver.GuardDriver");
    }
  }

  @Test
  void blocksDropAndRunsSelectInAFreshClassLoader() throws Exception {
    TestDatabases.Database pg = TestDatabases.postgres();
    try (URLClassLoader loader =
        new URLClassLoader(
            new URL[] {
              shadedJar.toUri().toURL(),
              jarOf(org.postgresql.Driver.class)
            },
            ClassLoader.getPlatformClassLoader())) {
      Class<?> driverClass = Class.forName("io.jdbcguard.driver.GuardDriver", true, loader);
      assertThat(driverClass.getClassLoader()).isSameAs(loader);
      Driver driver = (Driver) driverClass.getDeclaredConstructor().newInstance();
      Properties info = new Properties();
      info.setProperty("user", pg.user());
      info.setProperty("password", pg.password());

      // the refusal below is logged through java.util.logging: keep it off the console
      java.util.logging.Logger audit = java.util.logging.Logger.getLogger("io.jdbcguard.audit");
      boolean parentHandlers = audit.getUseParentHandlers();
      audit.setUseParentHandlers(false);
      try (Connection connection = driver.connect(pg.guardUrl(), info)) {
        Throwable refused =
            catchThrowable(
                () -> connection.createStatement().execute("DROP TABLE shaded_jar_no_such_table"));
        assertThat(refused.getClass().getName())
            .isEqualTo("io.jdbcguard.driver.GuardViolationException");
        assertThat(((SQLException) refused).getSQLState()).isEqualTo("42JG1");
        assertThat(refused.getClass().getClassLoader()).isSameAs(loader);

        ResultSet one = connection.createStatement().executeQuery("SELECT 1");
        assertThat(one.next()).isTrue();
        assertThat(one.getInt(1)).isEqualTo(1);
      } finally {
        audit.setUseParentHandlers(parentHandlers);
      }
    }
  }

  private static URL jarOf(Class<?> type) throws Exception {
    URL location = type.getProtectionDomain().getCodeSource().getLocation();
    assertThat(Files.isRegularFile(Path.of(location.toURI()))).as(location.toString()).isTrue();
    return location;
  }
}
