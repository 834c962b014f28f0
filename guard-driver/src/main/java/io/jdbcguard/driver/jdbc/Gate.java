package io.jdbcguard.driver.jdbc;

import io.jdbcguard.driver.GuardViolationException;
import io.jdbcguard.driver.SqlStates;
import io.jdbcguard.driver.approval.ApprovalGate;
import io.jdbcguard.driver.audit.AuditLog;
import io.jdbcguard.driver.config.WritePolicy;
import io.jdbcguard.rules.Dialect;
import io.jdbcguard.rules.GuardEngine;
import io.jdbcguard.rules.Profile;
import io.jdbcguard.rules.ScriptState;
import io.jdbcguard.rules.ScriptStep;
import io.jdbcguard.rules.StatementKind;
import io.jdbcguard.rules.Verdict;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;

/**
 * The one interception point: every JDBC method that takes SQL (or runs SQL checked at prepare
 * time) hands the SQL and a lambda for the real call to the gate. The gate asks the engine (a
 * cached verdict is one map lookup), writes the audit event, throws {@link GuardViolationException}
 * for a refused statement without touching the database, and then either runs the call directly or
 * hands it to the {@link WriteExecution} strategy: UPDATE, DELETE and MERGE under the row limit,
 * dry runs, sandbox mode.
 *
 * <p>The direct path (reads, INSERT, DDL, and every statement when nothing is measured) is the
 * verdict lookup, a few comparisons on the verdict's statement kinds, and the call: no savepoint,
 * no boxing. One gate per guarded connection.
 */
public final class Gate {

  /** A JDBC call returning a reference. */
  @FunctionalInterface
  interface Call<T> {
    T call() throws SQLException;
  }

  /** A JDBC call returning an {@code int} (update counts). */
  @FunctionalInterface
  interface IntCall {
    int call() throws SQLException;
  }

  /** A JDBC call returning a {@code long} (large update counts). */
  @FunctionalInterface
  interface LongCall {
    long call() throws SQLException;
  }

  /** A JDBC call returning a {@code boolean} ({@code execute}). */
  @FunctionalInterface
  interface BooleanCall {
    boolean call() throws SQLException;
  }

  /** A JDBC call returning nothing ({@code addBatch}). */
  @FunctionalInterface
  interface VoidCall {
    void call() throws SQLException;
  }

  private final GuardEngine engine;
  private final AuditLog audit;
  private final String connectionId;
  private final WriteExecution writes;

  /**
   * Sandbox mode only: an engine of the read-only profile, whose {@code read-only} rule spots
   * writes hidden in reads ({@code SELECT ... INTO}, {@code nextval}, advisory locks, {@code FOR
   * UPDATE}), so that they are sandboxed too. Null otherwise.
   */
  private final GuardEngine hiddenWrites;

  /** True when the policy runs rules that read the script state (the migration profile). */
  private final boolean tracksScript;

  /**
   * What this connection's statements so far tell the migration rules (tables created in the
   * current transaction, an open BEGIN block, ...): the driver sees a migration one execute call
   * at a time, so it threads the state the way {@code checkScript} does for a file. Reset at every
   * transaction boundary. Only used when {@link #tracksScript}.
   */
  private ScriptState scriptState = ScriptState.UNKNOWN;

  /** The human approval gate, and the approvals table's protection (guard.approvals). */
  private final ApprovalGate approvals;

  private Gate(
      GuardEngine engine,
      AuditLog audit,
      String connectionId,
      WriteExecution writes,
      GuardEngine hiddenWrites,
      ApprovalGate approvals) {
    this.engine = Objects.requireNonNull(engine, "engine");
    this.audit = Objects.requireNonNull(audit, "audit");
    this.connectionId = Objects.requireNonNull(connectionId, "connectionId");
    this.writes = Objects.requireNonNull(writes, "writes");
    this.hiddenWrites = hiddenWrites;
    this.tracksScript = engine.tracksScriptState();
    this.approvals = approvals == null ? ApprovalGate.off(audit, connectionId) : approvals;
  }

  /**
   * The gate of one guarded connection.
   *
   * @param raw the real driver's connection, on which measured writes open their savepoints
   * @param writes the row limit, mode and dry-run routing
   */
  public static Gate create(
      GuardEngine engine, AuditLog audit, String connectionId, Connection raw, WritePolicy writes) {
    return create(engine, audit, connectionId, raw, writes, null);
  }

  /**
   * @param hiddenWrites in sandbox mode, an engine of the read-only profile (same dialect) that
   *     tells reads which write apart; null otherwise
   */
  public static Gate create(
      GuardEngine engine,
      AuditLog audit,
      String connectionId,
      Connection raw,
      WritePolicy writes,
      GuardEngine hiddenWrites) {
    return create(engine, audit, connectionId, raw, writes, hiddenWrites, null);
  }

