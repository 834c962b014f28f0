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

  @ParameterizedTest
  @ValueSource(strings = {
    "SET sql_mode = 'POSTGRESQL'", "SET sql_mode = 'ORACLE'", "SET sql_mode = 'MSSQL'",
    "SET sql_mode = 'DB2'", "SET sql_mode = 'MAXDB'", "SET sql_mode = 'MYSQL40'",
    "SET sql_mode = 'mysql323'", "SET sql_mode = 'PIPES_AS_CONCAT'",
    "SET sql_mode = 'HIGH_NOT_PRECEDENCE'", "SET sql_mode = 'EMPTY_STRING_IS_NULL'",
    "SET sql_mode = ',,ANSI_QUOTES,'", "SET sql_mode = ansi", "SET sql_mode = `ANSI`",
    "SET sql_mode = \"ANSI\"", "SET sql_mode = N'ANSI'",
    "SET sql_mode = 2", "SET sql_mode = 4", "SET sql_mode = 1048576", "SET sql_mode = 262144",
    "SET sql_mode = 4294967296", "SET sql_mode = 34359738368", "SET sql_mode = 0x414E5349",
    "SET sql_mode = X'414E5349'", "SET sql_mode = b'100'", "SET sql_mode = 'ANSI' 'X'",
    "SET sql_mode = _latin1'ANSI'", "SET sql_mode = @m", "SET sql_mode = @@sql_mode",
    "SET sql_mode = 'NO_SUCH_MODE'", "SET sql_mode = 'STRICT_TRANS_TABLES, ANSI_QUOTES'",
    "SET SESSION sql_mode := 'ANSI_QUOTES'", "SET LOCAL sql_mode = 'ANSI_QUOTES'",
    "SET NAMES utf8mb4, sql_mode = 'ANSI_QUOTES'", "SET @x = 1, @@sql_mode = 'ANSI'",
    "SET STATEMENT sql_mode = 'ORACLE' FOR SELECT 1",
    "BEGIN NOT ATOMIC SET sql_mode = 'ANSI_QUOTES'; END",
    "SET CHARSET gbk", "SET CHARACTER SET cp932", "SET NAMES `sjis`", "SET NAMES 'GBK'",
    "SET character_set_connection = big5", "SET character_set_client = 28",
    "SET character_set_client = @cs", "SET collation_connection = sjis_japanese_ci",
    "SET collation_connection = 'big5_bin'", "SET collation_connection = 84",
    "SET NAMES gbk COLLATE gbk_bin", "SET NAMES gb18030",
    "SET STATEMENT character_set_client = gbk FOR SELECT 1",
  })
  void blocksEverySpellingOfAReadingChangeOnMysql(String sql) {
    assertBlocks(Dialect.MYSQL, RULE, sql);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "SET sql_mode = ''", "SET sql_mode = DEFAULT", "SET sql_mode = TRUE",
    "SET sql_mode = 'ONLY_FULL_GROUP_BY,STRICT_ALL_TABLES,NO_ENGINE_SUBSTITUTION'",
    "SET sql_mode = 2097152", "SET sql_mode = 'IGNORE_SPACE'", "SET sql_mode = 'traditional'",
    "SET NAMES DEFAULT", "SET NAMES euckr", "SET NAMES ujis", "SET NAMES gb2312",
    "SET NAMES latin1", "SET NAMES binary", "SET CHARACTER SET utf8mb4",
    "SET character_set_client = DEFAULT", "SET collation_connection = utf8mb4_unicode_ci",
    "SET collation_connection = uca1400_ai_ci", "SET character_set_results = gbk",
    "SET STATEMENT sql_mode = 'STRICT_TRANS_TABLES' FOR SELECT 1",
    "SELECT 'SET NAMES gbk'",
  })
  void allowsSettingsThatDoNotChangeReadingOnMysql(String sql) {
    assertClean(Dialect.MYSQL, sql);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "SET client_encoding = 'SJIS'", "SET client_encoding TO 'Shift_JIS'",
    "SET client_encoding = 'mskanji'", "SET client_encoding = 'WIN932'",
    "SET client_encoding = 'SHIFT_JIS_2004'", "SET client_encoding = 'big5'",
    "SET client_encoding = 'win950'", "SET client_encoding = 'GBK'", "SET client_encoding = 'gb18030'",
    "SET client_encoding = 'UHC'", "SET client_encoding = 'JOHAB'", "SET client_encoding TO sjis",
    "SET NAMES 'BIG5'", "SET SESSION client_encoding = 'win936'",
    "SET LOCAL client_encoding = 'SJIS'", "SET client_encoding = 'S' || 'JIS'",
    "SET standard_conforming_strings = 'off'", "SET standard_conforming_strings = no",
    "SET standard_conforming_strings = 0", "SET backslash_quote = true",
    "SET backslash_quote = 'on'",
  })
  void blocksReadingChangesOnPostgres(String sql) {
    assertBlocks(Dialect.POSTGRES, RULE, sql);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "SET client_encoding = 'UTF8'", "SET client_encoding = 'utf-8'", "SET client_encoding = 'UNICODE'",
    "SET client_encoding TO DEFAULT", "SET client_encoding = 'LATIN1'", "SET client_encoding = 'EUC_JP'",
    "SET NAMES 'UTF8'", "RESET client_encoding", "SET standard_conforming_strings = true",
    "SET standard_conforming_strings TO DEFAULT", "SET backslash_quote = off",
    "SET backslash_quote = DEFAULT",
  })
  void allowsSafeEncodingsOnPostgres(String sql) {
    assertClean(Dialect.POSTGRES, sql);
  }
}
