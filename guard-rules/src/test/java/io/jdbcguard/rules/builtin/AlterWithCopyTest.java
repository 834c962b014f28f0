package io.jdbcguard.rules.builtin;

import static io.jdbcguard.rules.builtin.Migrations.assertBlocks;
import static io.jdbcguard.rules.builtin.Migrations.assertScriptSilent;
import static io.jdbcguard.rules.builtin.Migrations.assertSilent;
import static org.assertj.core.api.Assertions.assertThat;

import io.jdbcguard.rules.Dialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AlterWithCopyTest {

  private static final String RULE = "alter-with-copy";

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "ALTER TABLE orders MODIFY total bigint|MODIFY of orders.total",
    "ALTER TABLE orders MODIFY COLUMN total DECIMAL(14,2) NOT NULL|MODIFY of orders.total",
    "ALTER TABLE orders CHANGE COLUMN bio bio TEXT|CHANGE of orders.bio",
    "ALTER TABLE comments CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci|CONVERT TO CHARACTER SET",
    "ALTER TABLE orders ADD CONSTRAINT fk FOREIGN KEY (customer_id) REFERENCES customers (id)|foreign_key_checks=1",
    "ALTER TABLE orders ADD FOREIGN KEY (customer_id) REFERENCES customers (id)|foreign_key_checks=1",
    "ALTER TABLE events DROP PRIMARY KEY|DROP PRIMARY KEY",
    "ALTER TABLE orders ADD COLUMN flag TINYINT, ALGORITHM=COPY|ALGORITHM=COPY",
    "ALTER TABLE orders MODIFY total bigint, ALGORITHM=COPY|ALGORITHM=COPY",
    "CREATE INDEX i ON orders (a) ALGORITHM=COPY|ALGORITHM=COPY",
    "DROP INDEX i ON orders ALGORITHM=COPY|ALGORITHM=COPY",
    "ALTER TABLE logs ENGINE=MyISAM|ENGINE=MYISAM",
    "ALTER TABLE orders MODIFY total bigint, LOCK=SHARED|MODIFY",
  })
  void blocksChangesThatCopyTheTable(String sql, String said) {
    assertBlocks(Dialect.MYSQL, RULE, sql);
    assertThat(Migrations.engine(Dialect.MYSQL).check(sql).message())
        .contains(said).contains("ALGORITHM=INPLACE, LOCK=NONE").contains("gh-ost");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "ALTER TABLE orders MODIFY note varchar(200), ALGORITHM=INPLACE, LOCK=NONE",
    "ALTER TABLE orders MODIFY status ENUM('a','b','c'), ALGORITHM=INSTANT",
    "ALTER TABLE orders MODIFY note varchar(200) LOCK = NONE",
    "ALTER TABLE orders ADD CONSTRAINT fk FOREIGN KEY (c) REFERENCES t (id), ALGORITHM=INPLACE",
    "ALTER TABLE events DROP PRIMARY KEY, ADD PRIMARY KEY (id, created_at)",
    "ALTER TABLE orders ENGINE=InnoDB",
    "ALTER TABLE orders ADD COLUMN modify_count int",
    "ALTER TABLE orders ADD COLUMN `change` int",
    "ALTER TABLE orders ALTER COLUMN total SET DEFAULT 0",
    "ALTER TABLE orders DROP INDEX i",
  })
  void allowsOnlineChangesAndNearMisses(String sql) {
    assertSilent(Dialect.MYSQL, RULE, sql);
  }

  @Test
  void skipsTablesTheRunCreatedAndPostgres() {
    assertScriptSilent(Dialect.MYSQL, RULE,
        "CREATE TABLE t (id int, c int);\nALTER TABLE t MODIFY c bigint, ADD FOREIGN KEY (c) REFERENCES u (id);");
    assertSilent(Dialect.POSTGRES, RULE, "ALTER TABLE orders ADD FOREIGN KEY (a) REFERENCES u (id) NOT VALID");
  }
}