  /** @param approvals the connection's approval gate; null for {@code guard.approvals=off} */
  public static Gate create(
      GuardEngine engine,
      AuditLog audit,
      String connectionId,
      Connection raw,
      WritePolicy writes,
      GuardEngine hiddenWrites,
      ApprovalGate approvals) {
    return new Gate(
        engine,
        audit,
        connectionId,
        new WriteExecution(raw, writes, engine.policy().dialect(), audit, connectionId),
        writes.sandbox() ? hiddenWrites : null,
        approvals);
  }

  /** The connection's human approval gate. */
  public ApprovalGate approvals() {
    return approvals;
  }

  /** The engine deciding for this connection (shared by connections with the same policy). */
  public GuardEngine engine() {
    return engine;
  }

  /** The id this connection's events carry in the audit log. */
  public String connectionId() {
    return connectionId;
  }

  // ---------------------------------------------------------------- SQL given at the call

  ResultSet query(String sql, GuardedStatement owner, Call<ResultSet> call) throws SQLException {
    Verdict verdict = check(sql);
    Route route = route(sql, verdict);
    return route == Route.DIRECT
        ? call.call()
        : query(entry(sql, verdict, route, true), call, owner);
  }

  int update(String sql, IntCall call) throws SQLException {
    Verdict verdict = check(sql);
    Route route = route(sql, verdict);
    return route == Route.DIRECT ? call.call() : update(entry(sql, verdict, route, true), call);
  }

  long largeUpdate(String sql, LongCall call) throws SQLException {
    Verdict verdict = check(sql);
    Route route = route(sql, verdict);
    return route == Route.DIRECT
        ? call.call()
        : largeUpdate(entry(sql, verdict, route, true), call);
  }

  boolean execute(String sql, GuardedStatement owner, BooleanCall call) throws SQLException {
    Verdict verdict = check(sql);
    Route route = route(sql, verdict);
    return route == Route.DIRECT
        ? call.call()
        : execute(entry(sql, verdict, route, true), owner, call);
  }

  /** Checks at add time: a refused statement never enters the batch. */
  void addBatch(String sql, Batch batch, VoidCall call) throws SQLException {
    Verdict verdict = check(sql);
    call.call();
    batch.add(entry(sql, verdict, route(sql, verdict), false));
  }

  /** Checks at prepare time and returns what the prepared statement keeps. */
  Entry prepare(String sql) throws SQLException {
    Verdict verdict = check(sql, false);
    return entry(sql, verdict, route(sql, verdict), false);
  }

  // ---------------------------------------------------------------- SQL checked before

  ResultSet query(Entry entry, Call<ResultSet> call, GuardedStatement owner) throws SQLException {
    if (entry.transactionControl()) {
      writes.transactionBoundary();
    }
    if (entry.route() == Route.DIRECT) {
      return call.call();
    }
    return writes.run(
        entry.route(),
        List.of(entry),
        false,
        Executions.query(owner.delegate(), call, RowBuffer.returned(entry.verdict())));
  }

  int update(Entry entry, IntCall call) throws SQLException {
    if (entry.transactionControl()) {
      writes.transactionBoundary();
    }
    if (entry.route() == Route.DIRECT) {
      return call.call();
    }
    return writes.run(entry.route(), List.of(entry), false, Executions.update(call));
  }

  long largeUpdate(Entry entry, LongCall call) throws SQLException {
    if (entry.transactionControl()) {
      writes.transactionBoundary();
    }
    if (entry.route() == Route.DIRECT) {
      return call.call();
    }
    return writes.run(entry.route(), List.of(entry), false, Executions.largeUpdate(call));
  }

  boolean execute(Entry entry, GuardedStatement owner, BooleanCall call) throws SQLException {
    if (entry.transactionControl()) {
      writes.transactionBoundary();
    }
    if (entry.route() == Route.DIRECT) {
      return call.call();
    }
    return writes.run(
        entry.route(),
        List.of(entry),
        false,
        Executions.execute(owner, call, RowBuffer.returned(entry.verdict())));
  }

  int[] batch(GuardedStatement owner, Batch batch, Call<int[]> call) throws SQLException {
    Route route = batch.route();
    if (batch.transactionControl()) {
      writes.transactionBoundary();
    }
    List<Entry> entries = batch.drain();
    if (route == Route.DIRECT) {
      return call.call();
    }
    return runBatch(
        owner, route, entries, Executions.batch(owner.delegate(), call, driverTotals()));
  }

  long[] largeBatch(GuardedStatement owner, Batch batch, Call<long[]> call) throws SQLException {
    Route route = batch.route();
    if (batch.transactionControl()) {
      writes.transactionBoundary();
    }
    List<Entry> entries = batch.drain();
    if (route == Route.DIRECT) {
      return call.call();
    }
    return runBatch(
        owner, route, entries, Executions.largeBatch(owner.delegate(), call, driverTotals()));
  }

