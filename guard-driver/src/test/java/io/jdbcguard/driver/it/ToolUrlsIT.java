package io.jdbcguard.driver.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.ui.LoggerUIService;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Flyway and Liquibase given nothing but a {@code jdbc:guard:} URL (no driver class, no
 * DataSource) find the guard's driver ({@code FlywayGuardUrls}, {@code LiquibaseGuardUrls}) and
 * migrate the real PostgreSQL and MariaDB through it, each into a database object of its own.
 */
class ToolUrlsIT {

  /**
   * Until the migration profile accepts what the tools send on their own: Flyway restores the
   * session role ({@code SET ROLE}) on PostgreSQL, Liquibase resets its lock table ({@code DELETE
   * FROM databasechangeloglock}). Empty both once the migration rules are merged.
   */
  private static final String PENDING_FLYWAY = "&guard.rule.privilege-change=warn";

  private static final String PENDING_LIQUIBASE = "&guard.rule.delete-without-where=warn";

  static Stream<TestDatabases.Database> databases() {
    return Stream.of(TestDatabases.postgres(), TestDatabases.mariadb());
  }

  /** Held: java.util.logging forgets the level of a logger nobody references. */
  private static final Logger LIQUIBASE_LOG = Logger.getLogger("liquibase");

  @BeforeAll
  static void quietLiquibase() {
    LIQUIBASE_LOG.setLevel(Level.WARNING);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void flywayMigratesThroughAGuardUrl(TestDatabases.Database db) throws Exception {
    String schema = name("guard_fw_url");
    String url = db.guardUrl() + separator(db.guardUrl()) + "guard.profile=migration" + PENDING_FLYWAY;
    try {
      MigrateResult result =
          Flyway.configure()
              .dataSource(url, db.user(), db.password())
              .schemas(schema)
              .locations("classpath:db/url-migration")
              .load()
              .migrate();

      assertThat(result.success).isTrue();
      assertThat(result.migrationsExecuted).isEqualTo(2);
      assertThat(count(db, schema, "widget")).isEqualTo(2);
    } finally {
      drop(db, schema);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void liquibaseUpdatesThroughAGuardUrl(TestDatabases.Database db) throws Exception {
    String schema = name("guard_lb_url");
    create(db, schema);
    try {
      String url = inSchema(db, schema) + "guard.profile=migration" + PENDING_LIQUIBASE;
      Scope.child(
          Map.of(
              Scope.Attr.resourceAccessor.name(),
              new ClassLoaderResourceAccessor(getClass().getClassLoader()),
              Scope.Attr.ui.name(),
              new LoggerUIService()),
          () ->
              new CommandScope("update")
                  .addArgumentValue("url", url)
                  .addArgumentValue("username", db.user())
                  .addArgumentValue("password", db.password())
                  .addArgumentValue("changelogFile", "db/url-changelog.sql")
                  .addArgumentValue("showSummaryOutput", "LOG")
                  .execute());

      assertThat(count(db, schema, "gadget")).isEqualTo(2);
      // Liquibase names its tables in upper case on MySQL/MariaDB, where names are case-sensitive
      String history = db.url().startsWith("jdbc:postgresql:") ? "databasechangelog" : "DATABASECHANGELOG";
      assertThat(count(db, schema, history)).isEqualTo(2);
    } finally {
      drop(db, schema);
    }
  }

  /** The guard URL pointed at {@code schema}, ending so that a parameter can follow. */
  private static String inSchema(TestDatabases.Database db, String schema) {
    String url = db.guardUrl();
    if (db.url().startsWith("jdbc:postgresql:")) {
      return url + separator(url) + "currentSchema=" + schema + "&";
    }
    int query = url.indexOf('?');
    String base = query < 0 ? url : url.substring(0, query);
    String rest = query < 0 ? "" : url.substring(query + 1) + "&";
    return base.substring(0, base.lastIndexOf('/') + 1) + schema + "?" + rest;
  }

  private static String separator(String url) {
    return url.contains("?") ? "&" : "?";
  }

  private static String name(String prefix) {
    return prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  }

  private static void create(TestDatabases.Database db, String schema) throws SQLException {
    try (Connection raw = db.raw();
        Statement s = raw.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    }
  }

  private static void drop(TestDatabases.Database db, String schema) throws SQLException {
    try (Connection raw = db.raw();
        Statement s = raw.createStatement()) {
      s.execute(
          "DROP SCHEMA IF EXISTS " + schema + (db.url().startsWith("jdbc:postgresql:") ? " CASCADE" : ""));
    }
  }

  private static long count(TestDatabases.Database db, String schema, String table) throws SQLException {
    try (Connection raw = db.raw();
        Statement s = raw.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*) FROM " + schema + "." + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
