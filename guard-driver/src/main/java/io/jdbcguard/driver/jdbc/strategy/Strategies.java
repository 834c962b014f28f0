package io.jdbcguard.driver.jdbc.strategy;

import io.jdbcguard.driver.config.WritePolicy;
import io.jdbcguard.rules.Action;
import io.jdbcguard.rules.Dialect;
import io.jdbcguard.rules.StatementKind;
import io.jdbcguard.rules.Verdict;
import java.sql.Connection;
import java.util.List;
import java.util.function.Supplier;

/**
 * The strategies of one guarded connection, and the choice between them: {@link #route} says how a
 * statement with a given (allowed, warned or dry-run) verdict runs, {@link #of} gives the strategy
 * that runs it.
 */
public final class Strategies {

  private final Session session;
  private final WritePolicy policy;
  private final boolean limits;
  private final boolean sandboxMode;
  private final boolean dryRunByKind;
  private final MeasuredWrite measured;
  private final DryRun dryRun;
  private final Sandbox sandbox;

  /**
   * @param raw the real driver's connection, on which the strategies open their savepoints
   * @param family the family of the real database (asked once, when first needed)
   */
  public Strategies(Connection raw, WritePolicy policy, Supplier<Dialect> family) {
    this(raw, policy, family, new Catalog());
  }

  /**
   * @param catalog the table facts of the database, shared by its connections
   */
  public Strategies(Connection raw, WritePolicy policy, Supplier<Dialect> family, Catalog catalog) {
    this.session = new Session(raw, policy, family, catalog);
    this.policy = policy;
    this.limits = policy.limitsRows();
    this.sandboxMode = policy.sandbox();
    this.dryRunByKind = !policy.dryRunKinds().isEmpty();
    this.measured = new MeasuredWrite(session);
    this.dryRun = new DryRun(session, measured);
    this.sandbox = new Sandbox(session);
  }

  /** True in sandbox mode ({@code guard.mode=sandbox}). */
  public boolean sandboxMode() {
    return sandboxMode;
  }

  /** The table facts this connection uses. */
  public Catalog catalog() {
    return session.catalog;
  }

  /** True when the database's statistics can count every row a write changes. */
  public boolean countsEffects() {
    return limits && session.effects() != null;
  }

  /**
   * How a statement with this verdict runs: one pass over its statement kinds, no side effect.
   * Under the row limit UPDATE, DELETE, MERGE and INSERT are measured: at run time the {@link Plan}
   * lets through directly what provably stays within the limit (a key-bound write, a plain {@code
   * INSERT ... VALUES} into a table without triggers or rules, any INSERT where the database has no
   * statistics to count every row).
   */
  public Route route(Verdict verdict) {
    List<StatementKind> kinds = verdict.kinds();
    boolean dry = verdict.action() == Action.DRY_RUN;
    boolean limited = false;
    boolean writes = false;
    for (int i = 0; i < kinds.size(); i++) {
      StatementKind kind = kinds.get(i);
      switch (kind) {
        case QUERY:
        case SESSION:
        case TRANSACTION:
          break;
        case UPDATE:
        case DELETE:
        case MERGE:
          limited = true;
          writes = true;
          break;
        case INSERT:
          limited = true; // what it may change beyond its own rows is decided at run time
          writes = true;
          break;
        default:
          writes = true;
          break;
      }
      if (dryRunByKind && policy.dryRunKinds().contains(kind)) {
        dry = true;
      }
    }
    if (sandboxMode) {
      return dry || writes ? Route.SANDBOX : Route.DIRECT;
    }
    if (dry) {
      return Route.DRY_RUN;
    }
    return limits && limited ? Route.MEASURED : Route.DIRECT;
  }

  /** The strategy for {@code route}. */
  public Strategy of(Route route) {
    switch (route) {
      case MEASURED:
        return measured;
      case DRY_RUN:
        return dryRun;
      case SANDBOX:
        return sandbox;
      default:
        return Direct.INSTANCE;
    }
  }

  /**
   * The caller ended its transaction or worked with savepoints (JDBC calls, or transaction-control
   * SQL that is about to run): a savepoint the guard left open can no longer be released by name.
   */
  public void transactionBoundary() {
    session.transactionBoundary();
  }

  /** The family of the real database (postgres, mysql, or generic). */
  public Dialect database() {
    return session.database();
  }
}
