package io.jdbcguard.rules.builtin;

import static io.jdbcguard.rules.builtin.Migrations.assertBlocks;
import static io.jdbcguard.rules.builtin.Migrations.assertScriptSilent;
import static io.jdbcguard.rules.builtin.Migrations.assertSilent;
import static org.assertj.core.api.Assertions.assertThat;

import io.jdbcguard.rules.Dialect;
import io.jdbcguard.rules.GuardEngine;
import io.jdbcguard.rules.Policy;
import io.jdbcguard.rules.Profile;
import io.jdbcguard.rules.ServerVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddColumnNotInstantTest {

  private static final String RULE = "add-column-not-instant";

  @ParameterizedTest
  @ValueSource(strings = {
    "ALTER TABLE orders ADD COLUMN discount DECIMAL(10,2) NOT NULL DEFAULT 0 AFTER total",
    "ALTER TABLE users ADD COLUMN uuid CHAR(36) FIRST",
    "alter table `orders` add `flag` tinyint after `status`",
    "ALTER TABLE orders ADD COLUMN ref VARCHAR(64), ADD INDEX idx_ref (ref)",
    "ALTER TABLE orders ADD COLUMN src VARCHAR(20), MODIFY COLUMN note VARCHAR(500)",
    "ALTER TABLE orders ADD COLUMN c INT, ADD CONSTRAINT fk FOREIGN KEY (c) REFERENCES t (id)",
    "ALTER TABLE orders ADD COLUMN c INT AFTER b, ALGORITHM=INPLACE",
  })
  void blocksAddColumnsThatRebuild(String sql) {
    assertBlocks(Dialect.MYSQL, RULE, sql);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "ALTER TABLE orders ADD COLUMN tracking VARCHAR(64) NULL",
    "ALTER TABLE orders ADD COLUMN a INT, ADD COLUMN b INT",
    "ALTER TABLE orders ADD COLUMN gift VARCHAR(255) AFTER status, ALGORITHM=INSTANT",
    "ALTER TABLE orders ADD COLUMN c INT AFTER b, ALGORITHM=INPLACE, LOCK=NONE",
    "ALTER TABLE orders ADD COLUMN c INT, ALTER COLUMN d SET DEFAULT 1, RENAME COLUMN e TO f",
    "ALTER TABLE orders ADD INDEX idx (a)",
    "ALTER TABLE orders ADD COLUMN after_tax INT",
  })
  void allowsInstantAdditions(String sql) {
    assertSilent(Dialect.MYSQL, RULE, sql);
  }

  @Test
  void skipsTablesTheRunCreatedAndPostgres() {
    assertScriptSilent(Dialect.MYSQL, RULE, "CREATE TABLE t (a int);\nALTER TABLE t ADD COLUMN b int FIRST;");
    assertSilent(Dialect.POSTGRES, RULE, "ALTER TABLE orders ADD COLUMN c int");
  }

  @Test
  void followsTheServerVersion() {
    String sql = "ALTER TABLE orders ADD COLUMN c INT AFTER b";
    for (String version : new String[] {"mysql 8.0.29", "8.0.35", "mariadb 10.4", "10.11.6-MariaDB"}) {
      assertThat(engine(version).check(sql).ruleIds()).as(version).doesNotContain(RULE);
    }
    for (String version : new String[] {"mysql 8.0.28", "mysql 5.7", "mariadb 10.3.39"}) {
      assertThat(engine(version).check(sql).ruleIds()).as(version).contains(RULE);
    }
    assertThat(engine("mysql 8.0.28").check(sql).message())
        .contains("orders").contains("AFTER/FIRST").contains("mysql 8.0.28").contains("ALGORITHM=INSTANT");
  }

  private static GuardEngine engine(String version) {
    return GuardEngine.create(Policy.builder().dialect(Dialect.MYSQL).profile(Profile.MIGRATION)
        .serverVersion(ServerVersion.parse(version, Dialect.MYSQL)).build());
  }
}
