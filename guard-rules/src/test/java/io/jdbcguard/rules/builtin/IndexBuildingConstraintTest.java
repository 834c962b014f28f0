package io.jdbcguard.rules.builtin;

import static io.jdbcguard.rules.builtin.Migrations.assertBlocks;
import static io.jdbcguard.rules.builtin.Migrations.assertScriptSilent;
import static io.jdbcguard.rules.builtin.Migrations.assertSilent;

import io.jdbcguard.rules.Dialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IndexBuildingConstraintTest {

  private static final String RULE = "index-building-constraint";

  @ParameterizedTest
  @ValueSource(strings = {
    "ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email)",
    "ALTER TABLE users ADD UNIQUE (email)",
    "ALTER TABLE users ADD PRIMARY KEY (id)",
    "ALTER TABLE users ADD CONSTRAINT users_pkey PRIMARY KEY (id)",
    "ALTER TABLE users ADD CONSTRAINT no_overlap EXCLUDE USING gist (room WITH =, during WITH &&)",
    "ALTER TABLE users ADD COLUMN code text UNIQUE",
    "ALTER TABLE users ADD COLUMN uid bigint PRIMARY KEY",
  })
  void blocksConstraintsThatBuildAnIndex(String sql) {
    assertBlocks(Dialect.POSTGRES, RULE, sql);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE USING INDEX users_email_idx",
    "ALTER TABLE users ADD CONSTRAINT users_pkey PRIMARY KEY USING INDEX users_id_idx",
    "ALTER TABLE users ADD COLUMN unique_code text",
    "CREATE UNIQUE INDEX CONCURRENTLY users_email_idx ON users (email)",
    "CREATE TABLE users (id bigint PRIMARY KEY, email text UNIQUE)",
    "ALTER TABLE users ADD CONSTRAINT c CHECK (email <> '') NOT VALID",
  })
  void allowsUsingIndexAndNearMisses(String sql) {
    assertSilent(Dialect.POSTGRES, RULE, sql);
  }

  @Test
  void allowsKeysOnATableCreatedInTheScript() {
    assertScriptSilent(Dialect.POSTGRES, RULE,
        "CREATE TABLE users (id bigint, email text);\nALTER TABLE users ADD PRIMARY KEY (id);\n"
            + "ALTER TABLE users ADD CONSTRAINT u UNIQUE (email);");
  }

  @Test
  void isPostgresOnly() {
    assertSilent(Dialect.MYSQL, RULE, "ALTER TABLE users ADD UNIQUE (email)");
  }
}
