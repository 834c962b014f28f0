package io.jdbcguard.driver.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.jdbcguard.driver.GuardViolationException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A string the real driver would read differently from the guard never runs ({@code
 * [ambiguous-split]}): pgjdbc cutting a continued {@code E''} string into two statements, MariaDB
 * Connector/J pasting a bound value where the server sees a string. Checked in the agent,
 * read-only and sandbox settings and under {@code guard.protect}, directly and through HikariCP;
 * the table the hidden statement targets is still there afterwards, and the near misses run.
 */
class AmbiguousSplitIT {

  /** The guard settings each case runs under. */
  static final String[] SETTINGS = {
    "", "guard.profile=read-only", "guard.mode=sandbox", "guard.protect=*test*",
  };

  /** The issue's class: E'' continued on the next line, and what the hidden statement does. */
  static List<String> postgresAttacks(String table) {
    return List.of(
        "SELECT E'a'\n'\\' x ' -- ' ; DROP TABLE " + table,
        "SELECT e'a'\n\t'\\' x ' -- ' ; TRUNCATE " + table,
        "SELECT 1 AS one, E'a' \r\n '\\' ; ' -- ' ; DELETE FROM " + table,
        "SELECT E'a'\n'\\'; SET SESSION CHARACTERISTICS AS TRANSACTION READ WRITE; --'",
        "SELECT {fn now(); DROP TABLE " + table);
  }

  /**
   * Connector/J closes {@code /*}{@code /} with the opener's own star (the server does not) and
   * reads {@code \\'} inside {@code x''} as an escape (the server does not): either way it finds a
   * placeholder where the server sees a comment or a literal, and pastes the bound value there.
   */
  static List<String> mariaDbAttacks(String table) {
    return List.of(
        "SELECT 1 /*/ , ? */",
        "SELECT id FROM " + table + " WHERE id = ? /*/ OR id = ? */",
        "SELECT 1 */*/ , ? -- x",
        "SELECT x'\\', ? -- '",
        "SELECT b'\\' , ? , '",
        "SELECT x?");
  }

  @org.junit.jupiter.api.Test
  void withoutTheGuardBothDriversRunTheHiddenDrop() throws SQLException {
    // the classes are real: through the bare drivers, the hidden DROP runs
    TestDatabases.Database pg = TestDatabases.postgres();
    String pgTable = table();
    create(pg, pgTable);
    try (Connection raw = pg.raw(); Statement s = raw.createStatement()) {
      s.execute("SELECT E'a'\n'\\' x ' -- ' ; DROP TABLE " + pgTable);
    }
    assertGone(pg, pgTable);
    TestDatabases.Database maria = TestDatabases.mariadb();
    String mariaTable = table();
    create(maria, mariaTable);
    try (Connection raw =
            DriverManager.getConnection(
                maria.url() + (maria.url().contains("?") ? "&" : "?") + "allowMultiQueries=true",
                maria.user(),
                maria.password());
        PreparedStatement p = raw.prepareStatement("SELECT 1 /*/ , ? */")) {
      p.setString(1, "*/ ; DROP TABLE " + mariaTable + "; /*");
      p.execute();
    }
    assertGone(maria, mariaTable);
  }

  private static void assertGone(TestDatabases.Database db, String table) throws SQLException {
    try (Connection raw = db.raw();
        ResultSet rs = raw.getMetaData().getTables(null, null, table, null)) {
      assertThat(rs.next()).as("table %s was dropped", table).isFalse();
    }
  }

  static Stream<Arguments> settings() {
    List<Arguments> out = new ArrayList<>();
    for (String setting : SETTINGS) {
      out.add(Arguments.of(setting, false));
      out.add(Arguments.of(setting, true));
    }
    return out.stream();
  }

