package io.jdbcguard.driver.jdbc.strategy;

import java.sql.SQLException;
import java.util.List;

/**
 * How an allowed statement (or batch) runs once the gate has decided it may: {@link Direct}, {@link
 * MeasuredWrite}, {@link DryRun} or {@link Sandbox}. A strategy sees the decided entries and one
 * {@link Execution} (the caller's real JDBC call and how to read what it changed); it never sees
 * the statement objects. It writes nothing to the audit log: what it measured goes into the {@link
 * Report}, which the gate writes once.
 */
public interface Strategy {

  /**
   * Runs the call.
   *
   * @param entries what runs: one entry, or a batch's entries
   * @param batch true for {@code executeBatch}/{@code executeLargeBatch}
   * @param report collects what the strategy measured, for the gate's audit event
   * @throws io.jdbcguard.driver.GuardViolationException if the strategy refuses the write (after
   *     rolling back what ran)
   */
  <R> R run(List<Entry> entries, boolean batch, Execution<R> execution, Report report)
      throws SQLException;
}
