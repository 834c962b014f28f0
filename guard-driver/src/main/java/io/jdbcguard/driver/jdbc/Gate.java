package io.jdbcguard.driver.jdbc;

import io.jdbcguard.driver.GuardViolationException;
import io.jdbcguard.driver.SqlStates;
import io.jdbcguard.driver.audit.AuditLog;
import io.jdbcguard.rules.GuardEngine;
import io.jdbcguard.rules.Verdict;
import java.sql.SQLException;
import java.util.Objects;

/**
 * The one interception point: every JDBC method that takes SQL hands the SQL and a lambda for the
 * real call to {@code run}. The gate asks the engine (a cached verdict is one map lookup), writes
 * the audit event, and then either runs the call or throws {@link GuardViolationException} without
 * touching the database or the open transaction.
 *
 * <p>The {@code run} overloads exist so that {@code int}, {@code long} and {@code boolean} results
 * are not boxed on the hot path. One gate per guarded connection; it is immutable and thread-safe.
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

  public Gate(GuardEngine engine, AuditLog audit, String connectionId) {
    this.engine = Objects.requireNonNull(engine, "engine");
    this.audit = Objects.requireNonNull(audit, "audit");
    this.connectionId = Objects.requireNonNull(connectionId, "connectionId");
  }

  /** The engine deciding for this connection (shared by connections with the same policy). */
  public GuardEngine engine() {
    return engine;
  }

  /** The id this connection's events carry in the audit log. */
  public String connectionId() {
    return connectionId;
  }

  <T> T run(String sql, Call<T> call) throws SQLException {
    check(sql);
    return call.call();
  }

  int run(String sql, IntCall call) throws SQLException {
    check(sql);
    return call.call();
  }

  long run(String sql, LongCall call) throws SQLException {
    check(sql);
    return call.call();
  }

  boolean run(String sql, BooleanCall call) throws SQLException {
    check(sql);
    return call.call();
  }

  void run(String sql, VoidCall call) throws SQLException {
    check(sql);
    call.call();
  }

  /**
   * Returns normally if {@code sql} may run, after auditing the decision.
   *
   * @throws GuardViolationException if the verdict is block, or dry-run (not enabled yet)
   * @throws SQLException if {@code sql} is null or the engine failed (fail closed)
   */
  void check(String sql) throws SQLException {
    if (sql == null) {
      throw new SQLException("jdbc-guard: the SQL string is null", SqlStates.NULL_SQL);
    }
    long start = System.nanoTime();
    Verdict verdict = verdictFor(sql);
    long nanos = System.nanoTime() - start;
    switch (verdict.action()) {
      case ALLOW:
        audit.allowed(verdict, nanos, connectionId);
        return;
      case WARN:
        audit.warned(verdict, nanos, connectionId);
        return;
      case DRY_RUN:
        audit.refused(verdict, nanos, connectionId);
        throw GuardViolationException.dryRunNotEnabled(verdict);
      default:
        audit.refused(verdict, nanos, connectionId);
        throw new GuardViolationException(verdict);
    }
  }

  private Verdict verdictFor(String sql) throws SQLException {
    try {
      return engine.check(sql);
    } catch (RuntimeException | StackOverflowError e) {
      // The engine promises never to throw; if it does anyway, nothing is sent.
      throw new SQLException(
          "jdbc-guard: the rule engine failed, so the statement was not sent: " + e,
          SqlStates.ENGINE_FAILURE,
          e);
    }
  }
}
