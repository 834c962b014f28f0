package io.jdbcguard.driver.jdbc;

import io.jdbcguard.driver.GuardViolationException;
import io.jdbcguard.driver.audit.AuditLog;
import io.jdbcguard.driver.config.WritePolicy;
import io.jdbcguard.rules.Action;
import io.jdbcguard.rules.Dialect;
import io.jdbcguard.rules.StatementKind;
import io.jdbcguard.rules.Verdict;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;

/**
 * The execution strategy for allowed writes that must be measured: the row limit, dry runs and
 * sandbox mode. One per guarded connection; the {@link Gate} decides the {@link Route} and hands
 * the call over here. Everything runs once: inside a {@link Bracket} (a savepoint, or a transaction
 * the guard opens in auto-commit mode), measured, then kept or rolled back.
 *
 * <ul>
 *   <li>{@link Route#MEASURED}: an UPDATE, DELETE or MERGE is kept if it changed at most {@code
 *       guard.maxAffectedRows} rows, else rolled back and refused ({@code row-limit}).
 *   <li>{@link Route#DRY_RUN}: the statement is run, measured (with its plan from EXPLAIN where the
 *       database has one) and rolled back; then it runs for real only if the limit held. A batch
 *       cannot run twice, so its dry run is kept when the limit holds.
 *   <li>{@link Route#SANDBOX}: the write is run, measured and always rolled back; the caller gets
 *       the real counts and results.
 * </ul>
 *
 * <p>Statements the database cannot roll back (DDL on MySQL/MariaDB, which commits implicitly, or
 * transaction control inside the string) are never run under a savepoint that pretends to undo
 * them: a dry run or sandboxed run of them is refused ({@code cannot-roll-back}).
 */
final class WriteExecution {

  private final Connection raw;
  private final WritePolicy policy;

  /** The guard.dialect: the family assumed until the connection says what it is. */
  private final Dialect dialect;

  /** The real database's family (postgres, mysql, or generic for any other), read lazily. */
  private Dialect database;

  /** Opens savepoints the real database's way; created with the first measured write. */
  private Transactions transactions;

  private final AuditLog audit;
  private final String connectionId;
  private final boolean limits;
  private final boolean sandbox;
  private final boolean dryRunByKind;

  WriteExecution(
      Connection raw, WritePolicy policy, Dialect dialect, AuditLog audit, String connectionId) {
    this.raw = Objects.requireNonNull(raw, "raw");
    this.policy = Objects.requireNonNull(policy, "policy");
    this.dialect = Objects.requireNonNull(dialect, "dialect");
    this.audit = Objects.requireNonNull(audit, "audit");
    this.connectionId = Objects.requireNonNull(connectionId, "connectionId");
    this.limits = policy.limitsRows();
    this.sandbox = policy.sandbox();
    this.dryRunByKind = !policy.dryRunKinds().isEmpty();
  }

  /**
   * How a statement with this (allowed, warned or dry-run) verdict runs. One pass over the
   * statement kinds; transaction control also tells the {@link Transactions} that the caller is
   * about to end its transaction or touch savepoints.
   */
  Route route(Verdict verdict) {
    List<StatementKind> kinds = verdict.kinds();
    boolean dryRun = verdict.action() == Action.DRY_RUN;
    boolean limited = false;
    boolean writes = false;
    for (int i = 0; i < kinds.size(); i++) {
      StatementKind kind = kinds.get(i);
      switch (kind) {
        case QUERY:
        case SESSION:
          break;
        case TRANSACTION:
          transactionBoundary();
          break;
        case UPDATE:
        case DELETE:
        case MERGE:
          limited = true;
          writes = true;
          break;
        default:
          writes = true;
          break;
      }
      if (dryRunByKind && policy.dryRunKinds().contains(kind)) {
        dryRun = true;
      }
    }
    if (sandbox) {
      return dryRun || writes ? Route.SANDBOX : Route.DIRECT;
    }
    if (dryRun) {
      return Route.DRY_RUN;
    }
    return limits && limited ? Route.MEASURED : Route.DIRECT;
  }

  /**
   * The caller ended its transaction or worked with savepoints (JDBC calls, or transaction-control
   * SQL that is about to run): a savepoint the guard left open can no longer be released by name.
   */
  void transactionBoundary() {
    if (transactions != null) {
      transactions.forget();
    }
  }

  /**
   * The family of the database the raw connection talks to, from its metadata ({@code
   * getDatabaseProductName()}), not from {@code guard.dialect}: H2 read as PostgreSQL still commits
   * DDL implicitly. The dialect stands in if the driver does not say.
   */
  Dialect database() {
    if (database == null) {
      database = DatabaseFamily.of(raw, dialect);
    }
    return database;
  }

  private Transactions transactions() {
    if (transactions == null) {
      transactions = Transactions.of(raw, database());
    }
    return transactions;
  }

