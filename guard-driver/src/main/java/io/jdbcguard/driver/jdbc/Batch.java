package io.jdbcguard.driver.jdbc;

import io.jdbcguard.driver.jdbc.strategy.Entry;
import io.jdbcguard.driver.jdbc.strategy.Route;
import java.util.ArrayList;
import java.util.List;

/**
 * What a statement's pending batch holds, as checked at {@code addBatch}: one {@link Entry} per
 * added SQL string, consecutive adds of the same prepared statement folded into one entry with a
 * repeat count (a prepared batch of 100,000 rows is one entry). The batch's route is the strongest
 * of its entries' routes.
 */
final class Batch {

  private final List<Entry> entries = new ArrayList<>();
  private Route route = Route.DIRECT;
  private boolean transactionControl;

  void add(Entry entry) {
    int last = entries.size() - 1;
    if (last >= 0 && sameStatement(entries.get(last), entry)) {
      entries.set(last, entries.get(last).repeated());
    } else {
      entries.add(entry.once());
    }
    if (entry.route().compareTo(route) > 0) {
      route = entry.route();
    }
    transactionControl |= entry.transactionControl();
  }

  private static boolean sameStatement(Entry a, Entry b) {
    return a.sql() == b.sql() && a.verdict() == b.verdict();
  }

  Route route() {
    return route;
  }

  /** True if any entry is transaction control. */
  boolean transactionControl() {
    return transactionControl;
  }

  /** The entries, for one execution; the batch is emptied (JDBC empties it when it runs). */
  List<Entry> drain() {
    List<Entry> drained = List.copyOf(entries);
    clear();
    return drained;
  }

  void clear() {
    entries.clear();
    route = Route.DIRECT;
    transactionControl = false;
  }
}
