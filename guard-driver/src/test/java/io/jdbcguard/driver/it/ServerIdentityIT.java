package io.jdbcguard.driver.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jdbcguard.driver.GuardViolationException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Identity, not text: the dialect must match the database the connection really reaches, and
 * {@code guard.protect} matches what the database reports (the current database and schema), not
 * the URL's spelling; an unprotected connection cannot switch to, or name, a protected database.
 */
class ServerIdentityIT {

  private static String with(String url, String parameters) {
    return url + (url.contains("?") ? "&" : "?") + parameters;
  }

  private static void assertConfigError(ThrowingConnect connect, String key) {
    assertThatThrownBy(connect::open)
        .isInstanceOf(SQLException.class)
        .hasMessageContaining(key)
        .extracting(e -> ((SQLException) e).getSQLState())
        .isEqualTo("22023");
  }

  private interface ThrowingConnect {
    void open() throws SQLException;
  }

  @Test
  void refusesADialectThatDisagreesWithTheDatabase() throws SQLException {
    TestDatabases.Database pg = TestDatabases.postgres();
    TestDatabases.Database maria = TestDatabases.mariadb();
    assertConfigError(
        () -> DriverManager.getConnection(with(pg.guardUrl(), "guard.dialect=mysql"), pg.user(), pg.password()).close(),
        "guard.dialect=mysql");
    assertConfigError(
        () -> DriverManager.getConnection(with(pg.guardUrl(), "guard.dialect=generic"), pg.user(), pg.password()).close(),
        "guard.dialect=generic");
    assertConfigError(
        () -> DriverManager.getConnection(with(maria.guardUrl(), "guard.dialect=postgres"), maria.user(), maria.password()).close(),
        "guard.dialect=postgres");
    // the matching dialect, spelled out or inferred, connects
    try (Connection c = DriverManager.getConnection(with(pg.guardUrl(), "guard.dialect=postgres"), pg.user(), pg.password())) {
      assertThat(c.isValid(2)).isTrue();
    }
    try (Connection c = DriverManager.getConnection(with(maria.guardUrl(), "guard.dialect=mysql"), maria.user(), maria.password())) {
      assertThat(c.isValid(2)).isTrue();
    }
  }

  @Test
  void protectsThePostgresDatabaseAsTheServerNamesIt() throws SQLException {
    TestDatabases.Database pg = TestDatabases.postgres();
    String base = pg.guardUrl().substring(0, pg.guardUrl().lastIndexOf('/') + 1);
    // percent-encoded: %74est is test
    assertConfigError(
        () -> DriverManager.getConnection(base + "%74est?guard.protect=test&guard.profile=audit", pg.user(), pg.password()).close(),
        "guard.profile=audit");
    // the database only in the properties (PGDBNAME)
    Properties info = new Properties();
    info.setProperty("user", pg.user());
    info.setProperty("password", pg.password());
    info.setProperty("PGDBNAME", "test");
    info.setProperty("guard.protect", "test");
    info.setProperty("guard.maxAffectedRows", "2000000000");
    assertConfigError(() -> DriverManager.getConnection(base + "?", info).close(), "guard.maxAffectedRows=2000000000");
    // near miss: a pattern that matches nothing of it, and a lower limit
    try (Connection c =
        DriverManager.getConnection(base + "%74est?guard.protect=elsewhere&guard.maxAffectedRows=5", pg.user(), pg.password())) {
      assertThat(c.isValid(2)).isTrue();
    }
  }

