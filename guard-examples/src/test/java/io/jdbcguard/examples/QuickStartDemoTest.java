package io.jdbcguard.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.jdbcguard.examples.DemoStep.Outcome;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the README's quick start session ({@link QuickStartDemo}) on its embedded database and
 * checks what it decides, what it prints and the row counts, so the first thing a newcomer runs
 * cannot rot.
 */
class QuickStartDemoTest {

  private static final String HUGE_DELETE = "DELETE FROM orders WHERE created_at < now()";

  private static List<DemoStep> steps;
  private static String printed;
  private static boolean rowLimit;

  @BeforeAll
  static void runTheSession() throws Exception {
    rowLimit =
        QuickStartDemo.knowsSetting(
            "jdbc:guard:h2:mem:probe;guard.dialect=postgres", QuickStartDemo.ROW_LIMIT_KEY);
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
      steps = QuickStartDemo.run("quick-start-" + UUID.randomUUID(), out);
    }
    printed = buffer.toString(StandardCharsets.UTF_8);
  }

  @Test
  void blocksTheFiveSeedIncidentsWithTheirRules() {
    assertThat(seedIncidents())
        .extracting(DemoStep::sql, s -> s.ruleIds().get(0))
        .containsExactly(
            tuple(
                "DELETE FROM orders WHERE user_id = NULL", "null-comparison"),
            tuple(
                "UPDATE orders SET status = 'review'", "update-without-where"),
            tuple(
                "DELETE FROM orders WHERE 1=1", "where-always-true"),
            tuple("TRUNCATE orders", "truncate"),
            tuple("DROP TABLE orders", "drop-object"));
  }

  @Test
  void incidentsLeaveEveryRowInPlace() {
    assertThat(steps.stream().filter(s -> s.outcome() != Outcome.ALLOWED))
        .hasSize(6)
        .allSatisfy(
            s -> {
              assertThat(s.ordersBefore()).isEqualTo(QuickStartDemo.ORDERS);
              assertThat(s.ordersAfter()).isEqualTo(QuickStartDemo.ORDERS);
            });
  }

  @Test
  void blockMessagesSayWhyAndWhatToWriteInstead() {
    DemoStep nullComparison = seedIncidents().get(0);
    assertThat(nullComparison.message())
        .startsWith("[null-comparison]")
        .contains("Use user_id IS NULL")
        .contains("guard.rule.null-comparison=allow");
    assertThat(printed)
        .contains("> DELETE FROM orders WHERE user_id = NULL")
        .contains("BLOCKED  [null-comparison] A comparison with NULL")
        .contains("BLOCKED  [drop-object] DROP destroys the object");
  }

  @Test
  void legitimateWorkRunsIncludingDropTableInsideAStringLiteral() {
    assertThat(step("SELECT count(*) FROM orders WHERE status = 'DROP TABLE orders; --'"))
        .returns(Outcome.ALLOWED, DemoStep::outcome)
        .returns("the query returned 0", DemoStep::message);
    assertThat(step("UPDATE orders SET status = 'shipped' WHERE id = 42"))
        .returns(Outcome.ALLOWED, DemoStep::outcome)
        .returns("1 row updated", DemoStep::message);
    assertThat(steps.get(3).message()).startsWith(QuickStartDemo.ORDERS + " rows inserted");
  }

  @Test
  void theCorrectedCleanupRemovesOnlyTheOrdersWithoutACustomer() {
    DemoStep last = steps.get(steps.size() - 1);
    assertThat(last.sql()).isEqualTo("DELETE FROM orders WHERE user_id IS NULL");
    assertThat(last.outcome()).isEqualTo(Outcome.ALLOWED);
    assertThat(last.ordersAfter()).isEqualTo(QuickStartDemo.ORDERS - QuickStartDemo.ORPHANS);
    assertThat(printed)
        .contains(
            rowLimit
                ? "Summary: 7 statements allowed, 6 blocked, 0 pending."
                : "Summary: 7 statements allowed, 5 blocked, 1 pending.")
        .contains("blocked statements changed nothing. orders: 5000 rows after the load, 4988 now:")
        .contains("the 12 rows gone are the orders without a customer (0 left)");
  }

  /**
   * The huge delete with a real WHERE: the row limit's job. Pending (not sent) while the driver has
   * no {@code guard.maxAffectedRows}; blocked, with every row still there, once it has.
   */
  @Test
  void theHugeDeleteIsLeftToTheRowLimit() {
    DemoStep huge = step(HUGE_DELETE);
    assertThat(huge.ordersAfter()).isEqualTo(QuickStartDemo.ORDERS);
    if (rowLimit) {
      assertThat(huge.outcome()).as(huge.message()).isEqualTo(Outcome.BLOCKED);
      assertThat(huge.message()).contains(QuickStartDemo.ROW_LIMIT_KEY);
    } else {
      assertThat(huge.outcome()).isEqualTo(Outcome.PENDING);
      assertThat(huge.message()).startsWith("would delete 5000 of 5000 orders.");
      assertThat(printed).contains("PENDING  would delete 5000 of 5000 orders.");
    }
  }

  /** The blocked statements that rules catch on their own (all but the huge delete). */
  private static List<DemoStep> seedIncidents() {
    return steps.stream()
        .filter(s -> s.outcome() == Outcome.BLOCKED && !s.sql().equals(HUGE_DELETE))
        .toList();
  }

  private static DemoStep step(String sql) {
    return steps.stream().filter(s -> s.sql().equals(sql)).findFirst().orElseThrow();
  }
}