  /**
   * A refused batch is emptied in the driver too: the guard has forgotten its entries, so they must
   * not run later unmeasured.
   */
  private <R> R runBatch(
      GuardedStatement owner, Route route, List<Entry> entries, Execution<R> execution)
      throws SQLException {
    try {
      return writes.run(route, entries, true, execution);
    } catch (GuardViolationException e) {
      try {
        owner.delegate().clearBatch();
      } catch (SQLException clear) {
        e.addSuppressed(clear);
      }
      throw e;
    }
  }

  /**
   * A row written through an updatable result set ({@code insertRow}, {@code updateRow}, {@code
   * deleteRow}): the real driver builds that SQL itself, so the guard cannot check it. Refused and
   * audited; under the audit profile a warning, and the write runs.
   */
  void rowWrite(String operation, StatementKind kind, VoidCall call) throws SQLException {
    Verdict verdict = Refusals.rowWrite(operation, kind);
    if (engine.policy().profile() == Profile.AUDIT) {
      audit.warned(verdict, 0, connectionId);
      call.call();
      return;
    }
    audit.refused(verdict, 0, connectionId);
    throw new GuardViolationException(verdict);
  }

  /** True under {@code guard.profile=read-only}: the connection must stay read-only. */
  boolean readOnlyProfile() {
    return engine.policy().profile() == Profile.READ_ONLY;
  }

  /** MariaDB Connector/J reports a bulk batch's total through getUpdateCount(). */
  private boolean driverTotals() {
    return writes.database() == Dialect.MYSQL;
  }

  /** The strategy's route, and in sandbox mode also for reads that write. */
  private Route route(String sql, Verdict verdict) {
    Route route = writes.route(verdict);
    if (route == Route.DIRECT && hiddenWrites != null && onlyReads(verdict)) {
      return hiddenWrites.check(sql).ruleIds().contains("read-only") ? Route.SANDBOX : route;
    }
    return route;
  }

  private static boolean onlyReads(Verdict verdict) {
    if (verdict.kinds().isEmpty()) {
      return false;
    }
    for (StatementKind kind : verdict.kinds()) {
      if (kind != StatementKind.QUERY) {
        return false;
      }
    }
    return true;
  }

  private static Entry entry(String sql, Verdict verdict, Route route, boolean explainable) {
    return Entry.of(sql, verdict, route, explainable);
  }

  /**
   * The caller ended its transaction or touched savepoints (commit, rollback, setSavepoint,
   * releaseSavepoint, setAutoCommit, close): see {@link Transactions#forget()}.
   */
  void transactionBoundary() {
    writes.transactionBoundary();
    if (tracksScript) {
      synchronized (this) {
        scriptState = ScriptState.UNKNOWN;
      }
    }
  }

  // ---------------------------------------------------------------- the decision

  /**
   * Returns the verdict if {@code sql} may run (allow, warn or dry-run), after auditing the
   * decision.
   *
   * @throws GuardViolationException if the verdict is block
   * @throws SQLException if {@code sql} is null or the engine failed (fail closed)
   */
  Verdict check(String sql) throws SQLException {
    return check(sql, true);
  }

  /** @param once false when the statement is prepared for later runs (no approval covers those) */
  private Verdict check(String sql, boolean once) throws SQLException {
    if (sql == null) {
      throw new SQLException("jdbc-guard: the SQL string is null", SqlStates.NULL_SQL);
    }
    long start = System.nanoTime();
    Verdict verdict = approvals.review(sql, verdictFor(sql), once);
    long nanos = System.nanoTime() - start;
    switch (verdict.action()) {
      case ALLOW:
        audit.allowed(verdict, nanos, connectionId);
        return verdict;
      case WARN:
        audit.warned(verdict, nanos, connectionId);
        return verdict;
      case DRY_RUN:
        audit.routedToDryRun(verdict, nanos, connectionId);
        return verdict;
      default:
        audit.refused(verdict, nanos, connectionId);
        throw new GuardViolationException(verdict);
    }
  }

  private Verdict verdictFor(String sql) throws SQLException {
    try {
      return tracksScript ? nextStep(sql) : engine.check(sql);
    } catch (RuntimeException | StackOverflowError e) {
      // The engine promises never to throw; if it does anyway, nothing is sent.
      throw new SQLException(
          "jdbc-guard: the rule engine failed, so the statement was not sent: " + e,
          SqlStates.ENGINE_FAILURE,
          e);
    }
  }

  /**
   * The verdict in this connection's script state; the state moves on when the statement will be
   * sent (a refused statement changes nothing).
   */
  private synchronized Verdict nextStep(String sql) {
    ScriptStep step = engine.checkStep(sql, scriptState);
    if (!step.verdict().isBlocked()) {
      scriptState = step.after();
    }
    return step.verdict();
  }
}
