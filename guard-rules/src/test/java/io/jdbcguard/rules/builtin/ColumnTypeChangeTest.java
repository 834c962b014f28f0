package io.jdbcguard.rules.builtin;

import static io.jdbcguard.rules.builtin.Migrations.assertBlocks;
import static io.jdbcguard.rules.builtin.Migrations.assertScriptSilent;
import static io.jdbcguard.rules.builtin.Migrations.assertSilent;
import static org.assertj.core.api.Assertions.assertThat;

import io.jdbcguard.rules.Dialect;
import io.jdbcguard.rules.Finding;
import io.jdbcguard.rules.GuardEngine;
import io.jdbcguard.rules.ScriptState;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ColumnTypeChangeTest {

  private static final String RULE = "column-type-change";

  @ParameterizedTest
  @ValueSource(strings = {
    "ALTER TABLE orders ALTER total TYPE bigint",
    "ALTER TABLE orders ALTER COLUMN total SET DATA TYPE bigint USING total::bigint",
    "alter table only public.orders alter column \"Total\" type timestamptz",
    "ALTER TABLE IF EXISTS orders ADD COLUMN note text, ALTER COLUMN total TYPE bigint",
    "ALTER TABLE orders ALTER COLUMN code TYPE varchar(8) USING left(code, 8)",
    "ALTER TABLE orders ALTER COLUMN total TYPE integer",
    "ALTER TABLE orders ALTER COLUMN id TYPE uuid USING gen_random_uuid()",
  })
  void blocksPostgresTypeChanges(String sql) {
    assertBlocks(Dialect.POSTGRES, RULE, sql);
  }

  @Test
  void blocksGenericTypeChanges() {
    assertBlocks(Dialect.GENERIC, RULE, "ALTER TABLE orders ALTER COLUMN total SET DATA TYPE bigint");
  }

  /** Without the old type, a target a binary-compatible widening produces is taken as widening. */
  @ParameterizedTest
  @ValueSource(strings = {
    "ALTER TABLE users ALTER COLUMN email TYPE varchar(320)",
    "ALTER TABLE users ALTER COLUMN email TYPE character varying(320)",
    "ALTER TABLE users ALTER COLUMN email SET DATA TYPE text",
    "ALTER TABLE invoices ALTER COLUMN amount TYPE numeric(14, 2)",
    "ALTER TABLE invoices ALTER COLUMN amount TYPE decimal",
    "ALTER TABLE ONLY public.users ALTER email TYPE varchar",
  })
  void allowsWhatIsAWideningWhenTheOldTypeIsUnknown(String sql) {
    assertSilent(Dialect.POSTGRES, RULE, sql);
  }

  @Test
  void judgesExactlyWhenTheRunDeclaredTheOldType() {
    String created = "CREATE TABLE IF NOT EXISTS t (id int, v varchar(50), n numeric(10,2), x text);\n"
        + "INSERT INTO t VALUES (1, 'a', 1, 'x');\n";
    GuardEngine engine = Migrations.engine(Dialect.POSTGRES);
    ScriptState after = engine.checkScript(created, ScriptState.UNKNOWN).after();
    for (String widening : List.of("ALTER TABLE t ALTER COLUMN v TYPE varchar(100)",
        "ALTER TABLE t ALTER COLUMN v TYPE text", "ALTER TABLE t ALTER COLUMN v TYPE varchar",
        "ALTER TABLE t ALTER COLUMN n TYPE numeric(12,2)", "ALTER TABLE t ALTER COLUMN n TYPE numeric",
        "ALTER TABLE t ALTER COLUMN x TYPE varchar", "ALTER TABLE t ALTER COLUMN v TYPE varchar(50)")) {
      assertThat(engine.checkScript(widening, after).verdicts().get(0).verdict().ruleIds())
          .as(widening).doesNotContain(RULE);
    }
    for (String rewrite : List.of("ALTER TABLE t ALTER COLUMN v TYPE varchar(20)",
        "ALTER TABLE t ALTER COLUMN x TYPE varchar(255)", "ALTER TABLE t ALTER COLUMN n TYPE numeric(12,4)",
        "ALTER TABLE t ALTER COLUMN n TYPE numeric(8,2)", "ALTER TABLE t ALTER COLUMN id TYPE bigint")) {
      List<Finding> findings = engine.checkScript(rewrite, after).verdicts().get(0).verdict().findings();
      assertThat(findings).as(rewrite).extracting(Finding::ruleId).contains(RULE);
      assertThat(findings.get(0).reason()).contains(" from ");
    }
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

  /** MySQL's MODIFY / CHANGE / CONVERT are alter-with-copy's. */
  @ParameterizedTest
  @ValueSource(strings = {
    "ALTER TABLE orders MODIFY total bigint",
    "ALTER TABLE orders CONVERT TO CHARACTER SET utf8mb4",
  })
  void leavesMysqlToAlterWithCopy(String sql) {
    assertSilent(Dialect.MYSQL, RULE, sql);
  }

  @Test
  void allowsTypeChangesOnATableCreatedInTheScript() {
    assertScriptSilent(Dialect.POSTGRES, RULE,
        "CREATE TABLE orders (id int, total int);\nALTER TABLE orders ALTER COLUMN total TYPE bigint;");
  }

  @Test
  void namesTheTableAndColumnInTheFix() {
    String message = Migrations.engine(Dialect.POSTGRES)
        .check("ALTER TABLE orders ALTER COLUMN total TYPE bigint").message();
    assertThat(message).contains("orders.total").contains("new column");
  }
}
