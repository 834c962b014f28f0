package io.jdbcguard.driver.reading;

import static org.assertj.core.api.Assertions.assertThat;

import io.jdbcguard.rules.Dialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * pgjdbc's own parser (the 42.7.x on the test class path) against the guard's splitter. The
 * disagreements are the classes the differential test found; each is fixed here.
 */
class PgjdbcReadingTest {

  private final PgjdbcReading pgjdbc = bind();

  private static PgjdbcReading bind() {
    try {
      return PgjdbcReading.bind(
          PgjdbcReadingTest.class.getClassLoader(), true, Dialect.POSTGRES);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("pgjdbc's parser is not on the test class path", e);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // E'' continued on the next line keeps its escapes for the server, not for pgjdbc
        "SELECT E'a'\n'\\' x ' -- ' ; DROP TABLE t",
        "SELECT e'a'\n'\\' x ' -- ' ; DROP TABLE t",
        "SELECT E'a'\r\n\t'\\' ; ' -- ' ; TRUNCATE t",
        "SELECT 1, E'a'\n\n  '\\'; SET SESSION CHARACTERISTICS AS TRANSACTION READ WRITE; --'",
        "SELECT E'x' \n '\\' ; DELETE FROM t ; -- '",
        // E'' at the very start of the string: pgjdbc does not see the E
        "E'\\'; DROP TABLE t; --'",
        // an identifier ending in e before a quote: the server reads an E'' string after 1e
        "SELECT 1e'\\'; DROP TABLE t; --'",
        // unbalanced JDBC escape braces: the guard does not cut inside them, pgjdbc does
        "SELECT {fn now(); DROP TABLE t",
        "SELECT {d ; DROP TABLE t",
        "{call p(?); DROP TABLE t",
      })
  void findsTheStringsPgjdbcCutsDifferently(String sql) {
    assertThat(pgjdbc.disagreement(sql)).isNotNull().contains("pgjdbc");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "SELECT 1",
        "SELECT 1; SELECT 2",
        "SELECT 1;;  ; SELECT 2;",
        "SELECT E'a\\'b'; SELECT 2",
        "SELECT 'a'\n'b'; SELECT 2",
        "SELECT 'a\\'; SELECT 2",
        "SELECT $$;$$; SELECT $tag$ ; ' $tag$",
        "SELECT 1 /* a /* nested ; */ still ; */; SELECT 2",
        "SELECT 1 -- ; comment\n; SELECT 2",
        "SELECT \"a;b\" FROM t; SELECT 2",
        "SELECT '{' ; SELECT '}'",
        "SELECT {fn ucase('a')}; SELECT {d '2024-01-01'}",
        "{call p(?)}; SELECT 1",
        "SELECT ? ; SELECT 1 ?? 2",
        "SELECT U&'\\0041;'; SELECT 2",
        "CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; SELECT 2; END;"
            + " DROP TABLE t",
        "SELECT 1; -- trailing comment",
        "INSERT INTO t VALUES (1, ';'); UPDATE t SET a = 'x;y' WHERE id = 1",
      })
  void agreesOnOrdinaryAndTrickyStringsItCutsTheSameWay(String sql) {
    assertThat(pgjdbc.disagreement(sql)).isNull();
  }

  @Test
  void sendsTheIssuesDropAsASeparateStatement() throws Throwable {
    // what makes the issue's string dangerous: pgjdbc really sends the DROP on its own
    assertThat(pgjdbc.pieces("SELECT E'a'\n'\\' x ' -- ' ; DROP TABLE t"))
        .hasSize(2)
        .last()
        .asString()
        .contains("DROP TABLE t");
  }

  @Test
  void failsClosedWhenTheDriversParserCannotBeCalled() {
    ClientReading unbound = ClientReadings.unverifiable("pgjdbc", ';');
    assertThat(unbound.disagreement("SELECT 1; SELECT 2")).contains("cannot call pgjdbc");
    assertThat(unbound.disagreement("SELECT 1")).isNull();
  }
}