  @ParameterizedTest(name = "[{0}] pooled={1}")
  @MethodSource("settings")
  void postgresNeverRunsWhatPgjdbcWouldSplitOff(String setting, boolean pooled) throws SQLException {
    TestDatabases.Database pg = TestDatabases.postgres();
    String table = table();
    create(pg, table);
    try (Source source = new Source(pg, setting, pooled);
        Connection c = source.connection()) {
      for (String attack : postgresAttacks(table)) {
        try (Statement s = c.createStatement()) {
          assertRefused(() -> s.execute(attack));
          assertRefused(() -> s.executeQuery(attack));
          assertRefused(() -> s.addBatch(attack));
        }
        assertRefused(() -> c.prepareStatement(attack));
      }
      // the near misses: the same shapes that pgjdbc cuts where the server does
      try (Statement s = c.createStatement()) {
        assertThat(s.execute("SELECT E'a\\'b'; SELECT 'c'\n'd'; SELECT $$;$$")).isTrue();
      }
      try (PreparedStatement p = c.prepareStatement("SELECT ?::int + 1; SELECT 'x;y'")) {
        p.setInt(1, 41);
        assertThat(p.execute()).isTrue();
        try (ResultSet rs = p.getResultSet()) {
          assertThat(rs.next()).isTrue();
          assertThat(rs.getInt(1)).isEqualTo(42);
        }
      }
    } finally {
      assertStillThere(pg, table);
    }
  }

  @ParameterizedTest(name = "[{0}] pooled={1}")
  @MethodSource("settings")
  void mariaDbNeverPastesABoundValueIntoAStringLiteral(String setting, boolean pooled)
      throws SQLException {
    TestDatabases.Database maria = TestDatabases.mariadb();
    String table = table();
    create(maria, table);
    String withMultiQueries = setting.isEmpty() ? "allowMultiQueries=true" : setting + "&allowMultiQueries=true";
    try (Source source = new Source(maria, withMultiQueries, pooled);
        Connection c = source.connection()) {
      for (String attack : mariaDbAttacks(table)) {
        assertRefused(() -> c.prepareStatement(attack));
      }
      // near misses: real comments, and ? inside literals, are read alike
      try (PreparedStatement p =
          c.prepareStatement("SELECT ? -- a comment with ? and '\n, '?', \"?\" AS `?` FROM dual # ?")) {
        p.setInt(1, 7);
        try (ResultSet rs = p.executeQuery()) {
          assertThat(rs.next()).isTrue();
          assertThat(rs.getInt(1)).isEqualTo(7);
          assertThat(rs.getString(2)).isEqualTo("?");
        }
      }
    } finally {
      assertStillThere(maria, table);
    }
  }

  /** A guarded connection, directly or from a HikariCP pool, with the settings in the URL. */
  private static final class Source implements AutoCloseable {
    private final HikariDataSource pool;
    private final String url;
    private final TestDatabases.Database db;

    Source(TestDatabases.Database db, String settings, boolean pooled) {
      this.db = db;
      String base = db.guardUrl();
      this.url =
          settings.isEmpty() ? base : base + (base.contains("?") ? "&" : "?") + settings;
      if (pooled) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(db.user());
        config.setPassword(db.password());
        config.setMaximumPoolSize(1);
        config.setPoolName("ambiguous-split-it");
        if (settings.contains("read-only")) {
          config.setReadOnly(true);
        }
        this.pool = new HikariDataSource(config);
      } else {
        this.pool = null;
      }
    }

    Connection connection() throws SQLException {
      return pool != null ? pool.getConnection() : DriverManager.getConnection(url, db.user(), db.password());
    }

    @Override
    public void close() {
      if (pool != null) {
        pool.close();
      }
    }
  }

  private interface Call {
    void run() throws SQLException;
  }

  private static void assertRefused(Call call) {
    assertThatThrownBy(call::run)
        .isInstanceOf(GuardViolationException.class)
        .hasMessageContaining("[ambiguous-split]")
        .extracting(e -> ((SQLException) e).getSQLState())
        .isEqualTo("42JG1");
  }

  private static String table() {
    return "guard_split_" + UUID.randomUUID().toString().substring(0, 8);
  }

  private static void create(TestDatabases.Database db, String table) throws SQLException {
    try (Connection raw = db.raw(); Statement s = raw.createStatement()) {
      s.execute("CREATE TABLE " + table + " (id int PRIMARY KEY)");
      s.execute("INSERT INTO " + table + " VALUES (1), (2)");
    }
  }

  private static void assertStillThere(TestDatabases.Database db, String table)
      throws SQLException {
    try (Connection raw = db.raw(); Statement s = raw.createStatement()) {
      try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getInt(1)).isEqualTo(2);
      } finally {
        s.execute("DROP TABLE " + table);
      }
    }
  }
}
