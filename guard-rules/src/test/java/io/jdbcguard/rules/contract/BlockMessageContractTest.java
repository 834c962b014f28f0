package io.jdbcguard.rules.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.jdbcguard.rules.Action;
import io.jdbcguard.rules.Dialect;
import io.jdbcguard.rules.Finding;
import io.jdbcguard.rules.GuardEngine;
import io.jdbcguard.rules.Verdict;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Contract section 5: a block says which rule, the offending fragment, why it is dangerous, the
 * safe way to write it, and how a human allows it on purpose (a rule override or another profile).
 */
class BlockMessageContractTest {

  /** One representative statement per family of section 1, with a word its fragment must show. */
  static Stream<Arguments> blockedStatements() {
    return Stream.of(
        Arguments.of(Dialect.POSTGRES, "DROP TABLE users", "users"),
        Arguments.of(Dialect.MYSQL, "DROP TABLE users", "users"),
        Arguments.of(Dialect.POSTGRES, "TRUNCATE TABLE invoices", "invoices"),
        Arguments.of(Dialect.POSTGRES, "DELETE FROM orders", "orders"),
        Arguments.of(Dialect.MYSQL, "UPDATE accounts SET balance = 0", "accounts"),
        Arguments.of(Dialect.POSTGRES, "DELETE FROM orders WHERE 1 = 1", "1"),
        Arguments.of(Dialect.POSTGRES, "DELETE FROM orders WHERE user_id = NULL", "null"),
        Arguments.of(Dialect.MYSQL, "SELECT * FROM orders WHERE user_id <> NULL", "null"),
        Arguments.of(Dialect.POSTGRES, "SELECT 1; DROP TABLE audit_log", "audit_log"),
        Arguments.of(Dialect.POSTGRES, "ALTER TABLE users DROP COLUMN email", "email"),
        Arguments.of(Dialect.POSTGRES, "GRANT ALL ON users TO intruder", "grant"),
        Arguments.of(Dialect.POSTGRES, "SELECT pg_read_file('/etc/passwd')", "pg_read_file"),
        Arguments.of(Dialect.MYSQL, "SELECT * FROM users INTO OUTFILE '/tmp/u'", "outfile"),
        Arguments.of(Dialect.POSTGRES, "EXPLAIN ANALYZE DELETE FROM orders", "orders"));
  }

  @ParameterizedTest(name = "[{0}] {1}")
  @MethodSource("blockedStatements")
  void blockMessageNamesRuleFragmentReasonFixAndHowToAllowIt(
      Dialect dialect, String sql, String fragmentWord) {
    Verdict v = Engines.check(dialect, sql);
    String context = sql + "\n  engine: " + Engines.describe(v);

    assertThat(v.action()).as(context).isEqualTo(Action.BLOCK);
    List<Finding> blocking =
        v.findings().stream().filter(f -> f.action() == Action.BLOCK).collect(Collectors.toList());
    assertThat(blocking).as(context).isNotEmpty();
    for (Finding f : blocking) {
      assertThat(f.ruleId()).as("rule id is stable kebab-case; " + context)
          .matches("[a-z0-9]+(-[a-z0-9]+)*");
      assertThat(f.reason()).as("why it is dangerous; " + context).isNotBlank();
      assertThat(f.fix()).as("the safe way to write it; " + context).isNotBlank();
      assertThat(f.fragment()).as("the offending fragment; " + context).isNotBlank();
      assertThat(v.message()).as(context)
          .contains("[" + f.ruleId() + "]")
          .contains(f.reason())
          .contains(f.fix())
          .contains(f.fragment());
    }
    assertThat(blocking).as("some blocking finding shows the offending fragment; " + context)
        .anySatisfy(f -> assertThat(f.fragment().toLowerCase(Locale.ROOT)).contains(fragmentWord));
    assertThat(v.message().toLowerCase(Locale.ROOT))
        .as("says how a human allows it on purpose (guard.rule.<id> or a profile); " + context)
        .containsAnyOf("guard.rule.", "profile");
  }

  @Test
  void nullComparisonBlockTellsTheCallerToUseIsNull() {
    Verdict v = Engines.check(Dialect.POSTGRES, "DELETE FROM orders WHERE user_id = NULL");

    assertThat(v.action()).as(Engines.describe(v)).isEqualTo(Action.BLOCK);
    assertThat(v.message()).as(Engines.describe(v)).containsIgnoringCase("IS NULL");
  }

  @Test
  void blockMessageIsTheSameForTheSameStatementOnAnyEngine() {
    String sql = "DELETE FROM orders WHERE user_id = NULL; DROP TABLE audit_log";
    Verdict first = Engines.check(Dialect.POSTGRES, sql);
    Verdict again = Engines.check(Dialect.POSTGRES, sql);
    Verdict fresh = GuardEngine.forDialect(Dialect.POSTGRES).check(sql);

    assertThat(first.action()).as(Engines.describe(first)).isEqualTo(Action.BLOCK);
    assertThat(again.message()).isEqualTo(first.message());
    assertThat(fresh.message()).isEqualTo(first.message());
  }

  @Test
  void blockMessageOfAHugeStatementStaysShortAndDoesNotEchoItAll() {
    StringBuilder sql = new StringBuilder("DELETE FROM orders WHERE user_id = NULL AND note IN (");
    for (int i = 0; i < 5_000; i++) {
      sql.append(i == 0 ? "" : ", ").append("'secret-value-").append(i).append('\'');
    }
    sql.append(')');
    Verdict v = Engines.check(Dialect.POSTGRES, sql.toString());

    assertThat(v.action()).as(Engines.describe(v)).isEqualTo(Action.BLOCK);
    assertThat(v.message()).doesNotContain("secret-value-4999");
    assertThat(v.message().length()).isLessThan(4_000);
  }

  @Test
  void everyFindingOfAMultiStatementBlockIsReportedInStatementOrder() {
    Verdict v = Engines.check(Dialect.POSTGRES, "TRUNCATE alpha; SELECT 1; DROP TABLE omega");

    assertThat(v.action()).as(Engines.describe(v)).isEqualTo(Action.BLOCK);
    String message = v.message().toLowerCase(Locale.ROOT);
    assertThat(message).as(Engines.describe(v)).contains("alpha", "omega");
    assertThat(message.indexOf("alpha")).as(Engines.describe(v))
        .isLessThan(message.indexOf("omega"));
  }
}
