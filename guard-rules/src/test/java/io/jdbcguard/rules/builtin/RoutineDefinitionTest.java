package io.jdbcguard.rules.builtin;

import static io.jdbcguard.rules.builtin.RuleAssertions.assertBlocks;
import static io.jdbcguard.rules.builtin.RuleAssertions.assertSilent;

import io.jdbcguard.rules.Dialect;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RoutineDefinitionTest {

  private static final String RULE = "routine-definition";

  @ParameterizedTest
  @ValueSource(strings = {
    "CREATE FUNCTION f() RETURNS int AS 'select 1' LANGUAGE sql",
    "CREATE OR REPLACE FUNCTION f() RETURNS void AS $$ TRUNCATE orders $$ LANGUAGE sql",
    "CREATE PROCEDURE p() LANGUAGE sql AS $$ DELETE FROM t $$",
    "CREATE TRIGGER tr AFTER INSERT ON t FOR EACH ROW EXECUTE FUNCTION f()",
    "CREATE RULE r AS ON DELETE TO t DO INSTEAD NOTHING",
    "CREATE CONSTRAINT TRIGGER tr AFTER INSERT ON t FOR EACH ROW EXECUTE FUNCTION f()",
  })
  void flags(String sql) {
    assertBlocks(Dialect.POSTGRES, RULE, sql);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "CREATE TABLE function_log (id int)",
    "CREATE TABLE t (trigger_name text)",
    "CREATE INDEX i ON t (a)",
    "CREATE VIEW v AS SELECT 1",
  })
  void allowsNearMisses(String sql) {
    assertSilent(Dialect.POSTGRES, RULE, sql);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "ALTER EVENT e DO SELECT 1",
    "ALTER EVENT e ENABLE",
    "ALTER EVENT e ON SCHEDULE EVERY 1 SECOND",
    "ALTER DEFINER = CURRENT_USER EVENT e DO DELETE FROM t WHERE id = 1",
    "CREATE EVENT e ON SCHEDULE EVERY 1 DAY DO BEGIN SELECT 1; END",
    "CREATE PROCEDURE p() BEGIN SELECT 1; END",
  })
  void flagsEventChangesAndBodies(String sql) {
    RuleAssertions.assertBlocks(Dialect.MYSQL, RULE, sql);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ALTER TABLE event ADD COLUMN a int", "SELECT * FROM event"})
  void allowsTablesNamedEvent(String sql) {
    RuleAssertions.assertSilent(Dialect.MYSQL, RULE, sql);
  }
}
