package io.jdbcguard.driver.jdbc.strategy;

import io.jdbcguard.rules.Verdict;
import java.util.ArrayList;
import java.util.List;

/**
 * What a {@link Strategy} measured while it ran one call, for the gate to audit: usually one event,
 * two when a dry run is followed by the real, measured run. Created only off the direct path.
 */
public final class Report {

  /**
   * One measurement.
   *
   * @param outcome {@code dry-run}, {@code sandboxed}, {@code refused}, {@code over-limit}, ...
   * @param warn WARN if true, INFO otherwise
   * @param verdict the statement's verdict (the batch's offending entry)
   * @param rule the driver's rule id, or null
   * @param rows the rows changed, -1 if unknown
   * @param limit the row limit in force (0: none)
   * @param plan the dry run's plan summary, or null
   */
  public record Event(
      String outcome,
      boolean warn,
      Verdict verdict,
      String rule,
      long rows,
      long limit,
      String plan) {}

  private final List<Event> events = new ArrayList<>(2);

  void add(
      String outcome,
      boolean warn,
      Verdict verdict,
      String rule,
      long rows,
      long limit,
      String plan) {
    events.add(new Event(outcome, warn, verdict, rule, rows, limit, plan));
  }

  /** A write the guard refused or let through without measuring its rows. */
  void unmeasured(String outcome, Verdict verdict, String rule, long limit) {
    add(outcome, true, verdict, rule, -1, limit, null);
  }

  /** The events in the order they happened. */
  public List<Event> events() {
    return events;
  }
}
