package io.jdbcguard.driver.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.jdbcguard.driver.GuardViolationException;
import io.jdbcguard.driver.config.Mode;
import io.jdbcguard.driver.config.WritePolicy;
import io.jdbcguard.driver.jdbc.strategy.Catalog;
import io.jdbcguard.driver.jdbc.strategy.Entry;
import io.jdbcguard.driver.jdbc.strategy.Execution;
import io.jdbcguard.driver.jdbc.strategy.Report;
import io.jdbcguard.driver.jdbc.strategy.Route;
import io.jdbcguard.driver.jdbc.strategy.Strategies;
import io.jdbcguard.driver.jdbc.strategy.TableFacts;
import io.jdbcguard.driver.jdbc.strategy.WriteText;
import io.jdbcguard.driver.testing.Recorder;
import io.jdbcguard.rules.Action;
import io.jdbcguard.rules.Dialect;
import io.jdbcguard.rules.Finding;
import io.jdbcguard.rules.StatementKind;
import io.jdbcguard.rules.Verdict;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The strategy's JDBC conversation with the raw connection, recorded: which brackets it opens for
 * each database and mode, when it keeps and when it undoes, and that it runs a write exactly once
 * (twice only for a dry run that holds the limit).
 */
class StrategiesTest {

  private static final WritePolicy LIMIT_10 =
      new WritePolicy(10, Action.BLOCK, Mode.ENFORCE, Set.of());

  private final Recorder database = new Recorder();
  private final AtomicInteger runs = new AtomicInteger();

  /** Table t has no triggers, rules or cascading foreign keys: its update counts are exact. */
  private final Catalog catalog = new Catalog();

  {
    catalog.remember(
        "t", new TableFacts("t", true, List.of(), false, true, null, List.of(), System.nanoTime()));
  }

  /** The strategies as the gate uses them: route, then run. */
  private record Writes(Strategies strategies) {
    Route route(Verdict verdict) {
      return strategies.route(verdict);
    }

    <R> R run(Route route, List<Entry> entries, boolean batch, Execution<R> execution)
        throws SQLException {
      return strategies.of(route).run(entries, batch, execution, new Report());
    }

    void transactionBoundary() {
      strategies.transactionBoundary();
    }
  }

  private static Execution<Integer> update(Gate.Call<Integer> call) {
    return Shapes.UPDATE.of(call, null, null, false);
  }

  private static Results results(Statement statement) {
    return new Results() {
      @Override
      public Statement raw() {
        return statement;
      }

      @Override
      public void replaceResultSet(java.sql.ResultSet raw, java.sql.ResultSet copy) {}

      @Override
      public void discardBatch() {}
    };
  }

  private Writes writes(Dialect dialect, WritePolicy policy, boolean autoCommit) {
    database.answer("getAutoCommit", autoCommit);
    return new Writes(
        new Strategies(database.stub(Connection.class), policy, () -> dialect, catalog));
  }

  private static Entry entry(StatementKind kind, String sql) {
    Verdict verdict = Verdict.of(List.of(), List.of(kind), sql);
    return Entry.of(sql, verdict, Route.DIRECT, false, WriteText.of(sql, Dialect.POSTGRES));
  }

  private static final Entry UPDATE =
      entry(StatementKind.UPDATE, "UPDATE t SET x = 1 WHERE id < 9");

  /** Runs {@code entry} on {@code writes} as executeUpdate returning {@code count}. */
  private int update(Writes writes, Entry entry, int count) throws SQLException {
    Route route = writes.route(entry.verdict());
    return writes.run(
        route,
        List.of(entry),
        false,
        update(
            () -> {
              runs.incrementAndGet();
              return count;
            }));
  }

  private List<String> conversation() {
    return database.calls().stream()
        .filter(
            c ->
                !c.equals("getAutoCommit()")
                    && !c.equals("getMetaData()")
                    && !c.equals("getDatabaseProductName()"))
        .toList();
  }

