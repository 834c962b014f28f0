package io.jdbcguard.rules.builtin;

import static io.jdbcguard.rules.builtin.Migrations.assertScriptBlocksLast;
import static io.jdbcguard.rules.builtin.Migrations.assertScriptSilent;
import static io.jdbcguard.rules.builtin.Migrations.assertSilent;

import io.jdbcguard.rules.Dialect;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConcurrentlyInTransactionTest {

  private static final String RULE = "concurrently-in-transaction";

  @ParameterizedTest
  @ValueSource(strings = {
    "BEGIN;\nCREATE INDEX CONCURRENTLY i ON t (a);",
    "begin transaction;\ncreate unique index concurrently i on t (a);",
    "START TRANSACTION;\nDROP INDEX CONCURRENTLY i;",
    "BEGIN;\nREINDEX INDEX CONCURRENTLY i;",
    "BEGIN;\nREINDEX (VERBOSE) TABLE CONCURRENTLY t;",
    "BEGIN;\nALTER TABLE t DETACH PARTITION p CONCURRENTLY;",
    "BEGIN;\nSAVEPOINT s;\nROLLBACK TO SAVEPOINT s;\nCREATE INDEX CONCURRENTLY i ON t (a);",
    "BEGIN;\nCOMMIT AND CHAIN;\nCREATE INDEX CONCURRENTLY i ON t (a);",
    "BEGIN; CREATE TABLE u (id int); CREATE INDEX CONCURRENTLY i ON t (a);",
  })
  void blocksConcurrentStatementsInsideATransactionBlock(String script) {
    assertScriptBlocksLast(Dialect.POSTGRES, RULE, script);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "CREATE INDEX CONCURRENTLY i ON t (a);",
    "BEGIN;\nCOMMIT;\nCREATE INDEX CONCURRENTLY i ON t (a);",
    "BEGIN;\nEND;\nCREATE INDEX CONCURRENTLY i ON t (a);",
    "BEGIN;\nROLLBACK;\nDROP INDEX CONCURRENTLY i;",
    "START TRANSACTION;\nABORT;\nREINDEX INDEX CONCURRENTLY i;",
    "BEGIN;\nCOMMIT AND NO CHAIN;\nCREATE INDEX CONCURRENTLY i ON t (a);",
    "BEGIN;\nCREATE INDEX i ON t (a);\nCOMMIT;",
    "BEGIN;\nREFRESH MATERIALIZED VIEW CONCURRENTLY mv;\nCOMMIT;",
    "SELECT 'BEGIN';\nCREATE INDEX CONCURRENTLY i ON t (a);",
    "-- BEGIN;\nCREATE INDEX CONCURRENTLY i ON t (a);",
  })
  void allowsConcurrentStatementsOutsideATransactionBlock(String script) {
    assertScriptSilent(Dialect.POSTGRES, RULE, script);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "CREATE INDEX CONCURRENTLY i ON t (a)",
    "DROP INDEX CONCURRENTLY i",
  })
  void cannotKnowAboutATransactionForAStatementAlone(String sql) {
    assertSilent(Dialect.POSTGRES, RULE, sql);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "BEGIN; CREATE INDEX CONCURRENTLY i ON t (a); COMMIT",
    "START TRANSACTION; DROP INDEX CONCURRENTLY i",
  })
  void seesTheTransactionInsideOneMultiStatementString(String sql) {
    Migrations.assertBlocks(Dialect.POSTGRES, RULE, sql);
  }
}