  @Test
  void protectsAPostgresSchemaAndKeepsUnprotectedConnectionsOutOfIt() throws SQLException {
    TestDatabases.Database pg = TestDatabases.postgres();
    String schema = "guard_prot_" + UUID.randomUUID().toString().substring(0, 8);
    try (Connection raw = pg.raw(); Statement s = raw.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
      s.execute("CREATE TABLE " + schema + ".t (id int)");
    }
    try {
      // a connection whose current schema is the protected one gets the strictest settings
      assertConfigError(
          () -> DriverManager.getConnection(with(pg.guardUrl(), "currentSchema=" + schema + "&guard.protect=guard_prot_*&guard.profile=audit"), pg.user(), pg.password()).close(),
          "guard.profile=audit");
      try (Connection c =
              DriverManager.getConnection(with(pg.guardUrl(), "guard.protect=guard_prot_*"), pg.user(), pg.password());
          Statement s = c.createStatement()) {
        assertReach(() -> s.execute("SET search_path TO " + schema + ", public"));
        assertReach(() -> s.execute("SET SCHEMA '" + schema + "'"));
        assertReach(() -> s.executeQuery("SELECT * FROM " + schema + ".t"));
        assertReach(() -> s.executeQuery("SELECT * FROM \"" + schema + "\".t"));
        assertReach(() -> s.executeUpdate("DELETE FROM " + schema.toUpperCase() + ".t WHERE id = 1"));
        assertReach(() -> c.setSchema(schema));
        assertReach(() -> c.prepareStatement("INSERT INTO " + schema + ".t VALUES (?)"));
        // near misses: its own schema, and columns qualified by a table alias
        try (ResultSet rs = s.executeQuery("SELECT guard_prot.x FROM (SELECT 1 AS x) guard_prot")) {
          assertThat(rs.next()).isTrue();
        }
        assertThat(s.execute("SET search_path TO public")).isFalse();
        c.setSchema("public");
      }
    } finally {
      try (Connection raw = pg.raw(); Statement s = raw.createStatement()) {
        s.execute("DROP SCHEMA " + schema + " CASCADE");
      }
    }
  }

  @Test
  void keepsAnUnprotectedMariaDbConnectionOutOfAProtectedDatabase() throws SQLException {
    TestDatabases.Database maria = TestDatabases.mariadb();
    String table = "guard_prot_" + UUID.randomUUID().toString().substring(0, 8);
    try (Connection raw = maria.raw(); Statement s = raw.createStatement()) {
      s.execute("CREATE TABLE " + table + " (id int)");
    }
    String noDatabase = maria.guardUrl().substring(0, maria.guardUrl().lastIndexOf('/') + 1);
    try (Connection c = DriverManager.getConnection(noDatabase + "?guard.protect=test", maria.user(), maria.password());
        Statement s = c.createStatement()) {
      assertReach(() -> s.execute("USE test"));
      assertReach(() -> s.execute("use `test`"));
      assertReach(() -> s.executeQuery("SELECT * FROM test." + table));
      assertReach(() -> s.executeQuery("SELECT * FROM `test`.`" + table + "`"));
      assertReach(() -> s.executeUpdate("DELETE FROM TEST." + table + " WHERE id = 1"));
      assertReach(() -> s.executeQuery("SELECT 1 FROM dual JOIN test." + table + " ON 1 = 1"));
      assertReach(() -> s.executeQuery("SELECT test." + table + ".id FROM information_schema.tables, test." + table));
      assertReach(() -> c.setCatalog("test"));
      // near misses: other databases, and a database as a string
      try (ResultSet rs = s.executeQuery("SELECT count(*) FROM information_schema.schemata WHERE schema_name = 'test'")) {
        assertThat(rs.next()).isTrue();
      }
    } finally {
      try (Connection raw = maria.raw(); Statement s = raw.createStatement()) {
        s.execute("DROP TABLE " + table);
      }
    }
    // connected to the protected database itself, it is protected: audit is refused
    assertConfigError(
        () -> DriverManager.getConnection(with(maria.guardUrl(), "guard.protect=test&guard.profile=audit"), maria.user(), maria.password()).close(),
        "guard.profile=audit");
  }

  private static void assertReach(ThrowingConnect call) {
    assertThatThrownBy(call::open)
        .isInstanceOf(GuardViolationException.class)
        .hasMessageContaining("[protected-database]")
        .extracting(e -> ((SQLException) e).getSQLState())
        .isEqualTo("42JG1");
  }
}