  // ---------------------------------------------------------------- routes

  @Test
  void updateDeleteMergeAndInsertAreMeasuredByDefault() {
    Writes writes = writes(Dialect.POSTGRES, WritePolicy.DEFAULT, false);

    assertThat(writes.route(UPDATE.verdict())).isEqualTo(Route.MEASURED);
    assertThat(writes.route(entry(StatementKind.DELETE, "DELETE").verdict()))
        .isEqualTo(Route.MEASURED);
    assertThat(writes.route(entry(StatementKind.MERGE, "MERGE").verdict()))
        .isEqualTo(Route.MEASURED);
    assertThat(writes.route(entry(StatementKind.INSERT, "INSERT").verdict()))
        .isEqualTo(Route.MEASURED);
    assertThat(writes.route(entry(StatementKind.QUERY, "SELECT").verdict()))
        .isEqualTo(Route.DIRECT);
    assertThat(writes.route(entry(StatementKind.DDL, "CREATE").verdict())).isEqualTo(Route.DIRECT);
  }

  @Test
  void withoutStatisticsToCountEveryRowAnInsertRunsUnmeasured() throws SQLException {
    Writes writes = writes(Dialect.GENERIC, WritePolicy.DEFAULT, false);
    Entry insert = entry(StatementKind.INSERT, "INSERT INTO t SELECT * FROM u");

    assertThat(update(writes, insert, 5000)).isEqualTo(5000);
    assertThat(conversation()).isEmpty();
  }

  @Test
  void aPlainInsertIntoATableWithoutTriggersRunsWithoutASavepoint() throws SQLException {
    Writes writes = writes(Dialect.POSTGRES, WritePolicy.DEFAULT, false);
    Entry insert = entry(StatementKind.INSERT, "INSERT INTO t (id) VALUES (1), (2)");

    assertThat(update(writes, insert, 2)).isEqualTo(2);
    assertThat(conversation()).isEmpty();
  }

  @Test
  void aLimitOfZeroMeasuresNothing() {
    Writes writes =
        writes(Dialect.POSTGRES, new WritePolicy(0, Action.BLOCK, Mode.ENFORCE, Set.of()), false);

    assertThat(writes.route(UPDATE.verdict())).isEqualTo(Route.DIRECT);
  }

  @Test
  void sandboxModeRoutesEveryWriteButNotReadsOrSessionSettings() {
    Writes writes =
        writes(Dialect.POSTGRES, new WritePolicy(10, Action.BLOCK, Mode.SANDBOX, Set.of()), false);

    assertThat(writes.route(entry(StatementKind.INSERT, "INSERT").verdict()))
        .isEqualTo(Route.SANDBOX);
    assertThat(writes.route(entry(StatementKind.DDL, "CREATE").verdict())).isEqualTo(Route.SANDBOX);
    assertThat(writes.route(entry(StatementKind.OTHER, "CALL").verdict())).isEqualTo(Route.SANDBOX);
    assertThat(writes.route(entry(StatementKind.QUERY, "SELECT").verdict()))
        .isEqualTo(Route.DIRECT);
    assertThat(writes.route(entry(StatementKind.SESSION, "SET").verdict())).isEqualTo(Route.DIRECT);
  }

  @Test
  void dryRunsAreRoutedByVerdictOrByStatementKind() {
    Writes writes =
        writes(
            Dialect.POSTGRES,
            new WritePolicy(10, Action.BLOCK, Mode.ENFORCE, Set.of(StatementKind.DDL)),
            false);
    Finding finding = new Finding("some-rule", Action.DRY_RUN, "DELETE", "Why.", "Fix.");
    Verdict dryRun = Verdict.of(List.of(finding), List.of(StatementKind.DELETE), "DELETE");

    assertThat(writes.route(dryRun)).isEqualTo(Route.DRY_RUN);
    assertThat(writes.route(entry(StatementKind.DDL, "CREATE").verdict())).isEqualTo(Route.DRY_RUN);
    assertThat(writes.route(UPDATE.verdict())).isEqualTo(Route.MEASURED);
  }

