package io.jdbcguard.driver.jdbc.strategy;

import io.jdbcguard.driver.config.WritePolicy;
import io.jdbcguard.rules.Dialect;
import io.jdbcguard.rules.StatementKind;
import io.jdbcguard.rules.Verdict;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What the strategies of one guarded connection share: the raw connection, the write policy, the
 * real database's family (read lazily) and the {@link Transactions} that open undo boundaries.
 */
final class Session {

  final Connection raw;
  final WritePolicy policy;
  final Catalog catalog;
  private final Supplier<Dialect> family;
  private Dialect database;
  private Transactions transactions;
  private Effects effects;
  private boolean effectsRead;

  Session(Connection raw, WritePolicy policy, Supplier<Dialect> family, Catalog catalog) {
    this.raw = Objects.requireNonNull(raw, "raw");
    this.policy = Objects.requireNonNull(policy, "policy");
    this.family = Objects.requireNonNull(family, "family");
    this.catalog = Objects.requireNonNull(catalog, "catalog");
  }

  /** The row counter of this database, or null where the guard has none. */
  Effects effects() {
    if (!effectsRead) {
      effects = Effects.of(database());
      effectsRead = true;
    }
    return effects;
  }

  /** The facts of the table {@code text} writes, or null (unknown, unreadable). */
  TableFacts facts(WriteText text) {
    return text.table() == null ? null : catalog.lookup(raw, database(), text);
  }

  /** The family of the database the raw connection talks to, asked once. */
  Dialect database() {
    if (database == null) {
      database = family.get();
    }
    return database;
  }

  Transactions transactions() {
    if (transactions == null) {
      transactions = Transactions.of(raw, database());
    }
    return transactions;
  }

  /** Opens the undo boundary for one write. */
  Bracket open() throws SQLException {
    return transactions().open();
  }

  void transactionBoundary() {
    if (transactions != null) {
      transactions.forget();
    }
  }

  /**
   * Why the statement cannot be undone by rolling back to a savepoint, or null if it can.
   * PostgreSQL rolls back DDL; MySQL, MariaDB (and, to be safe, any database not known to do so,
   * such as H2 or Oracle) commit it implicitly.
   */
  String irreversible(Verdict verdict) {
    List<StatementKind> kinds = verdict.kinds();
    if (kinds.contains(StatementKind.TRANSACTION)) {
      return Refusals.TRANSACTION_CONTROL;
    }
    if (database() != Dialect.POSTGRES) {
      if (kinds.contains(StatementKind.DDL)) {
        return Refusals.DDL_COMMITS;
      }
      if (kinds.contains(StatementKind.OTHER)) {
        return Refusals.OTHER_MAY_COMMIT;
      }
      if (kinds.size() > 1 && kinds.contains(StatementKind.SESSION)) {
        return Refusals.SET_MAY_COMMIT;
      }
    }
    return null;
  }

  /** Runs {@code execution} inside {@code bracket}, undoing it if the call fails. */
  static <R> Outcome<R> inside(Bracket bracket, Execution<R> execution, long bound)
      throws SQLException {
    try {
      return execution.run(bound);
    } catch (SQLException | RuntimeException | Error e) {
      bracket.undo(e);
      throw e;
    }
  }

  /** The entry that ran the statement with the most rows (the first outside batches). */
  static Entry offending(List<Entry> entries, Tally tally) {
    int at = tally.largestAt();
    if (at > 0) {
      int position = 0;
      for (Entry entry : entries) {
        position += entry.repeat();
        if (at <= position) {
          return entry.once();
        }
      }
    }
    return entries.get(0).once();
  }

  /** How many rows of a returned result set to read: one more than the limit shows it is over. */
  static long bound(long limit) {
    return limit <= 0 || limit == Long.MAX_VALUE ? Long.MAX_VALUE : limit + 1;
  }

  /** Records and builds the refusal of a write whose rows are over the limit or unknown. */
  static io.jdbcguard.driver.GuardViolationException overLimit(
      Refusals.How how,
      List<Entry> entries,
      boolean batch,
      Tally tally,
      long limit,
      String plan,
      boolean ran,
      Report report) {
    Entry offending = offending(entries, tally);
    report.add(
        "refused",
        true,
        offending.verdict(),
        Refusals.ROW_LIMIT,
        tally.unknown() == null ? tally.total() : -1,
        limit,
        plan);
    return tally.unknown() != null
        ? Refusals.unmeasurable(how, offending, batch, tally.unknown(), ran)
        : Refusals.overLimit(how, offending, batch, tally, limit, plan);
  }
}
