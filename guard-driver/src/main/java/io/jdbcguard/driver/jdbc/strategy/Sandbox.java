package io.jdbcguard.driver.jdbc.strategy;

import io.jdbcguard.rules.Action;
import java.sql.SQLException;
import java.util.List;

/**
 * {@link Route#SANDBOX} ({@code guard.mode=sandbox}): the statement is run inside a {@link
 * Bracket}, measured and always rolled back; the caller gets the real counts and results. A
 * statement the database cannot roll back is refused before it is sent ({@code cannot-roll-back}).
 */
final class Sandbox implements Strategy {

  private final Session session;

  Sandbox(Session session) {
    this.session = session;
  }

  @Override
  public <R> R run(List<Entry> entries, boolean batch, Execution<R> execution, Report report)
      throws SQLException {
    boolean limits = session.policy.limitsRows();
    Action rowLimit = session.policy.rowLimit();
    long limit = limits ? session.policy.maxAffectedRows() : 0;
    for (Entry entry : entries) {
      String why = session.irreversible(entry.verdict());
      if (why != null) {
        report.unmeasured("refused", entry.verdict(), Refusals.CANNOT_ROLL_BACK, limit);
        throw Refusals.cannotRollBack(Refusals.How.SANDBOX, entry, why);
      }
      if (limits
          && rowLimit == Action.BLOCK
          && entry.verdict().kinds().size() > 1
          && Tally.limited(entry.verdict())) {
        report.unmeasured("refused", entry.verdict(), Refusals.ROW_LIMIT, limit);
        throw Refusals.unmeasurable(
            Refusals.How.SANDBOX, entry, batch, Refusals.MULTI_STATEMENT, false);
      }
    }
    Plan undo = Plan.undoable(session, entries);
    if (undo.how() == Plan.How.NOT_TRANSACTIONAL) {
      report.unmeasured("refused", undo.entry().verdict(), Refusals.NON_TRANSACTIONAL, limit);
      throw Refusals.nonTransactional(Refusals.How.SANDBOX, undo.entry(), undo.facts());
    }
    Meter meter = Meter.of(session, undo, entries);
    Bracket bracket = session.open();
    meter.before(bracket);
    Outcome<R> outcome = Session.inside(bracket, execution, Long.MAX_VALUE); // read before undo
    Tally all = meter.tally(bracket, outcome, true);
    bracket.undo(null);
    report.add(
        "sandboxed",
        false,
        entries.get(0).verdict(),
        null,
        all.unknown() == null ? all.total() : -1,
        limit,
        null);
    if (limits) {
      Tally tally = meter.countsEffects() ? all : Tally.of(outcome.rows(), entries, false);
      if (!tally.within(limit)) {
        if (rowLimit == Action.BLOCK) {
          throw Session.overLimit(
              Refusals.How.SANDBOX, entries, batch, tally, limit, null, true, report);
        }
        report.add(
            "over-limit",
            true,
            Session.offending(entries, tally).verdict(),
            Refusals.ROW_LIMIT,
            tally.total(),
            limit,
            null);
      }
    }
    return outcome.result();
  }
}