  // ---------------------------------------------------------------- PostgreSQL

  @Test
  void postgresReleasesTheLastSavepointInTheRoundTripThatSetsTheNext() throws SQLException {
    Writes writes = writes(Dialect.POSTGRES, LIMIT_10, false);

    assertThat(update(writes, UPDATE, 3)).isEqualTo(3);
    assertThat(update(writes, UPDATE, 4)).isEqualTo(4);
    writes.transactionBoundary();
    assertThat(update(writes, UPDATE, 5)).isEqualTo(5);

    assertThat(conversation())
        .containsExactly(
            "createStatement()",
            "execute(SAVEPOINT jdbc_guard)",
            "execute(RELEASE SAVEPOINT jdbc_guard; SAVEPOINT jdbc_guard)",
            "execute(SAVEPOINT jdbc_guard)");
    assertThat(runs).hasValue(3);
  }

  @Test
  void postgresRollsBackToTheSavepointWhenOverTheLimit() throws SQLException {
    Writes writes = writes(Dialect.POSTGRES, LIMIT_10, false);
    update(writes, UPDATE, 2);
    database.clear();

    GuardViolationException refused =
        catchThrowableOfType(GuardViolationException.class, () -> update(writes, UPDATE, 11));

    assertThat(refused.getMessage()).startsWith("[row-limit]").contains("11 rows").contains("(10)");
    assertThat(conversation())
        .containsExactly(
            "execute(RELEASE SAVEPOINT jdbc_guard; SAVEPOINT jdbc_guard)",
            "execute(ROLLBACK TO SAVEPOINT jdbc_guard; RELEASE SAVEPOINT jdbc_guard)");
    database.clear();
    update(writes, UPDATE, 1);
    assertThat(conversation()).containsExactly("execute(SAVEPOINT jdbc_guard)");
  }

  @Test
  void postgresInAutoCommitModeOpensATransactionAndRestoresAutoCommit() throws SQLException {
    Writes writes = writes(Dialect.POSTGRES, LIMIT_10, true);

    update(writes, UPDATE, 10);
    assertThat(catchThrowable(() -> update(writes, UPDATE, 11)))
        .isInstanceOf(GuardViolationException.class);

    assertThat(conversation())
        .containsExactly(
            "setAutoCommit(false)",
            "commit()",
            "setAutoCommit(true)",
            "setAutoCommit(false)",
            "rollback()",
            "setAutoCommit(true)");
  }

  @Test
  void aFailingWriteIsUndoneAndItsOwnErrorReachesTheCaller() throws SQLException {
    Writes writes = writes(Dialect.POSTGRES, LIMIT_10, true);
    SQLException failure = new SQLException("value too long", "22001");

    Throwable thrown =
        catchThrowable(
            () ->
                writes.run(
                    Route.MEASURED,
                    List.of(UPDATE),
                    false,
                    update(
                        () -> {
                          throw failure;
                        })));

    assertThat(thrown).isSameAs(failure);
    assertThat(conversation())
        .containsExactly("setAutoCommit(false)", "rollback()", "setAutoCommit(true)");
  }

  // ---------------------------------------------------------------- MySQL and MariaDB

  @Test
  void mysqlReplacesItsSavepointAndNeverReleasesIt() throws SQLException {
    Writes writes = writes(Dialect.MYSQL, LIMIT_10, false);

    update(writes, UPDATE, 3);
    update(writes, UPDATE, 4);
    assertThat(catchThrowable(() -> update(writes, UPDATE, 40)))
        .isInstanceOf(GuardViolationException.class);

    assertThat(conversation())
        .containsExactly(
            "createStatement()",
            "execute(SAVEPOINT jdbc_guard)",
            "execute(SAVEPOINT jdbc_guard)",
            "execute(SAVEPOINT jdbc_guard)",
            "execute(ROLLBACK TO SAVEPOINT jdbc_guard)");
  }

