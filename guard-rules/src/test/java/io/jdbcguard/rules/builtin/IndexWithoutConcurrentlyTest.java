package io.jdbcguard.rules.builtin;

import static io.jdbcguard.rules.builtin.Migrations.assertBlocks;
import static io.jdbcguard.rules.builtin.Migrations.assertScriptBlocksLast;
import static io.jdbcguard.rules.builtin.Migrations.assertScriptSilent;
import static io.jdbcguard.rules.builtin.Migrations.assertSilent;

import io.jdbcguard.rules.Dialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IndexWithoutConcurrentlyTest {

  private static final String RULE = "index-without-concurrently";

  @ParameterizedTest
  @ValueSource(strings = {
    "CREATE INDEX orders_user_idx ON orders (user_id)",
    "create index on orders (user_id)",
    "CREATE UNIQUE INDEX users_email_key ON users (lower(email))",
    "CREATE INDEX IF NOT EXISTS i ON public.orders USING gin (tags)",
    "CREATE INDEX i ON \"Orders\" (a) WHERE deleted_at IS NULL",
    "CREATE INDEX concurrently_idx ON t (a)",
    "DROP INDEX orders_user_idx",
    "DROP INDEX IF EXISTS orders_user_idx CASCADE",
  })
  void blocksPostgresIndexChangesWithoutConcurrently(String sql) {
    assertBlocks(Dialect.POSTGRES, RULE, sql);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "CREATE INDEX CONCURRENTLY orders_user_idx ON orders (user_id)",
    "CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS i ON t (a)",
    "create index concurrently on t (a)",
    "DROP INDEX CONCURRENTLY orders_user_idx",
    "DROP INDEX CONCURRENTLY IF EXISTS orders_user_idx",
    "CREATE INDEX parent_idx ON ONLY measurements (logdate)",
    "ALTER INDEX parent_idx ATTACH PARTITION child_idx",
    "CREATE TABLE t (id int)",
    "SELECT 'CREATE INDEX i ON t (a)'",
    "ALTER TABLE t ADD COLUMN idx int",
  })
  void allowsNearMisses(String sql) {
    assertSilent(Dialect.POSTGRES, RULE, sql);
  }

  @Test
  void allowsAnIndexOnATableCreatedEarlierInTheScript() {
    assertScriptSilent(Dialect.POSTGRES, RULE,
        "CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint);\n"
            + "CREATE INDEX orders_user_idx ON orders (user_id);");
    assertScriptSilent(Dialect.POSTGRES, RULE,
        "CREATE MATERIALIZED VIEW totals AS SELECT user_id, count(*) FROM orders GROUP BY 1;\n"
            + "CREATE UNIQUE INDEX ON totals (user_id);");
    assertScriptSilent(Dialect.POSTGRES, RULE,
        "CREATE TABLE \"Orders\" (id int); CREATE INDEX i ON \"Orders\" (id);");
  }

  @Test
  void stillBlocksAnIndexOnAnotherOrPossiblyExistingTable() {
    assertScriptBlocksLast(Dialect.POSTGRES, RULE,
        "CREATE TABLE orders_archive (id bigint);\nCREATE INDEX i ON orders (id);");
    // IF NOT EXISTS counts as new (a migration's defensive habit), but only for that table
    assertScriptSilent(Dialect.POSTGRES, RULE,
        "CREATE TABLE IF NOT EXISTS orders (id bigint);\nCREATE INDEX i ON orders (id);");
    assertScriptBlocksLast(Dialect.POSTGRES, RULE,
        "CREATE TABLE IF NOT EXISTS orders (id bigint);\nCREATE INDEX i ON customers (id);");
    // quoted "Orders" and unquoted orders are different tables in PostgreSQL
    assertScriptBlocksLast(Dialect.POSTGRES, RULE,
        "CREATE TABLE \"Orders\" (id int);\nCREATE INDEX i ON orders (id);");
    // another schema
    assertScriptBlocksLast(Dialect.POSTGRES, RULE,
        "CREATE TABLE archive.orders (id int);\nCREATE INDEX i ON orders (id);");
  }

  @Test
  void followsARenameOfANewTable() {
    assertScriptSilent(Dialect.POSTGRES, RULE,
        "CREATE TABLE orders_new (id int);\nALTER TABLE orders_new RENAME TO orders_v2;\n"
            + "CREATE INDEX i ON orders_v2 (id);");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "CREATE INDEX i ON t (a) LOCK=EXCLUSIVE",
    "CREATE INDEX i ON t (a) LOCK SHARED",
    "ALTER TABLE t ADD UNIQUE KEY u (a), LOCK=SHARED",
    "ALTER TABLE t DROP INDEX i, LOCK=EXCLUSIVE",
  })
  void blocksMysqlIndexChangesThatAskForABlockingAlgorithm(String sql) {
    assertBlocks(Dialect.MYSQL, RULE, sql);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "CREATE INDEX i ON t (a)",
    "CREATE INDEX i ON t (a) ALGORITHM=INPLACE LOCK=NONE",
    "ALTER TABLE t ADD INDEX i (a), ALGORITHM=INPLACE, LOCK=NONE",
    "ALTER TABLE t ADD INDEX i (a)",
    "ALTER TABLE t ADD COLUMN c int, ALGORITHM=COPY",
    "LOCK TABLES t READ",
  })
  void allowsMysqlOnlineIndexChanges(String sql) {
    assertSilent(Dialect.MYSQL, RULE, sql);
  }

  @Test
  void leavesGenericSqlAlone() {
    assertSilent(Dialect.GENERIC, RULE, "CREATE INDEX i ON t (a)");
  }
}
