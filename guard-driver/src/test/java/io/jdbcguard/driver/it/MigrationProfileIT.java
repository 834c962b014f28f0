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
 * The migration profile through the driver on PostgreSQL: a migration tool sends a migration one
 * execute call at a time, so the connection carries what earlier statements of its transaction did
 * (a table created there is new, so indexing it is no lock hazard) and forgets it at the
 * transaction's end.
 */
class MigrationProfileIT {

  private static final String SCHEMA = "guard_mig_" + UUID.randomUUID().toString().substring(0, 8);
  private static TestDatabases.Database db;

  @BeforeAll
  static void createSchema() throws SQLException {
    db = TestDatabases.postgres();
    try (Connection raw = db.raw();
        Statement s = raw.createStatement()) {
      s.execute("CREATE SCHEMA " + SCHEMA);
      s.execute("CREATE TABLE " + SCHEMA + ".existing (id int PRIMARY KEY, a int)");
      s.execute("INSERT INTO " + SCHEMA + ".existing SELECT g, g FROM generate_series(1, 100) g");
    }
  }

  @AfterAll
  static void dropSchema() throws SQLException {
    if (db != null) {
      try (Connection raw = db.raw();
          Statement s = raw.createStatement()) {
        s.execute("DROP SCHEMA " + SCHEMA + " CASCADE");
      }
    }
  }

  private static Connection migration() throws SQLException {
    return DriverManager.getConnection(
        db.guardUrl() + (db.guardUrl().contains("?") ? "&" : "?") + "guard.profile=migration",
        db.user(),
        db.password());
  }

  @Test
  void allowsIndexingATableCreatedEarlierInTheSameTransaction() throws SQLException {
    try (Connection c = migration();
        Statement s = c.createStatement()) {
      c.setAutoCommit(false);
      s.execute("CREATE TABLE " + SCHEMA + ".fresh (id int NOT NULL, a int)");
      s.execute("ALTER TABLE " + SCHEMA + ".fresh ADD CONSTRAINT fresh_pk PRIMARY KEY (id)");
      s.execute("CREATE INDEX fresh_a ON " + SCHEMA + ".fresh (a)");
      c.commit();
    }
    try (Connection raw = db.raw();
        ResultSet rs =
            raw.createStatement()
                .executeQuery(
                    "SELECT count(*) FROM pg_indexes WHERE schemaname = '"
                        + SCHEMA
                        + "' AND tablename = 'fresh'")) {
      rs.next();
      assertThat(rs.getInt(1)).isEqualTo(2);
    }
  }

  @Test
  void blocksIndexingAnExistingTableWithoutConcurrently() throws SQLException {
    try (Connection c = migration();
        Statement s = c.createStatement()) {
      c.setAutoCommit(false);
      assertThatThrownBy(() -> s.execute("CREATE INDEX existing_a ON " + SCHEMA + ".existing (a)"))
          .isInstanceOf(GuardViolationException.class)
          .hasMessageContaining("[index-without-concurrently]");
      c.rollback();
    }
  }

  @Test
  void forgetsNewTablesAtTheEndOfTheTransaction() throws SQLException {
    try (Connection c = migration();
        Statement s = c.createStatement()) {
      c.setAutoCommit(false);
      s.execute("CREATE TABLE " + SCHEMA + ".later (id int, a int)");
      c.commit();
      assertThatThrownBy(() -> s.execute("CREATE INDEX later_a ON " + SCHEMA + ".later (a)"))
          .isInstanceOf(GuardViolationException.class)
          .hasMessageContaining("[index-without-concurrently]");
      c.rollback();
    }
  }
}
