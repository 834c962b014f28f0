package io.jdbcguard.driver.jdbc;

import io.jdbcguard.driver.config.UnwrapPolicy;
import io.jdbcguard.driver.reading.ProtectedReach;
import io.jdbcguard.rules.Action;
import io.jdbcguard.rules.StatementKind;
import io.jdbcguard.rules.Verdict;
import java.util.List;
import io.jdbcguard.rules.Profile;
import java.sql.Array;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.NClob;
import java.sql.SQLXML;
import java.sql.Struct;
import io.jdbcguard.driver.jdbc.strategy.Entry;
import io.jdbcguard.driver.jdbc.strategy.Refusals;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.Objects;

/**
 * The connection jdbc-guard hands out. Statements it creates are guarded; {@code prepareStatement}
 * and {@code prepareCall} are checked at prepare time, so a refused statement is never prepared on
 * the server, and the prepared statement keeps the verdict for its executions. Under the read-only
 * profile {@code setReadOnly(false)} is refused. Transactions, savepoints and {@code close}
 * delegate after telling the gate that the caller crossed a transaction boundary (see {@link
 * Transactions}); everything else simply delegates.
 */
public final class GuardedConnection extends ForwardingConnection {

  private final Gate gate;
  private final UnwrapPolicy unwrapPolicy;
  private final LobWrites lobWrites;
  private final ProtectedReach reach;

  public GuardedConnection(Connection delegate, Gate gate, UnwrapPolicy unwrapPolicy) {
    this(delegate, gate, unwrapPolicy, LobWrites.DEFAULT, null);
  }

  /**
   * @param lobWrite the action of {@code lob-write} for LOB objects read from the database
   * @param profile the connection's profile (read-only writes through no LOB object)
   * @param sandbox true in sandbox mode (which writes through no LOB object either)
   * @param reach for a connection guard.protect does not match while it protects others: the
   *     databases and schemas {@code setCatalog} and {@code setSchema} may not switch to; null if
   *     none
   */
  public GuardedConnection(
      Connection delegate,
      Gate gate,
      UnwrapPolicy unwrapPolicy,
      Action lobWrite,
      Profile profile,
      boolean sandbox,
      ProtectedReach reach) {
    this(delegate, gate, unwrapPolicy, new LobWrites(lobWrite, profile, sandbox), reach);
  }

  private GuardedConnection(
      Connection delegate,
      Gate gate,
      UnwrapPolicy unwrapPolicy,
      LobWrites lobWrites,
      ProtectedReach reach) {
    super(delegate);
    this.gate = Objects.requireNonNull(gate, "gate");
    this.unwrapPolicy = Objects.requireNonNull(unwrapPolicy, "unwrapPolicy");
    this.lobWrites = lobWrites;
    this.reach = reach;
  }

  /** Refused when {@code catalog} is a database guard.protect protects (and this one is not). */
  @Override
  public void setCatalog(String catalog) throws SQLException {
    switchTo("setCatalog", catalog);
    delegate().setCatalog(catalog);
  }

  /** Refused when {@code schema} is a schema guard.protect protects (and this one is not). */
  @Override
  public void setSchema(String schema) throws SQLException {
    switchTo("setSchema", schema);
    delegate().setSchema(schema);
  }

  private void switchTo(String method, String name) throws SQLException {
    String why = reach == null ? null : reach.whyProtected(name);
    if (why != null) {
      Verdict verdict =
          Verdict.of(
              List.of(reach.finding(method + "(" + name + ")", why)),
              List.of(StatementKind.SESSION),
              "");
      gate.decided(verdict, null, () -> null);
    }
  }

  LobWrites lobWrites() {
    return lobWrites;
  }

  // JDBC values created here are fresh: writing them only fills a value to bind.

  @Override
  public Array createArrayOf(String typeName, Object[] elements) throws SQLException {
    return new GuardedArray(this, null, delegate().createArrayOf(typeName, elements));
  }

  @Override
  public Struct createStruct(String typeName, Object[] attributes) throws SQLException {
    return new GuardedStruct(this, null, delegate().createStruct(typeName, attributes));
  }

  @Override
  public Blob createBlob() throws SQLException {
    return new GuardedBlob(this, delegate().createBlob(), true);
  }

  @Override
  public Clob createClob() throws SQLException {
    return new GuardedClob(this, delegate().createClob(), true);
  }

  @Override
  public NClob createNClob() throws SQLException {
    return new GuardedNClob(this, delegate().createNClob(), true);
  }

  @Override
  public SQLXML createSQLXML() throws SQLException {
    return new GuardedSQLXML(this, delegate().createSQLXML(), true);
  }

  /** The gate every statement of this connection goes through. */
  public Gate gate() {
    return gate;
  }

  UnwrapPolicy unwrapPolicy() {
    return unwrapPolicy;
  }

  @Override
  public Statement createStatement() throws SQLException {
    return new GuardedStatement(this, delegate().createStatement());
  }

