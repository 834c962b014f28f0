package io.jdbcguard.driver.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;

/**
 * The undo boundary around one guarded write, on the raw connection.
 *
 * <ul>
 *   <li>Auto-commit on: the guard opens a transaction ({@code setAutoCommit(false)}); {@link #keep}
 *       commits, {@link #undo} rolls back; either way auto-commit is switched back on. On
 *       PostgreSQL this costs the COMMIT round trip (pgjdbc sends BEGIN with the statement).
 *   <li>Auto-commit off (the caller's transaction): a savepoint; {@link #keep} releases it, {@link
 *       #undo} rolls back to it and releases it. The caller's earlier work and savepoints stay; on
 *       PostgreSQL a failed statement no longer leaves the caller's transaction aborted.
 * </ul>
 */
final class Bracket {

  private final Connection raw;
  private final Savepoint savepoint;

  private Bracket(Connection raw, Savepoint savepoint) {
    this.raw = raw;
    this.savepoint = savepoint;
  }

  static Bracket open(Connection raw) throws SQLException {
    if (raw.getAutoCommit()) {
      raw.setAutoCommit(false);
      return new Bracket(raw, null);
    }
    return new Bracket(raw, raw.setSavepoint());
  }

  /** Makes the bracketed work part of the caller's transaction (or commits it). */
  void keep() throws SQLException {
    if (savepoint != null) {
      raw.releaseSavepoint(savepoint);
      return;
    }
    try {
      raw.commit();
    } catch (SQLException | RuntimeException | Error e) {
      rollbackQuietly(e);
      restoreAutoCommit(e);
      throw e;
    }
    restoreAutoCommit(null);
  }

  /**
   * Undoes the bracketed work. If {@code cause} is not null (the statement failed), a failure to
   * undo is added to it as suppressed, so the caller sees the statement's own error; otherwise the
   * failure is thrown (the database may then still hold the change, and the caller must know).
   */
  void undo(Throwable cause) throws SQLException {
    try {
      if (savepoint != null) {
        raw.rollback(savepoint);
        raw.releaseSavepoint(savepoint);
      } else {
        raw.rollback();
      }
    } catch (SQLException e) {
      if (cause == null) {
        restoreAutoCommit(e);
        throw e;
      }
      cause.addSuppressed(e);
    }
    restoreAutoCommit(cause);
  }

  private void rollbackQuietly(Throwable cause) {
    try {
      raw.rollback();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }

  private void restoreAutoCommit(Throwable cause) throws SQLException {
    if (savepoint != null) {
      return;
    }
    try {
      raw.setAutoCommit(true);
    } catch (SQLException e) {
      if (cause == null) {
        throw e;
      }
      cause.addSuppressed(e);
    }
  }
}