  /**
   * Runs a call that {@link #route} did not send {@link Route#DIRECT}.
   *
   * @param entries what runs: one entry, or a batch's entries
   * @param batch true for {@code executeBatch}/{@code executeLargeBatch}
   */
  <R> R run(Route route, List<Entry> entries, boolean batch, Execution<R> execution)
      throws SQLException {
    switch (route) {
      case MEASURED:
        return measured(entries, batch, execution);
      case DRY_RUN:
        return dryRun(entries, batch, execution);
      case SANDBOX:
        return sandboxed(entries, batch, execution);
      default:
        return execution.run(Execution.UNMEASURED).result();
    }
  }

  /** Audits a write the guard refused or let through without measuring its rows. */
  private void unmeasured(String outcome, Verdict verdict, String rule, long limit) {
    audit.measured(outcome, true, verdict, rule, -1, limit, null, connectionId);
  }

  // ---------------------------------------------------------------- the row limit

  private <R> R measured(List<Entry> entries, boolean batch, Execution<R> execution)
      throws SQLException {
    long limit = policy.maxAffectedRows();
    for (Entry entry : entries) {
      Verdict verdict = entry.verdict();
      String why =
          verdict.kinds().size() > 1 && Tally.limited(verdict)
              ? Refusals.MULTI_STATEMENT
              : irreversible(verdict);
      if (why != null) {
        if (policy.rowLimit() == Action.WARN) {
          unmeasured("over-limit", entry.verdict(), Refusals.ROW_LIMIT, limit);
          return execution.run(Execution.UNMEASURED).result();
        }
        unmeasured("refused", entry.verdict(), Refusals.ROW_LIMIT, limit);
        throw Refusals.unmeasurable(Refusals.How.LIMIT, entry, batch, why, false);
      }
    }
    if (policy.rowLimit() == Action.WARN) {
      Measured<R> measured = execution.run(Long.MAX_VALUE);
      Tally tally = Tally.of(measured.rows(), entries, false);
      if (!tally.within(limit)) {
        Entry offending = offending(entries, tally);
        audit.measured(
            "over-limit",
            true,
            offending.verdict(),
            Refusals.ROW_LIMIT,
            tally.total(),
            limit,
            null,
            connectionId);
      }
      return measured.result();
    }
    Bracket bracket = transactions().open();
    Measured<R> measured = inside(bracket, execution, bound(limit));
    Tally tally = Tally.of(measured.rows(), entries, false);
    if (!tally.within(limit)) {
      bracket.undo(null);
      throw overLimit(Refusals.How.LIMIT, entries, batch, tally, limit, null, true);
    }
    bracket.keep();
    return measured.result();
  }

  // ---------------------------------------------------------------- dry runs

  private <R> R dryRun(List<Entry> entries, boolean batch, Execution<R> execution)
      throws SQLException {
    long limit = policy.rowLimit() == Action.ALLOW ? 0 : policy.maxAffectedRows();
    for (Entry entry : entries) {
      String why = irreversible(entry.verdict());
      if (why != null) {
        if (policy.rowLimit() == Action.WARN) {
          unmeasured("not-rehearsed", entry.verdict(), Refusals.CANNOT_ROLL_BACK, limit);
          return forReal(entries, batch, execution);
        }
        unmeasured("refused", entry.verdict(), Refusals.CANNOT_ROLL_BACK, limit);
        throw Refusals.cannotRollBack(Refusals.How.DRY_RUN, entry, why);
      }
      if (entry.verdict().kinds().size() > 1) {
        if (policy.rowLimit() == Action.WARN) {
          unmeasured("over-limit", entry.verdict(), Refusals.ROW_LIMIT, limit);
          return forReal(entries, batch, execution);
        }
        unmeasured("refused", entry.verdict(), Refusals.ROW_LIMIT, limit);
        throw Refusals.unmeasurable(
            Refusals.How.DRY_RUN, entry, batch, Refusals.MULTI_STATEMENT, false);
      }
    }
    Entry first = entries.get(0);
    Bracket bracket = transactions().open();
    String plan = null;
    if (!batch
        && first.explainable()
        && Plans.available(database())
        && explainable(first.verdict())) {
      try {
        plan = Plans.explain(raw, database(), first.sql());
      } catch (SQLException e) {
        bracket.undo(e); // PostgreSQL: a failed EXPLAIN aborts the transaction; start clean
        plan = "unavailable (SQLState " + e.getSQLState() + ")";
        bracket = transactions().open();
      }
    }
    Measured<R> measured = inside(bracket, execution, bound(limit));
    Tally tally = Tally.of(measured.rows(), entries, true);
    boolean within = tally.within(limit);
    if (!execution.repeatable()) {
      if (within || policy.rowLimit() == Action.WARN) {
        bracket.keep(); // a batch cannot run twice: its dry run is its run
        audit.measured(
            within ? "dry-run" : "over-limit",
            !within,
            first.verdict(),
            within ? null : Refusals.ROW_LIMIT,
            tally.total(),
            limit,
            plan,
            connectionId);
        return measured.result();
      }
      bracket.undo(null);
      throw overLimit(Refusals.How.DRY_RUN, entries, batch, tally, limit, plan, true);
    }
    bracket.undo(null);
    if (!within) {
      if (policy.rowLimit() != Action.WARN) {
        throw overLimit(Refusals.How.DRY_RUN, entries, batch, tally, limit, plan, true);
      }
      audit.measured(
          "over-limit",
          true,
          first.verdict(),
          Refusals.ROW_LIMIT,
          tally.total(),
          limit,
          plan,
          connectionId);
    } else {
      audit.measured(
          "dry-run", false, first.verdict(), null, tally.total(), limit, plan, connectionId);
    }
    return forReal(entries, batch, execution);
  }