  @Override
  public Statement createStatement(int type, int concurrency) throws SQLException {
    return new GuardedStatement(this, delegate().createStatement(type, concurrency));
  }

  @Override
  public Statement createStatement(int type, int concurrency, int holdability) throws SQLException {
    return new GuardedStatement(this, delegate().createStatement(type, concurrency, holdability));
  }

  @Override
  public PreparedStatement prepareStatement(String sql) throws SQLException {
    return prepared(sql, () -> delegate().prepareStatement(sql));
  }

  @Override
  public PreparedStatement prepareStatement(String sql, int autoGeneratedKeys) throws SQLException {
    return prepared(sql, () -> delegate().prepareStatement(sql, autoGeneratedKeys));
  }

  @Override
  public PreparedStatement prepareStatement(String sql, int[] columnIndexes) throws SQLException {
    return prepared(sql, () -> delegate().prepareStatement(sql, columnIndexes));
  }

  @Override
  public PreparedStatement prepareStatement(String sql, String[] columnNames) throws SQLException {
    return prepared(sql, () -> delegate().prepareStatement(sql, columnNames));
  }

  @Override
  public PreparedStatement prepareStatement(String sql, int type, int concurrency)
      throws SQLException {
    return prepared(sql, () -> delegate().prepareStatement(sql, type, concurrency));
  }

  @Override
  public PreparedStatement prepareStatement(String sql, int type, int concurrency, int holdability)
      throws SQLException {
    return prepared(sql, () -> delegate().prepareStatement(sql, type, concurrency, holdability));
  }

  @Override
  public CallableStatement prepareCall(String sql) throws SQLException {
    return callable(sql, () -> delegate().prepareCall(sql));
  }

  @Override
  public CallableStatement prepareCall(String sql, int type, int concurrency) throws SQLException {
    return callable(sql, () -> delegate().prepareCall(sql, type, concurrency));
  }

  @Override
  public CallableStatement prepareCall(String sql, int type, int concurrency, int holdability)
      throws SQLException {
    return callable(sql, () -> delegate().prepareCall(sql, type, concurrency, holdability));
  }

  /** Checks at prepare time: a refused statement is never prepared on the server. */
  private PreparedStatement prepared(String sql, Gate.Call<PreparedStatement> prepare)
      throws SQLException {
    Entry checked = gate.decidePrepared(sql);
    return new GuardedPreparedStatement(this, prepare.call(), checked);
  }

  private CallableStatement callable(String sql, Gate.Call<CallableStatement> prepare)
      throws SQLException {
    Entry checked = gate.decidePrepared(sql);
    return new GuardedCallableStatement(this, prepare.call(), checked);
  }

  /**
   * Under the read-only profile the connection stays read-only: {@code setReadOnly(false)} is
   * refused (a {@link io.jdbcguard.driver.GuardViolationException}, SQLState 42JG1), since the
   * database session itself was made read-only at connect time.
   */
  @Override
  public void setReadOnly(boolean readOnly) throws SQLException {
    if (!readOnly && gate.readOnlyProfile()) {
      throw Refusals.readOnlyLift();
    }
    delegate().setReadOnly(readOnly);
  }

  // The caller's transaction boundaries: the guard's lazily released savepoint (PostgreSQL) must
  // never be released by name after any of these.

  @Override
  public void setAutoCommit(boolean autoCommit) throws SQLException {
    gate.committed();
    gate.transactionBoundary();
    delegate().setAutoCommit(autoCommit);
  }

  @Override
  public void commit() throws SQLException {
    gate.committed();
    gate.transactionBoundary();
    delegate().commit();
  }

  @Override
  public void rollback() throws SQLException {
    gate.transactionBoundary();
    delegate().rollback();
  }

  @Override
  public Savepoint setSavepoint() throws SQLException {
    gate.transactionBoundary();
    return delegate().setSavepoint();
  }

  @Override
  public Savepoint setSavepoint(String name) throws SQLException {
    gate.transactionBoundary();
    return delegate().setSavepoint(name);
  }

  @Override
  public void rollback(Savepoint savepoint) throws SQLException {
    gate.transactionBoundary();
    delegate().rollback(savepoint);
  }

  @Override
  public void releaseSavepoint(Savepoint savepoint) throws SQLException {
    gate.transactionBoundary();
    delegate().releaseSavepoint(savepoint);
  }

  @Override
  public void close() throws SQLException {
    gate.transactionBoundary();
    delegate().close();
  }

  @Override
  public DatabaseMetaData getMetaData() throws SQLException {
    return new GuardedDatabaseMetaData(this, delegate().getMetaData());
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    return unwrapPolicy.unwrap(this, delegate(), iface);
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) throws SQLException {
    return unwrapPolicy.isWrapperFor(this, delegate(), iface);
  }

  @Override
  public String toString() {
    return "GuardedConnection[" + gate.connectionId() + "]";
  }
}
