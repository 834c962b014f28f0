package io.jdbcguard.driver.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jdbcguard.driver.GuardViolationException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rows written through an updatable result set never reach the database: the real driver would
 * build that INSERT/UPDATE/DELETE itself, out of the guard's sight.
 */
class UpdatableResultSetIT {

  static Stream<TestDatabases.Database> databases() {
    return Stream.of(TestDatabases.postgres(), TestDatabases.mariadb());
  }

  @ParameterizedTest
  @MethodSource("databases")
  void refusesRowWritesThroughAnUpdatableResultSet(TestDatabases.Database db) throws SQLException {
    String table = "guard_updatable_" + UUID.randomUUID().toString().substring(0, 8);
    try (Connection raw = db.raw();
        Statement s = raw.createStatement()) {
      s.execute("CREATE TABLE " + table + " (id int PRIMARY KEY, a int)");
      s.execute("INSERT INTO " + table + " VALUES (1, 1), (2, 2), (3, 3)");
    }
    try (Connection c = db.guarded();
        Statement s =
            c.createStatement(ResultSet.TYPE_SCROLL_INSENSITIVE, ResultSet.CONCUR_UPDATABLE);
        ResultSet rs = s.executeQuery("SELECT id, a FROM " + table + " ORDER BY id")) {
      assertThat(rs.next()).isTrue();
      assertThatThrownBy(rs::deleteRow)
          .isInstanceOf(GuardViolationException.class)
          .hasMessageContaining("[updatable-result-set]");
      rs.updateInt("a", 100);
      assertThatThrownBy(rs::updateRow)
          .isInstanceOf(GuardViolationException.class)
          .hasMessageContaining("[updatable-result-set]");
      rs.cancelRowUpdates();
      rs.moveToInsertRow();
      rs.updateInt("id", 4);
      rs.updateInt("a", 4);
      assertThatThrownBy(rs::insertRow)
          .isInstanceOf(GuardViolationException.class)
          .hasMessageContaining("[updatable-result-set]");
    } finally {
      try (Connection raw = db.raw();
          Statement s = raw.createStatement()) {
        try (ResultSet rs = s.executeQuery("SELECT count(*), sum(a) FROM " + table)) {
          rs.next();
          assertThat(rs.getInt(1)).isEqualTo(3);
          assertThat(rs.getInt(2)).isEqualTo(6);
        } finally {
          s.execute("DROP TABLE " + table);
        }
      }
    }
  }
}