  @Test
  void mysqlInAutoCommitModeUsesStartTransaction() throws SQLException {
    Writes writes = writes(Dialect.MYSQL, LIMIT_10, true);

    update(writes, UPDATE, 3);
    assertThat(catchThrowable(() -> update(writes, UPDATE, 40)))
        .isInstanceOf(GuardViolationException.class);

    assertThat(conversation())
        .containsExactly(
            "createStatement()",
            "execute(START TRANSACTION)",
            "execute(COMMIT)",
            "execute(START TRANSACTION)",
            "execute(ROLLBACK)");
  }

  @Test
  void otherDatabasesUseTheJdbcSavepointApi() throws SQLException {
    Writes writes = writes(Dialect.GENERIC, LIMIT_10, false);

    update(writes, UPDATE, 3);

    assertThat(conversation()).hasSize(2);
    assertThat(conversation().get(0)).isEqualTo("setSavepoint()");
    assertThat(conversation().get(1)).startsWith("releaseSavepoint(");
  }

  // ---------------------------------------------------------------- modes

  @Test
  void sandboxModeRunsOnceAndAlwaysRollsBack() throws SQLException {
    Writes writes =
        writes(Dialect.POSTGRES, new WritePolicy(10, Action.BLOCK, Mode.SANDBOX, Set.of()), false);
    Entry insert = entry(StatementKind.INSERT, "INSERT INTO t VALUES (1)");

    assertThat(update(writes, insert, 1)).isEqualTo(1);

    assertThat(runs).hasValue(1);
    assertThat(conversation())
        .containsExactly(
            "createStatement()",
            "execute(SAVEPOINT jdbc_guard)",
            "execute(ROLLBACK TO SAVEPOINT jdbc_guard; RELEASE SAVEPOINT jdbc_guard)");
  }

  @Test
  void aDryRunWithinTheLimitRehearsesThenRunsForReal() throws SQLException {
    Writes writes =
        writes(
            Dialect.POSTGRES,
            new WritePolicy(10, Action.BLOCK, Mode.ENFORCE, Set.of(StatementKind.INSERT)),
            true);
    Entry insert = entry(StatementKind.INSERT, "INSERT INTO t VALUES (1)");

    assertThat(update(writes, insert, 1)).isEqualTo(1);

    assertThat(runs).hasValue(2);
    assertThat(conversation())
        .containsExactly("setAutoCommit(false)", "rollback()", "setAutoCommit(true)");
  }

  @Test
  void aDryRunOverTheLimitRunsOnceAndIsRefused() {
    Writes writes =
        writes(
            Dialect.POSTGRES,
            new WritePolicy(10, Action.BLOCK, Mode.ENFORCE, Set.of(StatementKind.UPDATE)),
            true);

    Throwable refused = catchThrowable(() -> update(writes, UPDATE, 11));

    assertThat(refused)
        .isInstanceOf(GuardViolationException.class)
        .hasMessageStartingWith("[row-limit] Dry run:");
    assertThat(runs).hasValue(1);
  }

  @Test
  void mysqlDdlIsNeverRehearsedOrSandboxed() {
    Entry create = entry(StatementKind.DDL, "CREATE TABLE t (id INT)");
    for (WritePolicy policy :
        List.of(
            new WritePolicy(10, Action.BLOCK, Mode.ENFORCE, Set.of(StatementKind.DDL)),
            new WritePolicy(10, Action.BLOCK, Mode.SANDBOX, Set.of()))) {
      Writes writes = writes(Dialect.MYSQL, policy, true);

      Throwable refused = catchThrowable(() -> update(writes, create, 0));

      assertThat(refused)
          .isInstanceOf(GuardViolationException.class)
          .hasMessageStartingWith("[cannot-roll-back]")
          .hasMessageContaining("commits DDL implicitly");
    }
    assertThat(runs).hasValue(0);
    assertThat(conversation()).isEmpty();
  }

