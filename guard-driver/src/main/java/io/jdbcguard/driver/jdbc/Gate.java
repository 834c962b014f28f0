package io.jdbcguard.driver.jdbc;

import io.jdbcguard.driver.GuardViolationException;
import io.jdbcguard.driver.SqlStates;
import io.jdbcguard.driver.approval.ApprovalGate;
import io.jdbcguard.driver.audit.AuditLog;
import io.jdbcguard.driver.config.WritePolicy;
import io.jdbcguard.driver.jdbc.strategy.Catalog;
import io.jdbcguard.driver.jdbc.strategy.Entry;
import io.jdbcguard.driver.jdbc.strategy.Execution;
import io.jdbcguard.driver.jdbc.strategy.Refusals;
import io.jdbcguard.driver.jdbc.strategy.Report;
import io.jdbcguard.driver.jdbc.strategy.Route;
import io.jdbcguard.driver.jdbc.strategy.Strategies;
import io.jdbcguard.driver.reading.StatementReview;
import io.jdbcguard.rules.Dialect;
import io.jdbcguard.rules.GuardEngine;
import io.jdbcguard.rules.Profile;
import io.jdbcguard.rules.ScriptState;
import io.jdbcguard.rules.ScriptStep;
import io.jdbcguard.rules.StatementKind;
import io.jdbcguard.rules.Verdict;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;

/**
 * The one funnel of the write path. Every JDBC method that takes SQL (or runs SQL checked at
 * prepare time) is a one-line call into it, and every call takes the same four steps:
 *
 * <ol>
 *   <li><b>decide</b> ({@link #decide}): the engine's verdict (a cached verdict is one map lookup),
 *       audited; a refused statement throws {@link GuardViolationException} without touching the
 *       database; an allowed one becomes an {@link Entry} with its {@link Route}. A prepared
 *       statement decides once, at prepare time; a batch at each {@code addBatch}.
 *   <li><b>pick a strategy</b> for the route ({@link Strategies#of}): direct, measured, dry run or
 *       sandbox, in the {@code strategy} package, which never sees the statement objects.
 *   <li><b>run</b> the caller's real call, shaped by a {@link Shape} so that the strategy can tell
 *       what it changed.
 *   <li><b>audit</b> what the strategy measured, once, here ({@link #audit(Report)}).
 * </ol>
 *
 * <p>The direct path (reads, INSERT, DDL, and every statement when nothing is measured) is the
 * verdict lookup, a few comparisons on the verdict's statement kinds, and the call: no savepoint,
 * no report. One gate per guarded connection.
 */
public final class Gate {

  /** The caller's real JDBC call. */
  @FunctionalInterface
  interface Call<T> {
    T call() throws SQLException;
  }

  /** A JDBC call returning nothing ({@code addBatch}, row writes). */
  @FunctionalInterface
  interface VoidCall {
    void call() throws SQLException;
  }

  private final GuardEngine engine;
  private final AuditLog audit;
  private final String connectionId;
  private final Strategies strategies;

  /** The lexer's dialect, for reading what a write's text says about its effect. */
  private final Dialect dialect;

