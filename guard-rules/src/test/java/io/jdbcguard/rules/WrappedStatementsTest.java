package io.jdbcguard.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Statements that run other statements are judged by what they run (contract item 1.12). */
class WrappedStatementsTest {

  private static final GuardEngine MYSQL = GuardEngine.forDialect(Dialect.MYSQL);
  private static final GuardEngine POSTGRES = GuardEngine.forDialect(Dialect.POSTGRES);
  private static final GuardEngine READ_ONLY_MYSQL =
      GuardEngine.create(Policy.builder().dialect(Dialect.MYSQL).profile(Profile.READ_ONLY).build());

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "drop-object          | BEGIN NOT ATOMIC DROP TABLE t; END",
    "drop-object          | BEGIN NOT ATOMIC SELECT 1; BEGIN IF @a THEN DROP TABLE t; END IF; END; END",
    "delete-without-where | BEGIN NOT ATOMIC DECLARE CONTINUE HANDLER FOR SQLSTATE VALUE '23000' DELETE FROM t; SELECT 1; END",
    "truncate             | CASE @a WHEN 1 THEN SELECT 1; WHEN 2 THEN TRUNCATE t; ELSE SELECT 3; END CASE",
    "update-without-where | REPEAT UPDATE t SET a = 1; UNTIL CASE WHEN @x THEN 1 ELSE 0 END END REPEAT",
    "dangerous-function   | WHILE load_file('/etc/passwd') IS NULL DO SELECT 1; END WHILE",
    "executable-comment   | BEGIN NOT ATOMIC /*! DROP TABLE t */; END",
    "drop-object          | SET STATEMENT max_statement_time = 0, lock_wait_timeout = 1 FOR DROP TABLE t",
    "delete-without-where | EXECUTE IMMEDIATE 'DELETE FROM t'",
    "drop-object          | EXECUTE IMMEDIATE 'EXECUTE IMMEDIATE ''DROP TABLE t'''",
    "drop-object          | PREPARE s FROM \"DROP TABLE t\"",
    "routine-definition   | CREATE DEFINER = CURRENT_USER EVENT e ON SCHEDULE AT CURRENT_TIMESTAMP DO SELECT 1",
    "truncate             | CREATE TRIGGER tr BEFORE INSERT ON t FOR EACH ROW BEGIN TRUNCATE u; END",
  })
  void findsWhatMysqlWrappersRun(String rule, String sql) {
    Verdict v = MYSQL.check(sql);
    assertThat(v.ruleIds()).as(sql).contains(rule);
    assertThat(v.action()).isEqualTo(Action.BLOCK);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "routine-definition   | CREATE RULE r AS ON INSERT TO t DO INSTEAD NOTHING",
    "drop-object          | CREATE RULE r AS ON DELETE TO t DO INSTEAD (SELECT 1; DROP TABLE u)",
    "delete-without-where | CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC DELETE FROM t; RETURN 1; END",
    "dangerous-function   | CREATE FUNCTION f() RETURNS text LANGUAGE sql BEGIN ATOMIC RETURN pg_read_file('/x'); END",
  })
  void findsWhatPostgresWrappersRun(String rule, String sql) {
    Verdict v = POSTGRES.check(sql);
    assertThat(v.ruleIds()).as(sql).contains(rule);
    assertThat(v.action()).isEqualTo(Action.BLOCK);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "CREATE RULE r AS ON INSERT TO t DO INSTEAD NOTHING",
    "CREATE OR REPLACE RULE r AS ON UPDATE TO t WHERE NEW.a > 0 DO ALSO INSERT INTO log VALUES (NEW.id)",
    "CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; RETURN 1; END",
  })
  void reportsRoutineDefinitionsByTheirOwnRuleNotAsUnparseable(String sql) {
    Verdict v = POSTGRES.check(sql);
    assertThat(v.ruleIds()).as(sql).contains("routine-definition").doesNotContain("unparseable");
  }

  @Test
  void keepsACompoundStatementAsOneStatementOfTheString() {
    Verdict v = MYSQL.check("BEGIN NOT ATOMIC SELECT 1; SELECT 2; END; SELECT 3");
    assertThat(v.kinds()).containsExactly(StatementKind.QUERY, StatementKind.QUERY);
    assertThat(v.isAllowed()).isTrue();
  }

  @Test
  void givesACompoundThatWritesTheKindOfCodeWhoseEffectIsNotOneStatement() {
    Verdict v = MYSQL.check("BEGIN NOT ATOMIC UPDATE t SET a = 1 WHERE id = 1; END");
    assertThat(v.kinds()).containsExactly(StatementKind.OTHER);
    assertThat(v.findings()).isEmpty();
  }

  @Test
  void givesSetStatementTheKindOfItsStatement() {
    assertThat(MYSQL.check("SET STATEMENT max_statement_time = 1 FOR UPDATE t SET a = 1 WHERE id = 1").kinds())
        .isEqualTo(List.of(StatementKind.UPDATE));
    assertThat(MYSQL.check("SET STATEMENT max_statement_time = 1 FOR SELECT 1").kinds())
        .isEqualTo(List.of(StatementKind.QUERY));
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "BEGIN NOT ATOMIC SELECT 1",
    "BEGIN NOT ATOMIC SELECT 1 END",
    "BEGIN NOT ATOMIC ; SELECT 1; END",
    "IF 1 THEN SELECT 1; END",
    "IF THEN SELECT 1; END IF",
    "BEGIN NOT ATOMIC SELECT 1; END junk",
    "SET STATEMENT max_statement_time = 1 SELECT 1",
    "CREATE EVENT e ON SCHEDULE EVERY 1 DAY DO",
  })
  void refusesWrappersItCannotReadCompletely(String sql) {
    Verdict v = MYSQL.check(sql);
    assertThat(v.action()).as(sql).isEqualTo(Action.BLOCK);
    assertThat(v.ruleIds()).as(sql).contains("unparseable");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "EXECUTE IMMEDIATE @sql",
    "EXECUTE IMMEDIATE CONCAT('SELECT ', '1')",
    "EXECUTE IMMEDIATE _latin1'SELECT 1'",
    "EXECUTE IMMEDIATE X'53454C4543542031'",
    "PREPARE s FROM @q",
    "EXECUTE s",
  })
  void refusesDynamicSqlWhoseTextItCannotSee(String sql) {
    assertThat(MYSQL.check(sql).ruleIds()).as(sql).contains("dynamic-sql");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "SET STATEMENT tx_read_only = 0 FOR SELECT 1",
    "SET STATEMENT max_statement_time = 1 FOR DELETE FROM t WHERE id = 1",
    "BEGIN NOT ATOMIC SELECT 1; COMMIT; END",
    "BEGIN NOT ATOMIC INSERT INTO t VALUES (1); END",
    "EXECUTE IMMEDIATE 'INSERT INTO t VALUES (1)'",
  })
  void readOnlyProfileSeesWritesInsideWrappers(String sql) {
    assertThat(READ_ONLY_MYSQL.check(sql).ruleIds()).as(sql).contains("read-only");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "BEGIN NOT ATOMIC SELECT 1; SELECT 2; END",
    "SET STATEMENT max_statement_time = 1 FOR SELECT * FROM t",
    "EXECUTE IMMEDIATE 'SELECT 1'",
  })
  void readOnlyProfileLetsWrappedReadsThrough(String sql) {
    assertThat(READ_ONLY_MYSQL.check(sql).isAllowed()).as(sql + ": " + READ_ONLY_MYSQL.check(sql).message()).isTrue();
  }
}
