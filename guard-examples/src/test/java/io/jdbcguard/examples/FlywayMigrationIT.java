package io.jdbcguard.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.jdbcguard.examples.testing.ExamplePostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A real migration tool through the guard: Flyway migrates PostgreSQL through a HikariCP pool
 * configured with nothing but the URL {@code jdbc:guard:postgresql://...?guard.profile=migration}
 * (and the credentials). The safe migrations of {@code db/migration} apply; an unsafe one is
 * refused before it changes anything, and Flyway's exception carries the guard's message.
 *
 * <p>Each test works in a schema of its own, which Flyway creates, with its history table, through
 * the guard (the connection remembers that the history table is new within Flyway's transaction);
 * the test drops it through the plain driver afterwards (the guard refuses DROP SCHEMA, as it
 * should).
 */
class FlywayMigrationIT {

  private static final String SAFE = "classpath:db/migration";
  private static final String ROWS =
      "SELECT id || ':' || coalesce(note, '-') FROM orders ORDER BY id";

  /**
   * The migration profile and nothing else. Flyway ends every PostgreSQL session by restoring the
   * role it found, {@code SET ROLE '<current user>'}: the guard knows the connection's login role
   * and lets that through (it widens nothing), so no rule override is needed.
   */
  static final String SETTINGS = "guard.profile=migration";

  private static ExamplePostgres pg;
  private static HikariDataSource pool;
  private String schema;

  @BeforeAll
  static void needsPostgres() {
    pg = ExamplePostgres.get();
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(pg.guardUrl() + (pg.guardUrl().contains("?") ? "&" : "?") + SETTINGS);
    config.setUsername(pg.user());
    config.setPassword(pg.password());
    config.setPoolName("flyway-through-the-guard");
    config.setMaximumPoolSize(2);
    pool = new HikariDataSource(config);
  }

  @AfterAll
  static void closeThePool() {
    if (pool != null) {
      pool.close();
    }
  }

  /** A schema of its own, which Flyway creates through the guard. */
  @BeforeEach
  void nameASchemaOfItsOwn() {
    schema = "guard_flyway_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  }

  @AfterEach
  void dropTheSchemaThroughTheRealDriver() throws SQLException {
    try (Connection raw = pg.raw();
        Statement statement = raw.createStatement()) {
      statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }
  }

  @Test
  void appliesTheSafeMigrationsThroughTheGuard() throws SQLException {
    MigrateResult result = flyway(SAFE).migrate();

    assertThat(result.success).isTrue();
    assertThat(result.migrationsExecuted).isEqualTo(5);
    assertThat(appliedVersions()).containsExactly("1", "2", "3", "4", "5");
    assertThat(columns("orders"))
        .containsExactly("id", "user_id", "status", "total", "created_at", "note");
    assertThat(query("SELECT count(*) FROM customers")).containsExactly("2");
    assertThat(query(ROWS)).containsExactly("100:-", "101:gift wrap", "102:-");
  }

  @Test
  void refusesADropColumnMigrationAndLeavesSchemaAndRowsAsTheyWere() throws SQLException {
    flyway(SAFE).migrate();
    List<String> columnsBefore = columns("orders");
    List<String> rowsBefore = query(ROWS);

    Throwable failure =
        catchThrowable(() -> flyway(SAFE, "classpath:db/unsafe/drop-column").migrate());

    assertThat(failure)
        .isInstanceOf(FlywayException.class)
        .hasMessageContaining("[alter-table-drop]")
        .hasMessageContaining("42JG1");
    // the ADD COLUMN before the refused DROP COLUMN was rolled back with the migration
    assertThat(columns("orders")).isEqualTo(columnsBefore).doesNotContain("remark");
    assertThat(query(ROWS)).isEqualTo(rowsBefore);
    assertThat(appliedVersions()).containsExactly("1", "2", "3", "4", "5");
  }

  /** The lock hazard: a plain CREATE INDEX on the table an earlier migration filled. */
  @Test
  void refusesAnIndexWithoutConcurrentlyOnAPopulatedTable() throws SQLException {
    flyway(SAFE).migrate();

    Throwable failure =
        catchThrowable(
            () -> flyway(SAFE, "classpath:db/unsafe/index-without-concurrently").migrate());

    assertThat(failure)
        .isInstanceOf(FlywayException.class)
        .hasMessageContaining("[index-without-concurrently]")
        .hasMessageContaining("42JG1");
    assertThat(
            query(
                "SELECT count(*) FROM pg_indexes WHERE schemaname = '"
                    + schema
                    + "' AND indexname = 'orders_user_id_idx'"))
        .containsExactly("0");
    assertThat(appliedVersions()).containsExactly("1", "2", "3", "4", "5");
  }

  /**
   * Flyway on a HikariCP pool configured with the guard URL and the migration profile, in this
   * test's schema. (Flyway's own URL setting, {@code dataSource(url, user, password)} and {@code
   * flyway.url}, accepts only URLs of databases it has a plugin for and rejects {@code
   * jdbc:guard:}; given a DataSource, it asks the connection's metadata which database it is.)
   */
  private Flyway flyway(String... locations) {
    return Flyway.configure().dataSource(pool).schemas(schema).locations(locations).load();
  }

  /** The versions Flyway recorded as applied successfully, read through the real driver. */
  private List<String> appliedVersions() throws SQLException {
    return query(
        "SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL"
            + " AND type = 'SQL' ORDER BY installed_rank");
  }

  private List<String> columns(String table) throws SQLException {
    return query(
        "SELECT column_name FROM information_schema.columns WHERE table_schema = '"
            + schema
            + "' AND table_name = '"
            + table
            + "' ORDER BY ordinal_position");
  }

  /** The first column of every row, as text, through the real driver in this test's schema. */
  private List<String> query(String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Connection raw = pg.raw();
        Statement statement = raw.createStatement()) {
      statement.execute("SET search_path TO " + schema);
      try (ResultSet rs = statement.executeQuery(sql)) {
        while (rs.next()) {
          values.add(rs.getString(1));
        }
      }
    }
    return values;
  }
}
