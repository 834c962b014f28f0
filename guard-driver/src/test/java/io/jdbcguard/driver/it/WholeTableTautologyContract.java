package io.jdbcguard.driver.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.jdbcguard.driver.GuardViolationException;
import io.jdbcguard.rules.Finding;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * WHERE clauses that match every row however they are spelled, on a small table (50 rows, well
 * under the row limit). Each refused form is first run through the raw driver inside a rolled-back
 * transaction to show that it really would change every row it is expected to; through the guard
 * it is refused by its rule, and the table is unchanged. Each near miss runs through the guard and
 * changes the rows it names (rolled back afterwards).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class WholeTableTautologyContract {

  static final int ROWS = 50;

  /** A refused form ({@code {t}} is the table, {@code {o}} the other one) and the rows it would change. */
  record Refused(String rule, String sql, int rows) {}

  /** A near miss: the rows it changes. */
  record Allowed(String sql, int rows) {}

  abstract TestDatabases.Database database();

  /** CREATE TABLE for {@code {t}}: id key, email NOT NULL, v (NULL in every fifth row), grp, created_at, deleted_at. */
  abstract String createTable(String table);

  /** CREATE TABLE for {@code {o}}: id key, t_id. */
  abstract String createOther(String table);

  /** The forms of this database that the guard refuses. */
  abstract Stream<Refused> dialectRefused();

  /** The near misses of this database that the guard allows. */
  abstract Stream<Allowed> dialectAllowed();

  private String table;
  private String other;

  @BeforeAll
  void createTables() throws SQLException {
    String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    table = "taut_t_" + suffix;
    other = "taut_o_" + suffix;
    try (Connection c = database().raw(); Statement s = c.createStatement()) {
      s.execute(createTable(table));
      s.execute(createOther(other));
      for (int i = 1; i <= ROWS; i++) {
        s.executeUpdate("INSERT INTO " + table + " (email, v, grp, deleted_at) VALUES ('u" + i
            + "@example.com', " + (i % 5 == 0 ? "NULL" : "'v" + i % 3 + "'") + ", " + i % 7
            + ", " + (i % 10 == 0 ? "CURRENT_TIMESTAMP" : "NULL") + ")");
      }
      for (int i = 1; i <= 3; i++) {
        s.executeUpdate("INSERT INTO " + other + " (id, t_id) VALUES (" + i + ", " + i + ")");
      }
    }
  }

  @AfterAll
  void dropTables() throws SQLException {
    try (Connection c = database().raw(); Statement s = c.createStatement()) {
      s.execute("DROP TABLE IF EXISTS " + table);
      s.execute("DROP TABLE IF EXISTS " + other);
    }
  }

  Stream<Refused> refused() {
    return Stream.concat(
        Stream.of(
            new Refused("where-matches-all", "DELETE FROM {t} WHERE NOT (id IS NULL)", ROWS),
            new Refused("where-always-true", "DELETE FROM {t} WHERE id = id + 0", ROWS),
            new Refused("where-always-true", "UPDATE {t} SET grp = 0 WHERE grp * 1 = grp", ROWS),
            new Refused("where-always-true", "DELETE FROM {t} WHERE 0 + id = id - 0", ROWS),
            new Refused("where-always-true",
                "DELETE FROM {t} WHERE coalesce(v, '') = coalesce(v, '')", ROWS),
            new Refused("where-always-true",
                "UPDATE {t} SET grp = 1 WHERE lower(email) = lower(email)", ROWS),
            new Refused("where-always-true", "DELETE FROM {t} WHERE NOT (id <> id)", ROWS),
            new Refused("where-always-true",
                "DELETE FROM {t} WHERE CASE WHEN id > 10 THEN TRUE ELSE TRUE END", ROWS),
            new Refused("where-always-true", "DELETE FROM {t} WHERE (id = id) IS NOT FALSE", ROWS),
            new Refused("where-always-true", "DELETE FROM {t} WHERE id IN (3, id)", ROWS),
            new Refused("where-matches-all", "DELETE FROM {t} WHERE id BETWEEN 1 AND 2147483647",
                ROWS),
            new Refused("where-matches-all", "DELETE FROM {t} WHERE id NOT IN (-1)", ROWS),
            new Refused("where-matches-all", "UPDATE {t} SET grp = 2 WHERE id <> -1", ROWS),
            new Refused("where-matches-all", "DELETE FROM {t} WHERE email LIKE '%%'", ROWS),
            new Refused("where-matches-all", "DELETE FROM {t} WHERE created_at < '9999-12-31'",
                ROWS),
            new Refused("where-matches-all",
                "DELETE FROM {t} WHERE id IN (SELECT id FROM (SELECT id FROM {t}) s)", ROWS),
            new Refused("where-matches-all",
                "DELETE FROM {t} WHERE id IN (SELECT s.id FROM (SELECT * FROM {t} WHERE 1 = 1) s)",
                ROWS)),
        dialectRefused());
  }

  Stream<Allowed> allowed() {
    return Stream.concat(
        Stream.of(
            new Allowed("DELETE FROM {t} WHERE id = id + 1", 0),
            new Allowed("DELETE FROM {t} WHERE lower(email) = lower(v)", 0),
            new Allowed("DELETE FROM {t} WHERE false", 0),
            new Allowed("DELETE FROM {t} WHERE 1 = 0", 0),
            new Allowed("UPDATE {t} SET grp = grp + 0 WHERE id = 5", 1),
            new Allowed("DELETE FROM {t} WHERE EXISTS (SELECT 1 FROM {o} o WHERE o.t_id = {t}.id)", 3),
            new Allowed(
                "DELETE FROM {t} WHERE id IN (SELECT id FROM (SELECT id FROM {t} WHERE grp = 3) s)", 7),
            new Allowed("DELETE FROM {t} WHERE deleted_at IS NOT NULL", 5),
            new Allowed("DELETE FROM {t} WHERE id BETWEEN 10 AND 2147483647", 41),
            new Allowed("DELETE FROM {t} WHERE id NOT IN (5)", ROWS - 1),
            new Allowed("DELETE FROM {t} WHERE CASE WHEN id > 45 THEN TRUE ELSE FALSE END", 5),
            new Allowed("DELETE FROM {t} WHERE email LIKE 'u1%'", 11),
            new Allowed("UPDATE {t} SET grp = 9 WHERE (id = 5 OR id = 6)", 2)),
        dialectAllowed());
  }

  Stream<Arguments> refusedCases() {
    return refused().map(r -> Arguments.of(r.rule(), r.sql(), r.rows()));
  }

  Stream<Arguments> allowedCases() {
    return allowed().map(a -> Arguments.of(a.sql(), a.rows()));
  }

  @ParameterizedTest(name = "[{0}] {1}")
  @MethodSource("refusedCases")
  void refusesWhereThatMatchesEveryRowAndLeavesTheTableAlone(String rule, String sql, int rows)
      throws SQLException {
    String statement = sql.replace("{t}", table).replace(" {o} ", " " + other + " ");
    assertThat(rawCount(statement)).as("rows the raw driver changes for %s", statement)
        .isEqualTo(rows);
    List<String> before = snapshot();
    try (Connection c = database().guarded(); Statement s = c.createStatement()) {
      Throwable refused = catchThrowable(() -> s.executeUpdate(statement));
      assertThat(refused).as(statement).isInstanceOf(GuardViolationException.class);
      assertThat(((GuardViolationException) refused).getVerdict().findings())
          .extracting(Finding::ruleId)
          .contains(rule);
      assertThat(refused.getMessage()).contains("[" + rule + "]");
    }
    assertThat(snapshot()).isEqualTo(before);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("allowedCases")
  void allowsNearMisses(String sql, int rows) throws SQLException {
    String statement = sql.replace("{t}", table).replace(" {o} ", " " + other + " ");
    List<String> before = snapshot();
    try (Connection c = database().guarded()) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        assertThat(s.executeUpdate(statement)).as(statement).isEqualTo(rows);
      } finally {
        c.rollback();
      }
    }
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void aRefusedTautologyLeavesTheCallersTransactionIntact() throws SQLException {
    List<String> before = snapshot();
    try (Connection c = database().guarded()) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        s.executeUpdate("INSERT INTO " + other + " (id, t_id) VALUES (100, 1)");
        Throwable refused = catchThrowable(() -> s.executeUpdate(
            "DELETE FROM " + table + " WHERE lower(email) = lower(email)"));
        assertThat(refused).isInstanceOf(GuardViolationException.class);
        assertThat(s.executeUpdate("UPDATE " + other + " SET t_id = 2 WHERE id = 100"))
            .isEqualTo(1);
        c.commit();
      }
    }
    try (Connection c = database().raw(); Statement s = c.createStatement()) {
      try (ResultSet rs = s.executeQuery("SELECT t_id FROM " + other + " WHERE id = 100")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getInt(1)).isEqualTo(2);
      }
      s.executeUpdate("DELETE FROM " + other + " WHERE id = 100");
    }
    assertThat(snapshot()).isEqualTo(before);
  }

  /** The rows the statement changes through the raw driver, rolled back. */
  private int rawCount(String statement) throws SQLException {
    try (Connection c = database().raw()) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        return s.executeUpdate(statement);
      } finally {
        c.rollback();
      }
    }
  }

  /** Every row of the table, in key order, through the raw driver. */
  private List<String> snapshot() throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection c = database().raw();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(
            "SELECT id, email, v, grp, deleted_at FROM " + table + " ORDER BY id")) {
      while (rs.next()) {
        rows.add(rs.getInt(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|"
            + rs.getInt(4) + "|" + rs.getString(5));
      }
    }
    assertThat(rows).hasSize(ROWS);
    return rows;
  }
}
