package io.jdbcguard.rules.builtin;

import static io.jdbcguard.rules.builtin.Migrations.assertBlocks;
import static io.jdbcguard.rules.builtin.Migrations.assertScriptSilent;
import static io.jdbcguard.rules.builtin.Migrations.assertSilent;
import static org.assertj.core.api.Assertions.assertThat;

import io.jdbcguard.rules.Dialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ColumnTypeChangeTest {

  private static final String RULE = "column-type-change";

  @ParameterizedTest
  @ValueSource(strings = {
    "ALTER TABLE orders ALTER COLUMN total TYPE numeric(12, 2)",
    "ALTER TABLE orders ALTER total TYPE bigint",
    "ALTER TABLE orders ALTER COLUMN total SET DATA TYPE bigint USING total::bigint",
    "alter table only public.orders alter column \"Total\" type text",
    "ALTER TABLE IF EXISTS orders ADD COLUMN note text, ALTER COLUMN total TYPE bigint",
  })
  void blocksPostgresTypeChanges(String sql) {
    assertBlocks(Dialect.POSTGRES, RULE, sql);
  }

  @Test
  void blocksGenericTypeChanges() {
    assertBlocks(Dialect.GENERIC, RULE, "ALTER TABLE orders ALTER COLUMN total SET DATA TYPE bigint");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "ALTER TABLE orders ALTER COLUMN total SET DEFAULT 0",
    "ALTER TABLE orders ALTER COLUMN total DROP DEFAULT",
    "ALTER TABLE orders ALTER COLUMN total SET STATISTICS 500",
    "ALTER TABLE orders ALTER COLUMN type SET DEFAULT 'x'",
    "ALTER TABLE orders ADD COLUMN type text",
    "ALTER TYPE mood ADD VALUE 'meh'",
    "CREATE TABLE t (type text)",
    "ALTER TABLE orders ALTER COLUMN total SET NOT NULL",
  })
  void allowsPostgresNearMisses(String sql) {
    assertSilent(Dialect.POSTGRES, RULE, sql);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "ALTER TABLE orders MODIFY total bigint",
    "ALTER TABLE orders MODIFY COLUMN total bigint NOT NULL",
    "ALTER TABLE orders CHANGE total total bigint",
    "ALTER TABLE orders CHANGE COLUMN total total decimal(12,2)",
    "ALTER TABLE orders CONVERT TO CHARACTER SET utf8mb4",
    "ALTER TABLE orders MODIFY total bigint, ALGORITHM=COPY",
    "ALTER TABLE orders MODIFY total bigint, LOCK=SHARED",
  })
  void blocksMysqlColumnRedefinitions(String sql) {
    assertBlocks(Dialect.MYSQL, RULE, sql);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "ALTER TABLE orders MODIFY note varchar(200), ALGORITHM=INPLACE, LOCK=NONE",
    "ALTER TABLE orders MODIFY note varchar(200), ALGORITHM=INSTANT",
    "ALTER TABLE orders MODIFY note varchar(200) LOCK = NONE",
    "ALTER TABLE orders ALTER COLUMN total SET DEFAULT 0",
    "ALTER TABLE orders ADD COLUMN modify_count int",
    "ALTER TABLE orders ADD COLUMN `change` int",
  })
  void allowsMysqlOnlineChangesAndNearMisses(String sql) {
    assertSilent(Dialect.MYSQL, RULE, sql);
  }

  @Test
  void allowsTypeChangesOnATableCreatedInTheScript() {
    assertScriptSilent(Dialect.POSTGRES, RULE,
        "CREATE TABLE orders (id int, total int);\nALTER TABLE orders ALTER COLUMN total TYPE bigint;");
    assertScriptSilent(Dialect.MYSQL, RULE,
        "CREATE TABLE orders (id int, total int);\nALTER TABLE orders MODIFY total bigint;");
  }

  @Test
  void namesTheTableAndColumnInTheFix() {
    String message = Migrations.engine(Dialect.POSTGRES)
        .check("ALTER TABLE orders ALTER COLUMN total TYPE bigint").message();
    assertThat(message).contains("orders.total").contains("new column");
  }
}
