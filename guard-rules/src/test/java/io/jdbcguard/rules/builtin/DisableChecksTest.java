package io.jdbcguard.rules.builtin;

import static io.jdbcguard.rules.builtin.RuleAssertions.assertBlocks;
import static io.jdbcguard.rules.builtin.RuleAssertions.assertSilent;

import io.jdbcguard.rules.Dialect;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DisableChecksTest {

  private static final String RULE = "disable-checks";

  @ParameterizedTest
  @ValueSource(strings = {
    "SET session_replication_role = replica",
    "SET session_replication_role TO 'replica'",
    "SET LOCAL session_replication_role = replica",
    "SET SESSION session_replication_role = local",
  })
  void flags(String sql) {
    assertBlocks(Dialect.POSTGRES, RULE, sql);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "SET session_replication_role = DEFAULT",
    "SET session_replication_role = origin",
    "SET search_path = app",
    "SHOW session_replication_role",
  })
  void allowsNearMisses(String sql) {
    assertSilent(Dialect.POSTGRES, RULE, sql);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "SET check_constraint_checks = 0",
    "SET SESSION check_constraint_checks = OFF",
    "SET sql_log_bin = 0",
    "SET @@session.sql_log_bin = OFF",
    "SET sql_safe_updates = 0",
    "SET sql_log_off = 1",
    "SET foreign_key_checks := 0",
    "SET foreign_key_checks = 1 - 1",
    "SET foreign_key_checks = @off",
    "SET unique_checks = 'OFF'",
    "SET NAMES utf8mb4, foreign_key_checks = 0",
    "SET STATEMENT foreign_key_checks = 0 FOR DELETE FROM t WHERE id = 1",
    "SET STATEMENT check_constraint_checks = 0, max_statement_time = 1 FOR INSERT INTO t VALUES (1)",
    "BEGIN NOT ATOMIC SET sql_log_bin = 0; END",
  })
  void flagsMariaDbSettingsThatSwitchChecksOrLoggingOff(String sql) {
    RuleAssertions.assertBlocks(Dialect.MYSQL, RULE, sql);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "SET check_constraint_checks = 1",
    "SET sql_log_bin = ON",
    "SET sql_safe_updates = 1",
    "SET sql_log_off = 0",
    "SET foreign_key_checks = DEFAULT",
    "SET unique_checks = TRUE",
    "SET STATEMENT foreign_key_checks = 1 FOR INSERT INTO t VALUES (1)",
  })
  void allowsSettingsThatKeepChecksOn(String sql) {
    RuleAssertions.assertSilent(Dialect.MYSQL, RULE, sql);
  }
}
