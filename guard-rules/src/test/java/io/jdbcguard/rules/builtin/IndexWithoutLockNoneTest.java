package io.jdbcguard.rules.builtin;

import static io.jdbcguard.rules.builtin.Migrations.assertScriptSilent;
import static io.jdbcguard.rules.builtin.Migrations.assertSilent;
import static org.assertj.core.api.Assertions.assertThat;

import io.jdbcguard.rules.Action;
import io.jdbcguard.rules.Dialect;
import io.jdbcguard.rules.Finding;
import io.jdbcguard.rules.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IndexWithoutLockNoneTest {

  private static final String RULE = "index-without-lock-none";

  @ParameterizedTest
  @ValueSource(strings = {
    "ALTER TABLE orders ADD INDEX idx_orders_customer (customer_id)",
    "ALTER TABLE orders ADD KEY k (a), ALGORITHM=INPLACE",
    "ALTER TABLE users ADD UNIQUE KEY uk_email (email)",
    "ALTER TABLE users ADD CONSTRAINT uk UNIQUE (email)",
    "CREATE INDEX idx_users_created ON users (created_at)",
    "CREATE UNIQUE INDEX u ON users (email)",
    "ALTER TABLE articles ADD FULLTEXT INDEX ft (body)",
    "ALTER TABLE legacy ADD PRIMARY KEY (id)",
  })
  void warnsAboutIndexesWithoutLockNone(String sql) {
    Verdict v = Migrations.engine(Dialect.MYSQL).check(sql);
    assertThat(v.findings()).filteredOn(f -> f.ruleId().equals(RULE))
        .extracting(Finding::action).containsExactly(Action.WARN);
    assertThat(v.message()).contains("ALGORITHM=INPLACE, LOCK=NONE");
    assertThat(RuleAssertions.check(Dialect.MYSQL, sql).ruleIds()).doesNotContain(RULE);
  }

  @Test
  void saysThatFulltextBlocksWrites() {
    assertThat(Migrations.engine(Dialect.MYSQL).check("ALTER TABLE articles ADD FULLTEXT INDEX ft (body)").message())
        .contains("shared lock").contains("articles");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "ALTER TABLE orders ADD INDEX i (a), ALGORITHM=INPLACE, LOCK=NONE",
    "CREATE INDEX i ON orders (a) ALGORITHM=INPLACE LOCK=NONE",
    "ALTER TABLE orders DROP INDEX i",
    "DROP INDEX i ON orders",
    "ALTER TABLE orders RENAME INDEX a TO b",
    "ALTER TABLE orders ADD COLUMN index_count int",
    "ALTER TABLE orders ALTER INDEX i INVISIBLE",
  })
  void staysQuietOnOnlineOrMetadataChanges(String sql) {
    assertSilent(Dialect.MYSQL, RULE, sql);
  }

  @Test
  void skipsTablesTheRunCreatedAndPostgres() {
    assertScriptSilent(Dialect.MYSQL, RULE, "CREATE TABLE t (a int);\nCREATE INDEX i ON t (a);\nALTER TABLE t ADD INDEX j (a);");
    assertSilent(Dialect.POSTGRES, RULE, "CREATE INDEX CONCURRENTLY i ON t (a)");
  }
}
