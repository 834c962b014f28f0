package io.jdbcguard.driver.jdbc.strategy;

import io.jdbcguard.rules.Action;
import io.jdbcguard.rules.Verdict;
import java.sql.SQLException;
import java.util.List;

/**
 * {@link Route#MEASURED}: an UPDATE, DELETE or MERGE runs once inside a {@link Bracket} and is kept
 * if it changed at most {@code guard.maxAffectedRows} rows, else rolled back and refused ({@code
 * row-limit}). Under {@code guard.rule.row-limit=warn} it runs without a bracket and an over-limit
 * write is reported.
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
    if (warnOnly) {
      Outcome<R> outcome = execution.run(Long.MAX_VALUE);
      Tally tally = Tally.of(outcome.rows(), entries, false);
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
    Outcome<R> outcome = Session.inside(bracket, execution, Session.bound(limit));
    Tally tally = Tally.of(outcome.rows(), entries, false);
    if (!tally.within(limit)) {
      bracket.undo(null);
      throw Session.overLimit(Refusals.How.LIMIT, entries, batch, tally, limit, null, true, report);
    }
    bracket.keep();
    return outcome.result();
  }
}
