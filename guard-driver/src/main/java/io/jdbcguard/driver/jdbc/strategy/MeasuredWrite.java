package io.jdbcguard.driver.jdbc.strategy;

import io.jdbcguard.rules.Action;
import io.jdbcguard.rules.Verdict;
import java.sql.SQLException;
import java.util.List;

/**
 * {@link Route#MEASURED}: a write under the row limit. What the {@link Plan} says decides how:
 *
 * <ul>
 *   <li>provably within the limit (its WHERE pins a key of a table whose writes change nothing
 *       else; a plain {@code INSERT ... VALUES} into such a table): run directly, no undo boundary;
 *   <li>otherwise run once inside a {@link Bracket}, its rows counted (the update counts when they
 *       are the whole effect, else every row of every table from the database's statistics, see
 *       {@link Effects}), kept within {@code guard.maxAffectedRows}, else rolled back and refused
 *       ({@code row-limit});
 *   <li>on storage that cannot roll back, refused before it runs ({@code non-transactional-table}).
 * </ul>
 *
 * <p>Under {@code guard.rule.row-limit=warn} it runs without a bracket and an over-limit write is
 * reported.
 */
final class MeasuredWrite implements Strategy {

  private final Session session;

  MeasuredWrite(Session session) {
    this.session = session;
  }

  @Override
  public <R> R run(List<Entry> entries, boolean batch, Execution<R> execution, Report report)
      throws SQLException {
    long limit = session.policy.maxAffectedRows();
    boolean warnOnly = session.policy.rowLimit() == Action.WARN;
    for (Entry entry : entries) {
      Verdict verdict = entry.verdict();
      String why =
          verdict.kinds().size() > 1 && Tally.limited(verdict)
              ? Refusals.MULTI_STATEMENT
              : session.irreversible(verdict);
      if (why != null) {
        if (warnOnly) {
          report.unmeasured("over-limit", verdict, Refusals.ROW_LIMIT, limit);
          return execution.run(Execution.UNMEASURED).result();
        }
        report.unmeasured("refused", verdict, Refusals.ROW_LIMIT, limit);
        throw Refusals.unmeasurable(Refusals.How.LIMIT, entry, batch, why, false);
      }
    }
    Plan plan = Plan.of(session, entries, limit);
    switch (plan.how()) {
      case BOUNDED:
        return execution.run(Execution.UNMEASURED).result();
      case NOT_TRANSACTIONAL:
        if (!warnOnly) {
          report.unmeasured("refused", plan.entry().verdict(), Refusals.NON_TRANSACTIONAL, limit);
          throw Refusals.nonTransactional(Refusals.How.LIMIT, plan.entry(), plan.facts());
        }
        break;
      case UNCOUNTABLE:
        if (!warnOnly) {
          report.unmeasured("refused", plan.entry().verdict(), Refusals.ROW_LIMIT, limit);
          throw Refusals.unmeasurable(
              Refusals.How.LIMIT,
              plan.entry(),
              batch,
              Effects.UNCOUNTED_CASCADES + " (" + plan.facts().effects().get(0) + ")",
              false);
        }
        break;
      default:
        break;
    }
    Meter meter = Meter.of(session, plan, entries);
    if (warnOnly) {
      meter.before();
      Outcome<R> outcome = execution.run(meter.bound(Long.MAX_VALUE));
      Tally tally = meter.tally(outcome, false);
      if (!tally.within(limit)) {
        report.add(
            "over-limit",
            true,
            Session.offending(entries, tally).verdict(),
            Refusals.ROW_LIMIT,
            tally.total(),
            limit,
            null);
      }
      return outcome.result();
    }
    Bracket bracket = session.open();
    meter.before(bracket);
    Outcome<R> outcome = Session.inside(bracket, execution, meter.bound(Session.bound(limit)));
    Tally tally = meter.tally(bracket, outcome, false);
    if (!tally.within(limit)) {
      bracket.undo(null);
      throw Session.overLimit(Refusals.How.LIMIT, entries, batch, tally, limit, null, true, report);
    }
    if (!batch && entries.size() == 1) {
      Entry entry = entries.get(0);
      long rows = WholeTable.changedAll(session, bracket, entry, outcome.rows());
      if (rows > 0) {
        bracket.undo(null);
        report.add("refused", true, entry.verdict(), Refusals.WHOLE_TABLE, rows, limit, null);
        throw Refusals.wholeTable(entry, WholeTable.name(entry.text()), rows);
      }
    }
    bracket.keep();
    return outcome.result();
  }
}
