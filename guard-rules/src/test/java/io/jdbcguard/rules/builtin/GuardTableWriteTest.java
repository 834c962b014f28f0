package io.jdbcguard.rules.builtin;

import static io.jdbcguard.rules.builtin.RuleAssertions.assertBlocks;
import static io.jdbcguard.rules.builtin.RuleAssertions.assertSilent;
import static org.assertj.core.api.Assertions.assertThat;

import io.jdbcguard.rules.Action;
import io.jdbcguard.rules.Dialect;
import io.jdbcguard.rules.Finding;
import io.jdbcguard.rules.GuardEngine;
import io.jdbcguard.rules.GuardTables;
import io.jdbcguard.rules.Policy;
import io.jdbcguard.rules.Profile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class GuardTableWriteTest {

  private static final String RULE = GuardTables.WRITE_RULE;

  @ParameterizedTest
  @ValueSource(strings = {
    "INSERT INTO jdbc_guard_approvals (approval_id) VALUES ('apr-1')",
    "UPDATE jdbc_guard_approvals SET status = 'approved' WHERE approval_id = 'apr-1'",
    "DELETE FROM public.jdbc_guard_approvals WHERE approval_id = 'apr-1'",
    "update \"jdbc_guard_approvals\" set status = 'approved' where approval_id = 'x'",
    "UPDATE JDBC_GUARD_APPROVALS SET status = 'approved' WHERE approval_id = 'x'",
    "UPDATE U&\"jdbc\\005fguard_approvals\" SET status = 'approved' WHERE approval_id = 'x'",
    "UPDATE public . \"JDBC_guard_APPROVALS\" SET expires_at = 0 WHERE approval_id = 'x'",
    "DROP TABLE jdbc_guard_approvals",
    "TRUNCATE jdbc_guard_approvals",
    "ALTER TABLE jdbc_guard_approvals ADD COLUMN x int",
    "CREATE TABLE jdbc_guard_approvals (approval_id varchar(64))",
    "CREATE VIEW approvals AS SELECT * FROM jdbc_guard_approvals",
    "GRANT ALL ON jdbc_guard_approvals TO PUBLIC",
    "COMMENT ON TABLE jdbc_guard_approvals IS 'x'",
    "LOCK TABLE jdbc_guard_approvals IN SHARE MODE",
    "WITH x AS (UPDATE jdbc_guard_approvals SET status = 'approved' WHERE approval_id = 'a'"
        + " RETURNING 1) SELECT * FROM x",
    "SELECT * FROM jdbc_guard_approvals FOR UPDATE",
    "SELECT * FROM jdbc_guard_approvals FOR NO KEY UPDATE",
    "SELECT * INTO jdbc_guard_approvals FROM other",
    "EXPLAIN ANALYZE DELETE FROM jdbc_guard_approvals WHERE approval_id = 'a'",
    "CREATE FUNCTION f() RETURNS void AS $$ UPDATE jdbc_guard_approvals SET status = 'approved'"
        + " WHERE approval_id = 'a' $$ LANGUAGE sql",
    "DO $$ BEGIN EXECUTE 'UPDATE JDBC_GUARD_APPROVALS SET status = ''approved'''; END $$",
    "SELECT 1; DELETE FROM jdbc_guard_approvals WHERE approval_id = 'a'",
    "CREATE TRIGGER t BEFORE UPDATE ON jdbc_guard_approvals FOR EACH ROW EXECUTE FUNCTION f()",
  })
  void flagsChangesOnPostgres(String sql) {
    assertBlocks(Dialect.POSTGRES, RULE, sql);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "UPDATE `jdbc_guard_approvals` SET status = 'approved' WHERE approval_id = 'a'",
    "REPLACE INTO test.jdbc_guard_approvals (approval_id) VALUES ('a')",
    "INSERT INTO jdbc_guard_approvals SET approval_id = 'a'",
    "INSERT INTO other SELECT * FROM jdbc_guard_approvals",
    "PREPARE s FROM 'DELETE FROM jdbc_guard_approvals WHERE 1 = 1'",
    "RENAME TABLE jdbc_guard_approvals TO old_approvals",
    "RENAME TABLE fake TO jdbc_guard_approvals",
    "LOAD DATA INFILE '/tmp/f' INTO TABLE jdbc_guard_approvals",
    "LOCK TABLES jdbc_guard_approvals WRITE",
    "SELECT * FROM jdbc_guard_approvals LOCK IN SHARE MODE",
    "SELECT 1 /*! ; DELETE FROM jdbc_guard_approvals */",
  })
  void flagsChangesOnMysql(String sql) {
    assertBlocks(Dialect.MYSQL, RULE, sql);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "SELECT * FROM jdbc_guard_approvals WHERE status = 'pending'",
    "SELECT count(*) FROM public.jdbc_guard_approvals",
    "SELECT a.approval_id FROM jdbc_guard_approvals a JOIN other o ON o.id = a.request_no",
    "EXPLAIN SELECT * FROM jdbc_guard_approvals",
    "EXPLAIN DELETE FROM jdbc_guard_approvals WHERE approval_id = 'a'",
    "DELETE FROM jdbc_guard_approvals_archive WHERE id = 1",
    "UPDATE orders SET note = 'approvals' WHERE id = 1",
    "SELECT 'jdbc_guard_approvals'",
    "DELETE FROM orders WHERE id = 1 -- jdbc_guard_approvals",
    "UPDATE orders SET status = 'approved' WHERE id = 1",
  })
  void allowsReadsAndOtherTables(String sql) {
    assertSilent(Dialect.POSTGRES, RULE, sql);
    assertSilent(Dialect.MYSQL, RULE, sql);
  }

  @Test
  void allowsShowAndDescribeOnMysql() {
    assertSilent(Dialect.MYSQL, RULE, "SHOW CREATE TABLE jdbc_guard_approvals");
    assertSilent(Dialect.MYSQL, RULE, "SELECT * FROM `jdbc_guard_approvals`");
  }

  @ParameterizedTest
  @EnumSource(Profile.class)
  void reportsInEveryProfile(Profile profile) {
    GuardEngine engine =
        GuardEngine.create(Policy.builder().dialect(Dialect.POSTGRES).profile(profile).build());
    Finding finding =
        engine.check("UPDATE jdbc_guard_approvals SET status = 'approved'").findings().stream()
            .filter(f -> f.ruleId().equals(RULE))
            .findFirst()
            .orElseThrow();
    // audit turns it into a warning; the driver refuses it anyway (GuardTableWriteIT)
    assertThat(finding.action())
        .isEqualTo(profile == Profile.AUDIT ? Action.WARN : Action.BLOCK);
    assertThat(finding.reason()).contains(GuardTables.APPROVALS);
  }
}
