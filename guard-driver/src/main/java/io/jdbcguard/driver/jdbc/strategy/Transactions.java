package io.jdbcguard.driver.jdbc.strategy;

import io.jdbcguard.rules.Dialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;

/**
 * Opens {@link Bracket}s on one raw connection, the cheapest way each database allows. The guard's
 * savepoint is named {@value #SAVEPOINT}.
 *
 * <table>
 *   <caption>Round trips a measured write adds</caption>
 *   <tr><th></th><th>auto-commit on</th><th>in the caller's transaction</th></tr>
 *   <tr><td>PostgreSQL</td><td>COMMIT (pgjdbc sends BEGIN with the statement): +1</td>
 *       <td>{@code SAVEPOINT}, which also releases the previous write's savepoint: +1</td></tr>
 *   <tr><td>MySQL, MariaDB</td><td>{@code START TRANSACTION}, {@code COMMIT}: +2</td>
 *       <td>{@code SAVEPOINT} (same name: it replaces the previous one): +1</td></tr>
 *   <tr><td>others</td><td>{@code setAutoCommit}, {@code commit}: +1 to +3</td>
 *       <td>{@code setSavepoint}, {@code releaseSavepoint}: +2</td></tr>
 * </table>
 *
 * <p>Rolling back (a write over the limit, a failed statement, a dry run, sandbox mode) costs one
 * more. On PostgreSQL a kept write leaves its savepoint open until the next measured write releases
 * it in the same round trip that sets the new one; {@link #forget()} is called whenever the caller
 * ends the transaction or touches savepoints, after which the open savepoint is left for the
 * database to discard at the end of the transaction, never released by name.
 */
abstract class Transactions {

  /** The name of the guard's own savepoint. */
  static final String SAVEPOINT = "jdbc_guard";

  final Connection raw;
  private Statement control;

  Transactions(Connection raw) {
    this.raw = raw;
  }

  static Transactions of(Connection raw, Dialect dialect) {
    switch (dialect) {
      case POSTGRES:
        return new Postgres(raw);
      case MYSQL:
        return new MySql(raw);
      default:
        return new Jdbc(raw);
    }
  }

  /** Opens the boundary for one write. */
  abstract Bracket open() throws SQLException;

  /**
   * The caller committed, rolled back, changed auto-commit or worked with savepoints (through JDBC
   * or SQL): any savepoint the guard left open may be gone or no longer the innermost one.
   */
  void forget() {}

  /** Runs transaction-control SQL on the guard's own statement. */
  final void run(String sql) throws SQLException {
    if (control == null) {
      control = raw.createStatement(); // closed with the connection
    }
    control.execute(sql);
  }

  /** Auto-commit on: the guard's own transaction, through JDBC; auto-commit is switched back on. */
  final Bracket ownTransaction() throws SQLException {
    raw.setAutoCommit(false);
    return new Bracket() {
      @Override
      public void keep() throws SQLException {
        try {
          raw.commit();
        } catch (SQLException | RuntimeException | Error e) {
          quietly(e, raw::rollback);
          quietly(e, () -> raw.setAutoCommit(true));
          throw e;
        }
        raw.setAutoCommit(true);
      }

      @Override
      public void undo(Throwable cause) throws SQLException {
        undoing(cause, raw::rollback);
        undoing(cause, () -> raw.setAutoCommit(true));
      }
    };
  }

  @FunctionalInterface
  interface Step {
    void run() throws SQLException;
  }

  /** Runs an undo step: its failure is added to {@code cause}, or thrown if there is none. */
  static void undoing(Throwable cause, Step step) throws SQLException {
    if (cause == null) {
      step.run();
    } else {
      quietly(cause, step);
    }
  }

  static void quietly(Throwable cause, Step step) {
    try {
      step.run();
    } catch (SQLException | RuntimeException e) {
      cause.addSuppressed(e);
    }
  }

  /** PostgreSQL: BEGIN travels with the statement; savepoints are released lazily. */
  private static final class Postgres extends Transactions {

    /** The guard's savepoint of the last kept write is open and is the innermost savepoint. */
    private boolean pending;

    Postgres(Connection raw) {
      super(raw);
    }

    @Override
    Bracket open() throws SQLException {
      if (raw.getAutoCommit()) {
        return ownTransaction();
      }
      boolean release = pending;
      pending = false;
      run(
          release
              ? "RELEASE SAVEPOINT " + SAVEPOINT + "; SAVEPOINT " + SAVEPOINT
              : "SAVEPOINT " + SAVEPOINT);
      return new Bracket() {
        @Override
        public void keep() {
          pending = true;
        }

        @Override
        public void undo(Throwable cause) throws SQLException {
          undoing(
              cause,
              () -> run("ROLLBACK TO SAVEPOINT " + SAVEPOINT + "; RELEASE SAVEPOINT " + SAVEPOINT));
        }
      };
    }

    @Override
    void forget() {
      pending = false;
    }
  }

  /** MySQL and MariaDB: a savepoint set again under the same name replaces the old one. */
  private static final class MySql extends Transactions {

    MySql(Connection raw) {
      super(raw);
    }

    @Override
    Bracket open() throws SQLException {
      if (raw.getAutoCommit()) {
        run("START TRANSACTION");
        return new Bracket() {
          @Override
          public void keep() throws SQLException {
            try {
              run("COMMIT");
            } catch (SQLException | RuntimeException | Error e) {
              quietly(e, () -> run("ROLLBACK"));
              throw e;
            }
          }

          @Override
          public void undo(Throwable cause) throws SQLException {
            undoing(cause, () -> run("ROLLBACK"));
          }
        };
      }
      run("SAVEPOINT " + SAVEPOINT);
      return new Bracket() {
        @Override
        public void keep() {}

        @Override
        public void undo(Throwable cause) throws SQLException {
          undoing(cause, () -> run("ROLLBACK TO SAVEPOINT " + SAVEPOINT));
        }
      };
    }
  }

  /** Any other database: the JDBC savepoint API. */
  private static final class Jdbc extends Transactions {

    Jdbc(Connection raw) {
      super(raw);
    }

    @Override
    Bracket open() throws SQLException {
      if (raw.getAutoCommit()) {
        return ownTransaction();
      }
      Savepoint savepoint = raw.setSavepoint();
      return new Bracket() {
        @Override
        public void keep() throws SQLException {
          raw.releaseSavepoint(savepoint);
        }

        @Override
        public void undo(Throwable cause) throws SQLException {
          undoing(cause, () -> raw.rollback(savepoint));
          undoing(cause, () -> raw.releaseSavepoint(savepoint));
        }
      };
    }
  }
}
