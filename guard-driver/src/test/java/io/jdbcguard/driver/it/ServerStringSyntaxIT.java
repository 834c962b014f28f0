package io.jdbcguard.driver.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * The guard refuses to connect to a server that reads string literals differently from its lexer
 * (where {@code 'a\'; DROP TABLE t; --'} would mean something else to the server than to the
 * guard), and connects normally to one with the default string syntax.
 */
class ServerStringSyntaxIT {

  private static String with(String url, String parameter) {
    return url + (url.contains("?") ? "&" : "?") + parameter;
  }

  @Test
  void refusesPostgresWithoutStandardConformingStrings() {
    TestDatabases.Database pg = TestDatabases.postgres();
    String url = with(pg.guardUrl(), "options=-c%20standard_conforming_strings%3Doff");
    assertThatThrownBy(() -> DriverManager.getConnection(url, pg.user(), pg.password()))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("standard_conforming_strings = off")
        .extracting(e -> ((SQLException) e).getSQLState())
        .isEqualTo("22023");
  }

  @Test
  void refusesMariaDbWithNoBackslashEscapes() {
    TestDatabases.Database maria = TestDatabases.mariadb();
    String url = with(maria.guardUrl(), "sessionVariables=sql_mode=NO_BACKSLASH_ESCAPES");
    assertThatThrownBy(() -> DriverManager.getConnection(url, maria.user(), maria.password()))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("NO_BACKSLASH_ESCAPES")
        .extracting(e -> ((SQLException) e).getSQLState())
        .isEqualTo("22023");
  }

  @Test
  void connectsToServersWithTheDefaultStringSyntax() throws SQLException {
    for (TestDatabases.Database db :
        new TestDatabases.Database[] {TestDatabases.postgres(), TestDatabases.mariadb()}) {
      try (Connection c = db.guarded()) {
        assertThat(c.isValid(2)).isTrue();
      }
    }
  }
}
