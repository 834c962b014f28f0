package io.jdbcguard.driver.jdbc.strategy;

import java.sql.SQLException;

/**
 * The undo boundary around one guarded write, opened by {@link Transactions#open()}: a savepoint in
 * the caller's transaction, or a transaction the guard opened because auto-commit is on.
 */
interface Bracket {

  /** Makes the write part of the caller's transaction (or commits the guard's own). */
  void keep() throws SQLException;

  /**
   * Undoes the write. If {@code cause} is not null (the statement failed), a failure to undo is
   * added to it as suppressed, so the caller sees the statement's own error; otherwise the failure
   * is thrown (the database may then still hold the change, and the caller must know).
   */
  void undo(Throwable cause) throws SQLException;
}
