package io.jdbcguard.rules.builtin;

import static io.jdbcguard.rules.builtin.Migrations.assertBlocks;
import static io.jdbcguard.rules.builtin.Migrations.assertScriptBlocksLast;
import static io.jdbcguard.rules.builtin.Migrations.assertScriptSilent;
import static io.jdbcguard.rules.builtin.Migrations.assertSilent;
import static io.jdbcguard.rules.builtin.Migrations.scriptRuleIds;
import static org.assertj.core.api.Assertions.assertThat;

import io.jdbcguard.rules.Dialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BackfillInMigrationTest {

  private static final String RULE = "backfill-in-migration";

  @ParameterizedTest
  @ValueSource(strings = {
    "ALTER TABLE users ADD COLUMN active boolean;\nUPDATE users SET active = true WHERE id < 1000;",
    "CREATE INDEX CONCURRENTLY i ON users (email);\nDELETE FROM sessions WHERE expires_at < now();",
    "ALTER TABLE users ADD COLUMN n int;\nUPDATE ONLY users SET n = 0 WHERE n IS NULL;",
    "CREATE TABLE audit (id int);\nMERGE INTO users u USING staged s ON u.id = s.id WHEN MATCHED THEN UPDATE SET name = s.name;",
    "ALTER TABLE users ADD COLUMN n int;\nWITH d AS (DELETE FROM sessions WHERE id = 1 RETURNING *) SELECT * FROM d;",
  })
  void blocksDataChangesInASchemaMigration(String script) {
    assertScriptBlocksLast(Dialect.POSTGRES, RULE, script);
  }

  @Test
  void blocksABackfillThatComesBeforeTheDdl() {
    assertThat(scriptRuleIds(Dialect.POSTGRES,
        "UPDATE users SET active = true WHERE id < 1000;\nALTER TABLE users ADD COLUMN note text;").get(0))
        .contains(RULE);
  }

  @Test
  void blocksInMysqlToo() {
    assertScriptBlocksLast(Dialect.MYSQL, RULE,
        "ALTER TABLE users ADD COLUMN active tinyint;\nUPDATE users SET active = 1 WHERE id < 1000;");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    // data only
    "UPDATE users SET active = true WHERE id < 1000;\nDELETE FROM sessions WHERE id = 5;",
    // inserts of seed data next to the table they fill
    "CREATE TABLE statuses (id int, name text);\nINSERT INTO statuses VALUES (1, 'new'), (2, 'done');",
    // a table the script created
    "CREATE TABLE totals (user_id int, n int);\nINSERT INTO totals SELECT user_id, 0 FROM users;\n"
        + "UPDATE totals SET n = 1 WHERE user_id = 5;",
    // reads
    "ALTER TABLE users ADD COLUMN note text;\nSELECT count(*) FROM users;",
    // words in strings and comments
    "ALTER TABLE users ADD COLUMN note text DEFAULT 'UPDATE';\n-- UPDATE users SET x = 1\nSELECT 1;",
  })
  void allowsNearMisses(String script) {
    assertScriptSilent(Dialect.POSTGRES, RULE, script);
  }

  @Test
  void cannotKnowTheScriptOfAStatementAlone() {
    assertSilent(Dialect.POSTGRES, RULE, "UPDATE users SET active = true WHERE id < 1000");
  }

  @Test
  void seesDdlInTheSameMultiStatementString() {
    assertBlocks(Dialect.POSTGRES, RULE,
        "ALTER TABLE users ADD COLUMN active boolean; UPDATE users SET active = true WHERE id < 1000");
  }
}
