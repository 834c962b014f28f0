package io.jdbcguard.rules.builtin;

import static io.jdbcguard.rules.builtin.RuleAssertions.assertBlocks;
import static io.jdbcguard.rules.builtin.RuleAssertions.assertClean;

import io.jdbcguard.rules.Dialect;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnparseableTest {

  private static final String RULE = "unparseable";

  @ParameterizedTest
  @ValueSource(strings = {
    "DR/**/OP TABLE t",
    "DEL/**/ETE FROM t",
    "SELEC 1",
    "SELECT (1",
    "SELECT 1)",
    "SELECT 'unterminated",
    "SELECT \"unterminated",
    "SELECT 1 /* unterminated",
    "SELECT $$ unterminated",
    "garbage here",
    "SELECT 1 garbage DROP TABLE t",
    "\u0000DROP TABLE t",
    "DELETE FROM t WHERE id = 1 OR",
    "LISTEN x DELETE",
  })
  void blocksWhatItCannotAnalyse(String sql) {
    assertBlocks(Dialect.POSTGRES, RULE, sql);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "BEGIN",
    "BEGIN ISOLATION LEVEL SERIALIZABLE",
    "START TRANSACTION",
    "START TRANSACTION READ ONLY",
    "COMMIT",
    "ROLLBACK",
    "SAVEPOINT s1",
    "RELEASE SAVEPOINT s1",
    "ROLLBACK TO SAVEPOINT s1",
    "SET TRANSACTION ISOLATION LEVEL READ COMMITTED",
    "SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY",
    "{call p(?)}",
    "{? = call f(?)}",
    "SELECT {fn now()}",
    "SELECT * FROM t WHERE d > {ts '2024-01-01 00:00:00'}",
    "CREATE TABLE m (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, at timestamptz) PARTITION BY RANGE (at)",
    "ALTER TABLE t ADD CONSTRAINT fk FOREIGN KEY (a) REFERENCES u(id) NOT VALID",
    "",
    "   ",
    "-- just a comment",
    "/* only */ /* comments */",
    ";",
  })
  void allowsWhatItUnderstandsWithoutTheParser(String sql) {
    assertClean(Dialect.POSTGRES, sql);
  }
}
