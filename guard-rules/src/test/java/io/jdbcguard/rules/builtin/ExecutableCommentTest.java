package io.jdbcguard.rules.builtin;

import static io.jdbcguard.rules.builtin.RuleAssertions.assertBlocks;
import static io.jdbcguard.rules.builtin.RuleAssertions.assertSilent;

import io.jdbcguard.rules.Dialect;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExecutableCommentTest {

  private static final String RULE = "executable-comment";

  @ParameterizedTest
  @ValueSource(strings = {
    "SELECT 1 /*! , sleep(1) */",
    "SELECT a FROM t WHERE id = 1 /*!50000 OR 1 = 1 */",
    "DELETE FROM t WHERE id = 1 /*M! OR 1 = 1 */",
    "/*!DELETE FROM t*/",
    "EXPLAIN SELECT 1 /*! , 2 */",
  })
  void blocksCommentsMySqlExecutes(String sql) {
    assertBlocks(Dialect.MYSQL, RULE, sql);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "SELECT 1 /* ! x */",
    "SELECT 1 -- /*! x */",
    "SELECT '/*! x */'",
    "SELECT 1 /* plain */",
  })
  void allowsNearMisses(String sql) {
    assertSilent(Dialect.MYSQL, RULE, sql);
  }

  @ParameterizedTest
  @ValueSource(strings = {"SELECT 1 /*! , 2 */", "SELECT 1 /*+ hint */"})
  void isSilentInPostgresWhereSuchCommentsAreComments(String sql) {
    assertSilent(Dialect.POSTGRES, RULE, sql);
  }
}
