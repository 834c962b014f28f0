package io.jdbcguard.driver.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jdbcguard.driver.GuardViolationException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The migration profile through the driver on MariaDB: the driver reads the server's version at
 * connect time, so an {@code ADD COLUMN ... AFTER} that MariaDB 10.4+ does INSTANTly passes, while
 * the changes that copy the table are refused.
 */
class MariaDbMigrationProfileIT {

  private static final String TABLE = "guard_mig_" + UUID.randomUUID().toString().substring(0, 8).replace("-", "");
  private static TestDatabases.Database db;

  @BeforeAll
  static void createTable() throws SQLException {
    db = TestDatabases.mariadb();
    try (Connection raw = db.raw(); Statement s = raw.createStatement()) {
      s.execute("CREATE TABLE " + TABLE + " (id int PRIMARY KEY, a int, b varchar(10))");
      s.execute("INSERT INTO " + TABLE + " VALUES (1, 1, 'x'), (2, 2, 'y')");
    }
  }

  @AfterAll
  static void dropTable() throws SQLException {
    if (db != null) {
      try (Connection raw = db.raw(); Statement s = raw.createStatement()) {
        s.execute("DROP TABLE IF EXISTS " + TABLE);
      }
    }
  }

  private static Connection migration() throws SQLException {
    return DriverManager.getConnection(
        db.guardUrl() + (db.guardUrl().contains("?") ? "&" : "?") + "guard.profile=migration",
        db.user(), db.password());
  }

  @Test
  void addsAColumnAfterAnotherInstantlyOnMariaDb() throws SQLException {
    try (Connection c = migration(); Statement s = c.createStatement()) {
      s.execute("ALTER TABLE " + TABLE + " ADD COLUMN c int NULL AFTER a");
    }
    try (Connection raw = db.raw(); ResultSet rs = raw.createStatement().executeQuery(
        "SELECT COLUMN_NAME FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()"
            + " AND TABLE_NAME = '" + TABLE + "' ORDER BY ORDINAL_POSITION")) {
      StringBuilder names = new StringBuilder();
      while (rs.next()) {
        names.append(rs.getString(1)).append(' ');
      }
      assertThat(names.toString().trim()).isEqualTo("id a c b");
    }
  }

  @Test
  void refusesAColumnRedefinitionThatCopiesTheTable() throws SQLException {
    try (Connection c = migration(); Statement s = c.createStatement()) {
      assertThatThrownBy(() -> s.execute("ALTER TABLE " + TABLE + " MODIFY b varchar(5)"))
          .isInstanceOf(GuardViolationException.class)
          .hasMessageContaining("[alter-with-copy]")
          .hasMessageContaining(TABLE);
      // said explicitly, the server refuses instead of copying: the guard lets it try
      assertThatThrownBy(() -> s.execute("ALTER TABLE " + TABLE + " MODIFY b int, ALGORITHM=INPLACE, LOCK=NONE"))
          .isNotInstanceOf(GuardViolationException.class)
          .isInstanceOf(SQLException.class);
    }
  }
}
