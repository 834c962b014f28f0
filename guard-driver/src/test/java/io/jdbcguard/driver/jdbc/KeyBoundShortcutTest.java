package io.jdbcguard.driver.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.jdbcguard.driver.config.WritePolicy;
import io.jdbcguard.driver.jdbc.strategy.Catalog;
import io.jdbcguard.driver.jdbc.strategy.Entry;
import io.jdbcguard.driver.jdbc.strategy.Report;
import io.jdbcguard.driver.jdbc.strategy.Route;
import io.jdbcguard.driver.jdbc.strategy.Strategies;
import io.jdbcguard.driver.jdbc.strategy.TableFacts;
import io.jdbcguard.driver.jdbc.strategy.WriteText;
import io.jdbcguard.driver.testing.Recorder;
import io.jdbcguard.rules.Dialect;
import io.jdbcguard.rules.StatementKind;
import io.jdbcguard.rules.Verdict;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The key-bound shortcut, decided from the table facts: taken when the WHERE provably bounds the
 * rows on a table whose writes change nothing else, not taken otherwise (the conversation with the
 * raw connection shows whether a savepoint was opened).
 */
class KeyBoundShortcutTest {

  private final Recorder database = new Recorder();
  private final Catalog catalog = new Catalog();

  private static TableFacts table(List<String> effects, List<Set<String>> keys, long loadedAt) {
    return new TableFacts("t", true, effects, !effects.isEmpty(), true, null, keys, loadedAt);
  }

  private List<String> run(String sql, int repeat) throws SQLException {
    database.answer("getAutoCommit", false);
    Strategies strategies =
        new Strategies(
            database.stub(Connection.class), WritePolicy.DEFAULT, () -> Dialect.POSTGRES, catalog);
    Verdict verdict = Verdict.of(List.of(), List.of(StatementKind.UPDATE), sql);
    Entry entry =
        Entry.of(sql, verdict, Route.MEASURED, false, WriteText.of(sql, Dialect.POSTGRES))
            .times(repeat);
    if (repeat == 1) {
      strategies
          .of(Route.MEASURED)
          .run(List.of(entry), false, Shapes.UPDATE.of(() -> 1, null, null, false), new Report());
    } else {
      int[] counts = new int[repeat];
      java.util.Arrays.fill(counts, 1);
      Results owner =
          new Results() {
            @Override
            public java.sql.Statement raw() {
              return database.stub(java.sql.Statement.class);
            }

            @Override
            public void replaceResultSet(java.sql.ResultSet raw, java.sql.ResultSet copy) {}

            @Override
            public void discardBatch() {}
          };
      try {
        strategies
            .of(Route.MEASURED)
            .run(
                List.of(entry),
                true,
                Shapes.BATCH.of(() -> counts, owner, null, false),
                new Report());
      } catch (io.jdbcguard.driver.GuardViolationException refused) {
        // over the limit: measured, and refused; the conversation shows the savepoint
      }
    }
    return database.calls().stream()
        .filter(c -> c.contains("SAVEPOINT") || c.contains("setAutoCommit"))
        .toList();
  }

  @Test
  void aWritePinningThePrimaryKeyOfAPlainTableOpensNoSavepoint() throws SQLException {
    catalog.remember("t", table(List.of(), List.of(Set.of("id")), System.nanoTime()));

    assertThat(run("UPDATE t SET v = v + ? WHERE id = ?", 1)).isEmpty();
    assertThat(run("DELETE FROM t WHERE id IN (1, 2, 3)", 1)).isEmpty();
  }

  @Test
  void aBatchOfKeyBoundWritesOverTheLimitInAllIsMeasured() throws SQLException {
    catalog.remember("t", table(List.of(), List.of(Set.of("id")), System.nanoTime()));

    assertThat(run("UPDATE t SET v = 1 WHERE id = ?", 1000)).isEmpty();
    assertThat(run("UPDATE t SET v = 1 WHERE id = ?", 1001)).isNotEmpty();
  }

  @Test
  void aTriggerACascadeOrAKeyNotFullyPinnedMakesItMeasured() throws SQLException {
    catalog.remember("t", table(List.of("1 trigger"), List.of(Set.of("id")), System.nanoTime()));
    assertThat(run("UPDATE t SET v = 1 WHERE id = ?", 1)).isNotEmpty();

    database.clear();
    catalog.remember("t", table(List.of(), List.of(Set.of("a", "b")), System.nanoTime()));
    assertThat(run("UPDATE t SET v = 1 WHERE a = ?", 1)).isNotEmpty();
  }

  @Test
  void aStaleFactIsNotTrusted() throws SQLException {
    catalog.remember(
        "t", table(List.of(), List.of(Set.of("id")), System.nanoTime() - Catalog.MAX_AGE_NANOS));

    // the stub's catalog describes nothing when asked again, so the write is measured
    assertThat(run("UPDATE t SET v = 1 WHERE id = ?", 1)).isNotEmpty();
  }
}
