package io.jdbcguard.driver.jdbc.strategy;

import java.sql.SQLException;
import java.util.List;

/**
 * Counts what one call changed, the way its {@link Plan} chose: from the update counts, or from the
 * database's row statistics read before and after it ({@link Effects}).
 */
final class Meter {

  private final Session session;
  private final List<Entry> entries;
  private final Effects effects;
  private final long ownRows;
  private Effects.Snapshot before;

  private Meter(Session session, List<Entry> entries, Effects effects, long ownRows) {
    this.session = session;
    this.entries = entries;
    this.effects = effects;
    this.ownRows = ownRows;
  }

  static Meter of(Session session, Plan plan, List<Entry> entries) {
    Effects effects = plan.how() == Plan.How.EFFECTS ? session.effects() : null;
    return new Meter(session, entries, effects, plan.ownRows());
  }

  /** True when every row of every table is counted. */
  boolean countsEffects() {
    return effects != null;
  }

  /** Reads the statistics before the call (nothing to do when counting update counts). */
  void before() throws SQLException {
    if (effects != null) {
      before = effects.read(session.raw);
    }
  }

  /** {@link #before()} inside {@code bracket}: a failure undoes the bracket. */
  void before(Bracket bracket) throws SQLException {
    try {
      before();
    } catch (SQLException | RuntimeException | Error e) {
      bracket.undo(e);
      throw e;
    }
  }

  /** How many returned rows the execution must read to count them. */
  long bound(long bound) {
    return effects != null ? Execution.UNMEASURED : bound;
  }

  /**
   * What the call changed.
   *
   * @param all count every statement (a dry run, sandbox mode); otherwise only the limited kinds
   *     (when counting update counts)
   */
  Tally tally(Outcome<?> outcome, boolean all) throws SQLException {
    if (effects == null) {
      return Tally.of(outcome.rows(), entries, all);
    }
    Effects.Delta delta = Effects.delta(before, effects.read(session.raw));
    long total = Math.max(0, delta.total() - (all ? 0 : ownRows));
    return Tally.ofEffects(total, effects.perTable() ? delta.describe() : targets());
  }

  /** Where only a session total is known: the targets, and that the count includes the rest. */
  private String targets() {
    java.util.Set<String> names = new java.util.LinkedHashSet<>();
    for (Entry entry : entries) {
      if (entry.text().table() != null) {
        names.add(
            entry.text().schema() == null
                ? entry.text().table()
                : entry.text().schema() + "." + entry.text().table());
      }
    }
    return (names.isEmpty() ? "" : String.join(", ", names) + " and ")
        + "what its triggers and routines wrote";
  }

  /** {@link #tally(Outcome, boolean)} inside {@code bracket}: a failure undoes the bracket. */
  Tally tally(Bracket bracket, Outcome<?> outcome, boolean all) throws SQLException {
    try {
      return tally(outcome, all);
    } catch (SQLException | RuntimeException | Error e) {
      bracket.undo(e);
      throw e;
    }
  }
}