  /**
   * The driver's own checks on each string ({@code ambiguous-split}, {@code protected-database}):
   * what the real driver and the real database will make of it.
   */
  private final StatementReview review;

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
   * at a time, so it threads the state the way {@code checkScript} does for the files of a folder:
   * a commit ends one migration ({@link #committed()}), a rollback returns to the last commit.
   * Only used when {@link #tracksScript}.
   */
  private ScriptState scriptState = ScriptState.UNKNOWN;

  /** The script state as of the caller's last commit, which a rollback returns to. */
  private ScriptState committedState = ScriptState.UNKNOWN;

  /** The human approval gate, and the approvals table's protection (guard.approvals). */
  private final ApprovalGate approvals;

  private Gate(
      GuardEngine engine,
      AuditLog audit,
      String connectionId,
      Strategies strategies,
      GuardEngine hiddenWrites,
      StatementReview review,
      ApprovalGate approvals) {
    this.review = Objects.requireNonNull(review, "review");
    this.engine = Objects.requireNonNull(engine, "engine");
    this.audit = Objects.requireNonNull(audit, "audit");
    this.connectionId = Objects.requireNonNull(connectionId, "connectionId");
    this.strategies = Objects.requireNonNull(strategies, "strategies");
    this.dialect = engine.policy().dialect();
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
    return create(engine, audit, connectionId, raw, writes, hiddenWrites, new Catalog());
  }

  /**
   * @param catalog the table facts of the connection's database, shared by the connections to it
   */
  public static Gate create(
      GuardEngine engine,
      AuditLog audit,
      String connectionId,
      Connection raw,
      WritePolicy writes,
      GuardEngine hiddenWrites,
      Catalog catalog) {
    return create(
        engine, audit, connectionId, raw, writes, hiddenWrites, catalog, StatementReview.NONE, null);
  }

  /**
   * @param review the driver's own checks on every string (see {@link StatementReview})
   * @param approvals the connection's approval gate; null for {@code guard.approvals=off}
   */
  public static Gate create(
      GuardEngine engine,
      AuditLog audit,
      String connectionId,
      Connection raw,
      WritePolicy writes,
      GuardEngine hiddenWrites,
      Catalog catalog,
      StatementReview review,
      ApprovalGate approvals) {
    Dialect dialect = engine.policy().dialect();
    return new Gate(
        engine,
        audit,
        connectionId,
        new Strategies(raw, writes, () -> DatabaseFamily.of(raw, dialect), catalog),
        writes.sandbox() ? hiddenWrites : null,
        review,
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

  // ---------------------------------------------------------------- the funnel

  /** SQL given at the call: decide, then run. */
  <R> R run(String sql, Shape<R> shape, Results owner, Call<R> call) throws SQLException {
    return run(decide(sql, true), shape, owner, call);
  }

  /** SQL decided before (a prepared statement's entry). */
  <R> R run(Entry entry, Shape<R> shape, Results owner, Call<R> call) throws SQLException {
    if (entry.transactionControl()) {
      transactionBoundary();
    }
    Route route = entry.route();
    if (route == Route.DIRECT) {
      return call.call();
    }
    return execute(
        List.of(entry),
        route,
        false,
        shape.of(call, owner, entry.verdict(), driverTotals()),
        owner);
  }

  /** A batch: what it holds was decided at each {@code addBatch}. */
  <R> R run(Batch batch, Shape<R> shape, Results owner, Call<R> call) throws SQLException {
    Route route = batch.route();
    if (batch.transactionControl()) {
      transactionBoundary();
    }
    List<Entry> entries = batch.drain();
    if (route == Route.DIRECT) {
      return call.call();
    }
    return execute(entries, route, true, shape.of(call, owner, null, driverTotals()), owner);
  }

  /** {@code addBatch(sql)}: decided at add time, so a refused statement never enters the batch. */
  void add(String sql, Batch batch, VoidCall call) throws SQLException {
    add(decide(sql, false), batch, call);
  }

  /** {@code addBatch()} of a prepared statement: its entry joins the batch. */
  void add(Entry entry, Batch batch, VoidCall call) throws SQLException {
    call.call();
    batch.add(entry);
  }

  /** Picks the strategy, runs, audits once. A refused batch is emptied in the driver too. */
  private <R> R execute(
      List<Entry> entries, Route route, boolean batch, Execution<R> execution, Results owner)
      throws SQLException {
    Report report = new Report();
    try {
      return strategies.of(route).run(entries, batch, execution, report);
    } catch (GuardViolationException e) {
      if (batch) {
        try {
          owner.discardBatch();
        } catch (SQLException clear) {
          e.addSuppressed(clear);
        }
      }
      throw e;
    } finally {
      audit(report);
    }
  }

  /** Writes what a strategy measured to the audit log. */
  private void audit(Report report) {
    for (Report.Event e : report.events()) {
      audit.measured(
          e.outcome(),
          e.warn(),
          e.verdict(),
          e.rule(),
          e.rows(),
          e.limit(),
          e.plan(),
          connectionId);
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
    throw Refusals.rowWrite(verdict);
  }

  /**
   * A decision the driver took itself on a call that carries no SQL (a write through a LOB
   * object): audited, then {@code call} runs (allow, warn) or the refusal is thrown with {@code
   * message} (null: the verdict's message).
   */
  <T> T decided(Verdict verdict, String message, Call<T> call) throws SQLException {
    switch (verdict.action()) {
      case ALLOW:
        return call.call();
      case WARN:
        audit.warned(verdict, 0, connectionId);
        return call.call();
      default:
        audit.refused(verdict, 0, connectionId);
        throw message == null
            ? new GuardViolationException(verdict)
            : new GuardViolationException(verdict, message);
    }
  }

  /** True under {@code guard.profile=read-only}: the connection must stay read-only. */
  boolean readOnlyProfile() {
    return engine.policy().profile() == Profile.READ_ONLY;
  }

  /** MariaDB Connector/J reports a bulk batch's total through getUpdateCount(). */
  private boolean driverTotals() {
    return strategies.database() == Dialect.MYSQL;
  }

  // ---------------------------------------------------------------- the decision

  /**
   * Decides one SQL string: the verdict (audited; a refusal throws), and how it runs. Every SQL
   * string the connection sees passes here exactly once, at call, prepare or add time, so a further
   * check of the driver's (a client-side split, an approval) is one line in {@link #check}.
   *
   * @param explainable true if the text can be prefixed with EXPLAIN as it is (no bind parameters)
   * @throws GuardViolationException if the statement is refused
   * @throws SQLException if {@code sql} is null or the engine failed (fail closed)
   */
  Entry decide(String sql, boolean explainable) throws SQLException {
    return entry(sql, check(sql), explainable);
  }

  /**
   * {@code prepareStatement} / {@code prepareCall}: decided once for every later execution, so no
   * approval covers it (an approval allows one run).
   */
  Entry decidePrepared(String sql) throws SQLException {
    return entry(sql, check(sql, false), false);
  }

  /**
   * The entry for a decided statement; a write that is not direct carries what its text says
   * about its effect, so that a key-bound write can skip the undo boundary.
   */
  private Entry entry(String sql, Verdict verdict, boolean explainable) {
    if (changesSchema(verdict)) {
      strategies.catalog().invalidate();
    }
    Route route = route(sql, verdict);
    return route == Route.DIRECT
        ? Entry.of(sql, verdict, route, explainable)
        : Entry.of(sql, verdict, route, explainable, strategies.catalog().text(sql, dialect));
  }

  /**
   * The strategy's route; reads and settings that may call a routine that writes are measured (in
   * sandbox mode: sandboxed, as are reads the read-only profile calls writes).
   */
  private Route route(String sql, Verdict verdict) {
    Route route = strategies.route(verdict);
    if (route != Route.DIRECT || !readsOrSets(verdict)) {
      return route;
    }
    if (hiddenWrites != null
        && onlyReads(verdict)
        && hiddenWrites.check(sql).ruleIds().contains("read-only")) {
      return Route.SANDBOX;
    }
    if (strategies.catalog().mayCallWritingRoutine(sql, dialect)
        && (strategies.sandboxMode() || strategies.countsEffects())) {
      return strategies.sandboxMode() ? Route.SANDBOX : Route.MEASURED;
    }
    return route;
  }

  /** DDL (or a statement the engine cannot see into) may change what the catalog says. */
  private static boolean changesSchema(Verdict verdict) {
    for (StatementKind kind : verdict.kinds()) {
      if (kind == StatementKind.DDL || kind == StatementKind.OTHER) {
        return true;
      }
    }
    return false;
  }

  private static boolean readsOrSets(Verdict verdict) {
    if (verdict.kinds().isEmpty()) {
      return false;
    }
    for (StatementKind kind : verdict.kinds()) {
      if (kind != StatementKind.QUERY && kind != StatementKind.SESSION) {
        return false;
      }
    }
    return true;
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

  /**
   * The caller ended its transaction or touched savepoints (commit, rollback, setSavepoint,
   * releaseSavepoint, setAutoCommit, close): see {@link Transactions#forget()}.
   */
  void transactionBoundary() {
    strategies.transactionBoundary();
    if (tracksScript) {
      synchronized (this) {
        scriptState = committedState; // a rollback undoes what the transaction established
      }
    }
  }

  /**
   * The caller committed (commit, or a change of auto-commit): for the migration rules one
   * migration ended; what it established carries over ({@link ScriptState#nextMigration()}: tables
   * it created stay new while nothing could have filled them, validated checks stay valid).
   */
  void committed() {
    if (tracksScript) {
      synchronized (this) {
        committedState = scriptState.nextMigration();
        scriptState = committedState;
      }
    }
  }

  // ---------------------------------------------------------------- the decision

  /**
   * Returns the verdict if {@code sql} may run (allow, warn or dry-run), after auditing the
   * decision. Checks of the driver's own that can refuse a string go between the engine's verdict
   * and the audit, one line each.
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
    // the driver's own checks first: an approval never covers what the driver refuses itself
    Verdict verdict = approvals.review(sql, review.review(sql, verdictFor(sql)), once);
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
    } catch (RuntimeException | Error e) {
      // The engine promises never to throw; if it does anyway (even a NoClassDefFoundError from a
      // clashing class path), nothing is sent and the caller gets an SQLException, never an Error.
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