  /** The real run after a dry run: within the row limit if it is an UPDATE, DELETE or MERGE. */
  private <R> R forReal(List<Entry> entries, boolean batch, Execution<R> execution)
      throws SQLException {
    if (limits) {
      for (Entry entry : entries) {
        if (Tally.limited(entry.verdict())) {
          return measured(entries, batch, execution);
        }
      }
    }
    return execution.run(Execution.UNMEASURED).result();
  }

  // ---------------------------------------------------------------- sandbox mode

  private <R> R sandboxed(List<Entry> entries, boolean batch, Execution<R> execution)
      throws SQLException {
    long limit = limits ? policy.maxAffectedRows() : 0;
    for (Entry entry : entries) {
      String why = irreversible(entry.verdict());
      if (why != null) {
        unmeasured("refused", entry.verdict(), Refusals.CANNOT_ROLL_BACK, limit);
        throw Refusals.cannotRollBack(Refusals.How.SANDBOX, entry, why);
      }
      if (limits
          && policy.rowLimit() == Action.BLOCK
          && entry.verdict().kinds().size() > 1
          && Tally.limited(entry.verdict())) {
        unmeasured("refused", entry.verdict(), Refusals.ROW_LIMIT, limit);
        throw Refusals.unmeasurable(
            Refusals.How.SANDBOX, entry, batch, Refusals.MULTI_STATEMENT, false);
      }
    }
    Bracket bracket = transactions().open();
    Measured<R> measured = inside(bracket, execution, Long.MAX_VALUE);
    bracket.undo(null);
    Tally all = Tally.of(measured.rows(), entries, true);
    audit.measured(
        "sandboxed",
        false,
        entries.get(0).verdict(),
        null,
        all.unknown() == null ? all.total() : -1,
        limit,
        null,
        connectionId);
    if (limits) {
      Tally tally = Tally.of(measured.rows(), entries, false);
      if (!tally.within(limit)) {
        if (policy.rowLimit() == Action.BLOCK) {
          throw overLimit(Refusals.How.SANDBOX, entries, batch, tally, limit, null, true);
        }
        audit.measured(
            "over-limit",
            true,
            offending(entries, tally).verdict(),
            Refusals.ROW_LIMIT,
            tally.total(),
            limit,
            null,
            connectionId);
      }
    }
    return measured.result();
  }

  // ---------------------------------------------------------------- helpers

  /** Audits and builds the refusal of a write whose rows are over the limit or unknown. */
  private GuardViolationException overLimit(
      Refusals.How how,
      List<Entry> entries,
      boolean batch,
      Tally tally,
      long limit,
      String plan,
      boolean ran) {
    Entry offending = offending(entries, tally);
    audit.measured(
        "refused",
        true,
        offending.verdict(),
        Refusals.ROW_LIMIT,
        tally.unknown() == null ? tally.total() : -1,
        limit,
        plan,
        connectionId);
    return tally.unknown() != null
        ? Refusals.unmeasurable(how, offending, batch, tally.unknown(), ran)
        : Refusals.overLimit(how, offending, batch, tally, limit, plan);
  }

  private static <R> Measured<R> inside(Bracket bracket, Execution<R> execution, long bound)
      throws SQLException {
    try {
      return execution.run(bound);
    } catch (SQLException | RuntimeException | Error e) {
      bracket.undo(e);
      throw e;
    }
  }

  /** The entry that ran the statement with the most rows (the first outside batches). */
  private static Entry offending(List<Entry> entries, Tally tally) {
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
  private static long bound(long limit) {
    return limit <= 0 || limit == Long.MAX_VALUE ? Long.MAX_VALUE : limit + 1;
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

  /** Data changes have a plan; DDL and CALL do not. */
  private static boolean explainable(Verdict verdict) {
    return verdict.kinds().size() == 1 && verdict.kinds().get(0).isDataChange();
  }
}
