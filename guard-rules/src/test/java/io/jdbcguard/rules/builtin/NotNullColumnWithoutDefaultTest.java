package io.jdbcguard.rules.builtin;

import static io.jdbcguard.rules.builtin.Migrations.assertBlocks;
import static io.jdbcguard.rules.builtin.Migrations.assertScriptSilent;
import static io.jdbcguard.rules.builtin.Migrations.assertSilent;

import io.jdbcguard.rules.Dialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NotNullColumnWithoutDefaultTest {

  private static final String RULE = "not-null-column-without-default";

  @ParameterizedTest
  @ValueSource(strings = {
    "ALTER TABLE users ADD COLUMN age int NOT NULL",
    "ALTER TABLE users ADD age int NOT NULL",
    "ALTER TABLE users ADD COLUMN IF NOT EXISTS age int NOT NULL",
    "ALTER TABLE users ADD COLUMN age int NOT NULL DEFAULT NULL",
    "ALTER TABLE users ADD COLUMN age int CONSTRAINT age_nn NOT NULL",
    "ALTER TABLE users ADD COLUMN code text PRIMARY KEY",
    "ALTER TABLE users ADD COLUMN note text, ADD COLUMN age int NOT NULL",
    "alter table \"Users\" add column \"Age\" numeric(3, 0) not null check (\"Age\" > 0)",
  })
  void blocksNotNullColumnsWithoutADefault(String sql) {
    assertBlocks(Dialect.POSTGRES, RULE, sql);
  }

  @Test
  void blocksInGenericSqlToo() {
    assertBlocks(Dialect.GENERIC, RULE, "ALTER TABLE users ADD COLUMN age int NOT NULL");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "ALTER TABLE users ADD COLUMN age int",
    "ALTER TABLE users ADD COLUMN age int NULL",
    "ALTER TABLE users ADD COLUMN age int NOT NULL DEFAULT 0",
    "ALTER TABLE users ADD COLUMN age int DEFAULT 0 NOT NULL",
    "ALTER TABLE users ADD COLUMN created_at timestamptz NOT NULL DEFAULT now()",
    "ALTER TABLE users ADD COLUMN flags text[] NOT NULL DEFAULT '{}'",
    "ALTER TABLE users ADD COLUMN id2 bigint GENERATED ALWAYS AS IDENTITY",
    "ALTER TABLE users ADD COLUMN id2 bigserial NOT NULL",
    "ALTER TABLE users ADD COLUMN full_name text NOT NULL GENERATED ALWAYS AS (first || last) STORED",
    "ALTER TABLE users ADD CONSTRAINT c CHECK (age IS NOT NULL)",
    "ALTER TABLE users ALTER COLUMN age SET NOT NULL",
    "CREATE TABLE users (age int NOT NULL)",
  })
  void allowsNearMisses(String sql) {
    assertSilent(Dialect.POSTGRES, RULE, sql);
  }

  @Test
  void allowsNotNullColumnsOnATableCreatedInTheScript() {
    assertScriptSilent(Dialect.POSTGRES, RULE,
        "CREATE TABLE users (id int);\nALTER TABLE users ADD COLUMN age int NOT NULL;");
  }

  @Test
  void leavesMysqlAloneBecauseItFillsImplicitDefaults() {
    assertSilent(Dialect.MYSQL, RULE, "ALTER TABLE users ADD COLUMN age int NOT NULL");
  }
}
