package io.jdbcguard.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.jdbcguard.examples.testing.ExampleMariaDb;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Real Flyway migrating MariaDB through {@code jdbc:guard:mariadb://...?guard.profile=migration},
 * with no rule overrides: the MySQL/MariaDB online-DDL rules see what the migrations ask for
 * ({@code ALGORITHM=INSTANT}, {@code ALGORITHM=INPLACE, LOCK=NONE}) and the server's version (read
 * by the driver at connect time). Each test migrates a database of its own, dropped afterwards
 * through the plain driver.
 */
class FlywayMariaDbMigrationIT {

  private static final String SAFE = "classpath:db/mariadb/migration";
  private static final String ROWS = "SELECT CONCAT(id, ':', COALESCE(note, '-')) FROM orders ORDER BY id";

  private ExampleMariaDb db;
  private String database;
  private HikariDataSource pool;

  @BeforeEach
  void aDatabaseOfItsOwn() throws SQLException {
    db = ExampleMariaDb.get();
    database = "guard_flyway_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection raw = db.raw(); Statement s = raw.createStatement()) {
      s.execute("CREATE DATABASE " + database);
    }
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl("jdbc:guard:" + db.urlFor(database).substring("jdbc:".length())
        + (db.url().contains("?") ? "&" : "?") + FlywayMigrationIT.SETTINGS);
    config.setUsername(db.user());
    config.setPassword(db.password());
    config.setPoolName("flyway-mariadb-through-the-guard");
    config.setMaximumPoolSize(2);
    pool = new HikariDataSource(config);
  }

  @AfterEach
  void dropTheDatabaseThroughTheRealDriver() throws SQLException {
    if (pool != null) {
      pool.close();
    }
    try (Connection raw = db.raw(); Statement s = raw.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + database);
    }
  }

  @Test
  void appliesTheSafeMigrationsThroughTheGuard() throws SQLException {
    MigrateResult result = flyway(SAFE).migrate();

    assertThat(result.success).isTrue();
    assertThat(result.migrationsExecuted).isEqualTo(6);
    assertThat(columns("orders"))
        .containsExactly("id", "user_id", "status", "total", "note", "created_at");
    assertThat(query(ROWS)).containsExactly("100:-", "101:gift wrap", "102:-");
  }

  @Test
  void refusesAColumnRedefinitionThatCopiesTheTable() throws SQLException {
    flyway(SAFE).migrate();
    List<String> rowsBefore = query(ROWS);

    Throwable failure = catchThrowable(() -> flyway(SAFE, "classpath:db/mariadb/unsafe/copy").migrate());

    assertThat(failure)
        .isInstanceOf(FlywayException.class)
        .hasMessageContaining("[alter-with-copy]")
        .hasMessageContaining("ALGORITHM=INPLACE, LOCK=NONE");
    assertThat(query(
            "SELECT DATA_TYPE FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()"
                + " AND TABLE_NAME = 'orders' AND COLUMN_NAME = 'note'"))
        .containsExactly("varchar");
    assertThat(query(ROWS)).isEqualTo(rowsBefore);
  }

  private Flyway flyway(String... locations) {
    return Flyway.configure().dataSource(pool).locations(locations).load();
  }

  private List<String> columns(String table) throws SQLException {
    return query("SELECT COLUMN_NAME FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()"
        + " AND TABLE_NAME = '" + table + "' ORDER BY ORDINAL_POSITION");
  }

  /** The first column of every row, as text, through the real driver in this test's database. */
  private List<String> query(String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Connection raw = db.raw(); Statement statement = raw.createStatement()) {
      statement.execute("USE " + database);
      try (ResultSet rs = statement.executeQuery(sql)) {
        while (rs.next()) {
          values.add(rs.getString(1));
        }
      }
    }
    return values;
  }
}
