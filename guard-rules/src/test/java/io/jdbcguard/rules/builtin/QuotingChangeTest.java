package io.jdbcguard.rules.builtin;

import static io.jdbcguard.rules.builtin.RuleAssertions.assertBlocks;
import static io.jdbcguard.rules.builtin.RuleAssertions.assertClean;

import io.jdbcguard.rules.Dialect;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuotingChangeTest {

  private static final String RULE = "quoting-change";

  @ParameterizedTest
  @ValueSource(strings = {
    "SET sql_mode = 'NO_BACKSLASH_ESCAPES'",
    "SET SESSION sql_mode = 'STRICT_TRANS_TABLES,ANSI_QUOTES'",
    "SET sql_mode = 'ANSI'",
    "SET sql_mode = CONCAT(@@sql_mode, ',NO_BACKSLASH_ESCAPES')",
    "SET @@session.sql_mode = 'NO_BACKSLASH_ESCAPES'",
    "SET NAMES gbk",
    "SET NAMES 'sjis'",
    "SET CHARACTER SET big5",
    "SET character_set_client = gbk",
  })
  void blocksMysqlStringSyntaxChanges(String sql) {
    assertBlocks(Dialect.MYSQL, RULE, sql);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "SET standard_conforming_strings = off",
    "SET standard_conforming_strings TO false",
    "SET backslash_quote = on",
    "SELECT set_config('standard_conforming_strings', 'off', false)",
  })
  void blocksPostgresStringSyntaxChanges(String sql) {
    RuleAssertions.assertFlags(Dialect.POSTGRES, sql.startsWith("SELECT") ? "dangerous-function" : RULE,
        io.jdbcguard.rules.Action.BLOCK, sql);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "SET sql_mode = 'STRICT_TRANS_TABLES,NO_ZERO_DATE'",
    "SET SESSION sql_mode = 'TRADITIONAL'",
    "SET NAMES utf8mb4",
    "SET NAMES 'utf8mb4' COLLATE 'utf8mb4_unicode_ci'",
  })
  void allowsOrdinaryMysqlSettings(String sql) {
    assertClean(Dialect.MYSQL, sql);
  }

  @ParameterizedTest
  @ValueSource(strings = {"SET standard_conforming_strings = on", "SET backslash_quote = safe_encoding"})
  void allowsSafePostgresSettings(String sql) {
    assertClean(Dialect.POSTGRES, sql);
  }
}