  @Test
  void underRowLimitWarnAnOverLimitWriteLandsWithoutASavepoint() throws SQLException {
    Writes writes =
        writes(Dialect.POSTGRES, new WritePolicy(10, Action.WARN, Mode.ENFORCE, Set.of()), false);

    assertThat(update(writes, UPDATE, 500)).isEqualTo(500);

    assertThat(conversation()).isEmpty();
  }

  // ---------------------------------------------------------------- batches

  private long[] batch(Writes writes, List<Entry> entries, long[] counts) throws SQLException {
    Statement statement = database.stub(Statement.class);
    return writes.run(
        Route.MEASURED,
        entries,
        true,
        Shapes.LARGE_BATCH.of(
            () -> {
              runs.incrementAndGet();
              return counts;
            },
            results(statement),
            null,
            false));
  }

  @Test
  void aBatchIsMeasuredPerStatementAndInTotalCountingOnlyLimitedKinds() throws SQLException {
    Writes writes = writes(Dialect.POSTGRES, LIMIT_10, true);
    Entry insert = entry(StatementKind.INSERT, "INSERT INTO t VALUES (1)");

    assertThat(batch(writes, List.of(UPDATE, insert, UPDATE), new long[] {5, 100, 5}))
        .containsExactly(5, 100, 5);
    GuardViolationException refused =
        catchThrowableOfType(
            GuardViolationException.class,
            () -> batch(writes, List.of(UPDATE, insert, UPDATE), new long[] {5, 100, 6}));

    assertThat(refused.getMessage()).contains("11 rows in total (statement 3 alone 6)");
  }

  @Test
  void successNoInfoInALimitedBatchIsRefusedUnlessTheDriverReportsTheTotal() throws SQLException {
    Writes postgres = writes(Dialect.POSTGRES, LIMIT_10, true);
    GuardViolationException refused =
        catchThrowableOfType(
            GuardViolationException.class,
            () ->
                postgres.run(
                    Route.MEASURED,
                    List.of(UPDATE.times(2)),
                    true,
                    Shapes.BATCH.of(
                        () -> new int[] {Statement.SUCCESS_NO_INFO, Statement.SUCCESS_NO_INFO},
                        results(database.stub(Statement.class)),
                        null,
                        false)));
    assertThat(refused.getMessage()).contains("SUCCESS_NO_INFO").contains("useBulkStmts=false");

    database.answer("getLargeUpdateCount", 7L);
    Writes mysql = writes(Dialect.MYSQL, LIMIT_10, true);
    int[] counts =
        mysql.run(
            Route.MEASURED,
            List.of(UPDATE.times(2)),
            true,
            Shapes.BATCH.of(
                () -> new int[] {Statement.SUCCESS_NO_INFO, Statement.SUCCESS_NO_INFO},
                results(database.stub(Statement.class)),
                null,
                true));
    assertThat(counts).containsExactly(Statement.SUCCESS_NO_INFO, Statement.SUCCESS_NO_INFO);
  }

  @Test
  void aStringOfSeveralStatementsWithALimitedWriteIsRefusedBeforeItRuns() {
    Writes writes = writes(Dialect.POSTGRES, LIMIT_10, true);
    Verdict two =
        Verdict.of(
            List.of(), List.of(StatementKind.UPDATE, StatementKind.UPDATE), "UPDATE; UPDATE");

    Throwable refused =
        catchThrowable(
            () -> update(writes, Entry.of("UPDATE a; UPDATE b", two, Route.MEASURED, true), 1));

    assertThat(refused)
        .isInstanceOf(GuardViolationException.class)
        .hasMessageContaining("one statement per execute call");
    assertThat(runs).hasValue(0);
    assertThat(conversation()).isEmpty();
  }
}
