package io.jdbcguard.driver.jdbc.strategy;

import io.jdbcguard.rules.Action;
import io.jdbcguard.rules.Verdict;
import java.sql.SQLException;
import java.util.List;

/**
 * {@link Route#DRY_RUN}: the statement is run, measured (with its plan from EXPLAIN where the
 * database has one) and rolled back; then it runs for real only if the limit held, measured again
 * if it is an UPDATE, DELETE or MERGE. A batch cannot run twice, so its dry run is kept when the
 * limit holds. A statement the database cannot roll back is refused ({@code cannot-roll-back}).
 */
final class DryRun implements Strategy {

  private final Session session;
  private final MeasuredWrite measured;

  DryRun(Session session, MeasuredWrite measured) {
    this.session = session;
    this.measured = measured;
  }

  @Override
  public <R> R run(List<Entry> entries, boolean batch, Execution<R> execution, Report report)
      throws SQLException {
    Action rowLimit = session.policy.rowLimit();
    long limit = rowLimit == Action.ALLOW ? 0 : session.policy.maxAffectedRows();
    for (Entry entry : entries) {
      Verdict verdict = entry.verdict();
      String why = session.irreversible(verdict);
      if (why != null) {
        if (rowLimit == Action.WARN) {
          report.unmeasured("not-rehearsed", verdict, Refusals.CANNOT_ROLL_BACK, limit);
          return forReal(entries, batch, execution, report);
        }
        report.unmeasured("refused", verdict, Refusals.CANNOT_ROLL_BACK, limit);
        throw Refusals.cannotRollBack(Refusals.How.DRY_RUN, entry, why);
      }
      if (verdict.kinds().size() > 1) {
        if (rowLimit == Action.WARN) {
          report.unmeasured("over-limit", verdict, Refusals.ROW_LIMIT, limit);
          return forReal(entries, batch, execution, report);
        }
        report.unmeasured("refused", verdict, Refusals.ROW_LIMIT, limit);
        throw Refusals.unmeasurable(
            Refusals.How.DRY_RUN, entry, batch, Refusals.MULTI_STATEMENT, false);
      }
    }
    Plan undo = Plan.undoable(session, entries);
    if (undo.how() == Plan.How.NOT_TRANSACTIONAL) {
      report.unmeasured("refused", undo.entry().verdict(), Refusals.NON_TRANSACTIONAL, limit);
      throw Refusals.nonTransactional(Refusals.How.DRY_RUN, undo.entry(), undo.facts());
    }
    Meter meter = Meter.of(session, undo, entries);
    Entry first = entries.get(0);
    Bracket bracket = session.open();
    String plan = null;
    if (!batch
        && first.explainable()
        && Plans.available(session.database())
        && explainable(first.verdict())) {
      try {
        plan = Plans.explain(session.raw, session.database(), first.sql());
      } catch (SQLException e) {
        bracket.undo(e); // PostgreSQL: a failed EXPLAIN aborts the transaction; start clean
        plan = "unavailable (SQLState " + e.getSQLState() + ")";
        bracket = session.open();
      }
    }
    meter.before(bracket);
    Outcome<R> outcome = Session.inside(bracket, execution, meter.bound(Session.bound(limit)));
    Tally tally = meter.tally(bracket, outcome, true);
    boolean within = tally.within(limit);
    if (!execution.repeatable()) {
      if (within || rowLimit == Action.WARN) {
        bracket.keep(); // a batch cannot run twice: its dry run is its run
        report.add(
            within ? "dry-run" : "over-limit",
            !within,
            first.verdict(),
            within ? null : Refusals.ROW_LIMIT,
            tally.total(),
            limit,
            plan);
        return outcome.result();
      }
      bracket.undo(null);
      throw Session.overLimit(
          Refusals.How.DRY_RUN, entries, batch, tally, limit, plan, true, report);
    }
    bracket.undo(null);
    if (!within) {
      if (rowLimit != Action.WARN) {
        throw Session.overLimit(
            Refusals.How.DRY_RUN, entries, batch, tally, limit, plan, true, report);
      }
      report.add(
          "over-limit", true, first.verdict(), Refusals.ROW_LIMIT, tally.total(), limit, plan);
    } else {
      report.add("dry-run", false, first.verdict(), null, tally.total(), limit, plan);
    }
    return forReal(entries, batch, execution, report);
  }

  /** The real run after a dry run: within the row limit if it is an UPDATE, DELETE or MERGE. */
  private <R> R forReal(List<Entry> entries, boolean batch, Execution<R> execution, Report report)
      throws SQLException {
    if (session.policy.limitsRows()) {
      for (Entry entry : entries) {
        if (Tally.limited(entry.verdict())) {
          return measured.run(entries, batch, execution, report);
        }
      }
    }
    return execution.run(Execution.UNMEASURED).result();
  }

  /** Data changes have a plan; DDL and CALL do not. */
  private static boolean explainable(Verdict verdict) {
    return verdict.kinds().size() == 1 && verdict.kinds().get(0).isDataChange();
  }
}
