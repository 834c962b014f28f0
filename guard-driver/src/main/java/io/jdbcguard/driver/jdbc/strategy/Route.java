package io.jdbcguard.driver.jdbc.strategy;

/**
 * How an allowed statement runs, decided per verdict by {@link Strategies#route}. The declared
 * order is the precedence when a batch mixes routes.
 */
public enum Route {
  /** Straight to the real driver: reads, INSERT, DDL, and everything when nothing is measured. */
  DIRECT,
  /** Inside a savepoint (or a transaction the guard opens), kept only within the row limit. */
  MEASURED,
  /** Rehearsed and rolled back first; run for real only if the limits hold. */
  DRY_RUN,
  /** Run and always rolled back ({@code guard.mode=sandbox}). */
  SANDBOX
}
