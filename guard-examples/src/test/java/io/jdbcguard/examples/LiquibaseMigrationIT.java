package io.jdbcguard.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.jdbcguard.examples.testing.ExampleMariaDb;
import io.jdbcguard.examples.testing.ExamplePostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.Map;
import liquibase.UpdateSummaryOutputEnum;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.command.core.helpers.ShowSummaryArgument;
import liquibase.Scope;
import liquibase.ui.LoggerUIService;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Real Liquibase through {@code jdbc:guard:...?guard.profile=migration} on PostgreSQL and MariaDB,
 * with no rule overrides. Liquibase's first run empties its lock table ({@code DELETE FROM
 * databasechangeloglock}), which the guard allows exactly; the changelog is written one change per
 * changeset, so the index on the table the previous changeset created comes after a commit: the
 * connection's script state still knows the table is new (nothing has filled it), so the index is
 * no lock hazard. Once a changeset has put rows into it, a plain CREATE INDEX is refused.
 */
class LiquibaseMigrationIT {

  enum Server { POSTGRES, MARIADB }

  private static final String SETTINGS = "guard.profile=migration";

  private Server server;
  private String name;

  @AfterEach
  void dropWhatTheTestCreated() throws SQLException {
    if (server == null) {
      return;
    }
    try (Connection raw = raw(); Statement s = raw.createStatement()) {
      s.execute(server == Server.POSTGRES ? "DROP SCHEMA IF EXISTS " + name + " CASCADE"
          : "DROP DATABASE IF EXISTS " + name);
    }
  }

  @ParameterizedTest
  @EnumSource(Server.class)
  void appliesAOneChangePerChangesetChangelogThroughTheGuard(Server on) throws Exception {
    prepare(on);

    update("db/changelog/ledger.sql");

    assertThat(query("SELECT count(*) FROM " + table("databasechangelog"))).containsExactly("5");
    assertThat(query("SELECT count(*) FROM " + table("databasechangeloglock"))).containsExactly("1");
    assertThat(query("SELECT memo FROM ledger WHERE id = 1")).containsExactly("opening balance");
  }

  @Test
  void refusesAPlainIndexOnTheTableOnceAChangesetFilledIt() throws Exception {
    prepare(Server.POSTGRES);
    update("db/changelog/ledger.sql");

    Throwable failure = catchThrowable(() -> update("db/changelog/ledger-unsafe-index.sql"));

    assertThat(failure).isInstanceOf(LiquibaseException.class);
    assertThat(messages(failure)).contains("[index-without-concurrently]");
    assertThat(query("SELECT count(*) FROM databasechangelog")).containsExactly("5");
    assertThat(query("SELECT count(*) FROM pg_indexes WHERE schemaname = '" + name
        + "' AND indexname = 'ledger_amount_idx'")).containsExactly("0");
  }

  /** MariaDB builds the same index online: the guard only warns (index-without-lock-none). */
  @Test
  void letsMariaDbBuildThePlainIndexOnline() throws Exception {
    prepare(Server.MARIADB);
    update("db/changelog/ledger.sql");

    update("db/changelog/ledger-unsafe-index.sql");

    assertThat(query("SELECT count(*) FROM DATABASECHANGELOG")).containsExactly("6");
    assertThat(query("SELECT count(*) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = '"
        + name + "' AND INDEX_NAME = 'ledger_amount_idx'")).containsExactly("1");
  }

  @ParameterizedTest
  @EnumSource(Server.class)
  void refusesADropColumnChangeset(Server on) throws Exception {
    prepare(on);
    update("db/changelog/ledger.sql");

    Throwable failure = catchThrowable(() -> update("db/changelog/ledger-unsafe-drop.sql"));

    assertThat(failure).isInstanceOf(LiquibaseException.class);
    assertThat(messages(failure)).contains("[alter-table-drop]");
    assertThat(query("SELECT count(*) FROM " + table("databasechangelog"))).containsExactly("5");
    assertThat(query("SELECT memo FROM ledger WHERE id = 1")).containsExactly("opening balance");
  }

  private void prepare(Server on) throws SQLException {
    server = on;
    name = "guard_lb_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection raw = raw(); Statement s = raw.createStatement()) {
      s.execute(on == Server.POSTGRES ? "CREATE SCHEMA " + name : "CREATE DATABASE " + name);
    }
  }

  /** Liquibase's tables: lower case on PostgreSQL, upper case on MariaDB (case-sensitive names). */
  private String table(String lower) {
    return server == Server.POSTGRES ? lower : lower.toUpperCase(java.util.Locale.ROOT);
  }

  /** Liquibase reports a refused changeset on stderr and its log; the test asserts it instead. */
  private static final java.util.logging.Logger LIQUIBASE_LOG = java.util.logging.Logger.getLogger("liquibase");

  @BeforeAll
  static void quietLiquibase() {
    LIQUIBASE_LOG.setLevel(java.util.logging.Level.OFF);
    LIQUIBASE_LOG.setUseParentHandlers(false);
    System.setProperty("liquibase.logLevel", "OFF");
    System.setProperty("liquibase.showBanner", "false");
    System.setProperty("liquibase.analytics.enabled", "false");
  }

  /** Runs Liquibase's update with the changelog over one guarded connection. */
  private void update(String changelog) throws Exception {
    Scope.child(Map.of(Scope.Attr.ui.name(), new LoggerUIService()), () -> updateQuietly(changelog));
  }

  private void updateQuietly(String changelog) throws Exception {
    try (Connection guarded = DriverManager.getConnection(guardUrl(), user(), password())) {
      Database database =
          DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(guarded));
      if (server == Server.POSTGRES) {
        database.setDefaultSchemaName(name);
      }
      new CommandScope(UpdateCommandStep.COMMAND_NAME)
          .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
          .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, changelog)
          .addArgumentValue(ShowSummaryArgument.SHOW_SUMMARY_OUTPUT, UpdateSummaryOutputEnum.LOG)
          .execute();
    }
  }

  private String guardUrl() {
    if (server == Server.POSTGRES) {
      ExamplePostgres pg = ExamplePostgres.get();
      return pg.guardUrl() + (pg.url().contains("?") ? "&" : "?") + "currentSchema=" + name + "&" + SETTINGS;
    }
    ExampleMariaDb db = ExampleMariaDb.get();
    return "jdbc:guard:" + db.urlFor(name).substring("jdbc:".length())
        + (db.url().contains("?") ? "&" : "?") + SETTINGS;
  }

  private Connection raw() throws SQLException {
    return server == Server.POSTGRES ? ExamplePostgres.get().raw() : ExampleMariaDb.get().raw();
  }

  private String user() {
    return server == Server.POSTGRES ? ExamplePostgres.get().user() : ExampleMariaDb.get().user();
  }

  private String password() {
    return server == Server.POSTGRES ? ExamplePostgres.get().password() : ExampleMariaDb.get().password();
  }

  private static String messages(Throwable t) {
    StringBuilder sb = new StringBuilder();
    for (Throwable c = t; c != null; c = c.getCause()) {
      sb.append(c.getMessage()).append('\n');
    }
    return sb.toString();
  }

  /** The first column of every row, as text, through the real driver. */
  private List<String> query(String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Connection raw = raw(); Statement statement = raw.createStatement()) {
      statement.execute(server == Server.POSTGRES ? "SET search_path TO " + name : "USE " + name);
      try (ResultSet rs = statement.executeQuery(sql)) {
        while (rs.next()) {
          values.add(rs.getString(1));
        }
      }
    }
    return values;
  }
}
