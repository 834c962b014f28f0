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

  /** A later migration of the same run (after a commit) may still index a table nothing filled. */
  @Test
  void keepsATableNewAcrossACommitUntilSomethingFillsIt() throws SQLException {
    try (Connection c = migration(); Statement s = c.createStatement()) {
      c.setAutoCommit(false);
      s.execute("CREATE TABLE " + SCHEMA + ".later (id int, a int)");
      c.commit();
      s.execute("CREATE INDEX later_a ON " + SCHEMA + ".later (a)"); // nothing filled it
      s.execute("INSERT INTO " + SCHEMA + ".later VALUES (1, 1)");
      c.commit();
      assertThatThrownBy(() -> s.execute("CREATE INDEX later_id ON " + SCHEMA + ".later (id)"))
          .isInstanceOf(GuardViolationException.class)
          .hasMessageContaining("[index-without-concurrently]");
      c.rollback();
    }
  }

  @Test
  void forgetsWhatARolledBackTransactionEstablished() throws SQLException {
    try (Connection c = migration(); Statement s = c.createStatement()) {
      c.setAutoCommit(false);
      s.execute("CREATE TABLE " + SCHEMA + ".undone (id int, a int)");
      c.rollback();
      s.execute("CREATE TABLE " + SCHEMA + ".undone2 (id int)");
      assertThatThrownBy(() -> s.execute("CREATE INDEX undone_a ON " + SCHEMA + ".undone (a)"))
          .isInstanceOf(GuardViolationException.class)
          .hasMessageContaining("[index-without-concurrently]");
      c.rollback();
    }
  }

  /** Flyway's end-of-session SET ROLE back to the login role widens nothing, in every profile. */
  @Test
  void allowsSetRoleBackToTheLoginRoleOnly() throws SQLException {
    for (Connection c : new Connection[] {migration(), db.guarded()}) {
      try (c; Statement s = c.createStatement()) {
        s.execute("SET ROLE '" + db.user() + "'");
        s.execute("SET ROLE NONE");
        s.execute("RESET ROLE");
        assertThatThrownBy(() -> s.execute("SET ROLE pg_read_all_data"))
            .isInstanceOf(GuardViolationException.class)
            .hasMessageContaining("[privilege-change]");
        assertThatThrownBy(() -> s.execute("SET ROLE '" + db.user().toUpperCase() + "'"))
            .isInstanceOf(GuardViolationException.class)
            .hasMessageContaining("[privilege-change]");
      }
    }
  }

  /** Liquibase's first run empties its lock table; only exactly that DELETE passes. */
  @Test
  void allowsEmptyingLiquibasesLockTableAndNoHistoryTable() throws SQLException {
    try (Connection raw = db.raw(); Statement r = raw.createStatement()) {
      r.execute("CREATE TABLE " + SCHEMA + ".databasechangeloglock (id int PRIMARY KEY, locked boolean)");
      r.execute("INSERT INTO " + SCHEMA + ".databasechangeloglock VALUES (1, false)");
      r.execute("CREATE TABLE " + SCHEMA + ".databasechangelog (id text)");
      r.execute("INSERT INTO " + SCHEMA + ".databasechangelog VALUES ('1')");
    }
    try (Connection c = db.guarded(); Statement s = c.createStatement()) {
      assertThat(s.executeUpdate("DELETE FROM " + SCHEMA + ".databasechangeloglock")).isEqualTo(1);
      assertThatThrownBy(() -> s.executeUpdate("DELETE FROM " + SCHEMA + ".databasechangelog"))
          .isInstanceOf(GuardViolationException.class)
          .hasMessageContaining("[delete-without-where]");
    }
  }
}
