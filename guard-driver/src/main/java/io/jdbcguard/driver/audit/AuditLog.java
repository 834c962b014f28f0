package io.jdbcguard.driver.audit;

import io.jdbcguard.driver.audit.AuditSink.Level;
import io.jdbcguard.rules.Verdict;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Writes one structured event per guard decision to the logger {@value #LOGGER_NAME}: through SLF4J
 * 2 when it is on the class path with a provider, otherwise through {@code java.util.logging}
 * (DEBUG is FINE, WARN is WARNING). With Micrometer on the class path every decision and
 * measurement also feeds the guard's meters ({@link DecisionMeters}).
 *
 * <p>Decisions, before a statement runs: refused statements and warnings at WARN, allowed
 * statements (and statements routed to a dry run) at DEBUG. Key/value pairs: {@code action}, {@code
 * rules}, {@code fingerprint}, {@code micros}, {@code connection}.
 *
 * <p>Measurements, after a write ran inside a savepoint: a dry run that held the limits and a
 * sandboxed write at INFO; a write over the row limit (refused, or let through under {@code
 * guard.rule.row-limit=warn}) and a dry run or sandboxed write that cannot be rolled back at WARN.
 * They add {@code outcome}, {@code rows} (the affected rows, -1 if unknown), {@code limit} and, for
 * dry runs, {@code plan}.
 *
 * <p>The fingerprint has every literal replaced by {@code ?}; raw SQL and bind values are never
 * logged. When DEBUG is off and Micrometer is absent an allowed statement costs one level check
 * and allocates nothing.
 */
public final class AuditLog {

  /** The logger every decision goes to. */
  public static final String LOGGER_NAME = "io.jdbcguard.audit";

  private final AuditSink sink;
  private final DecisionMeters meters;

  public AuditLog() {
    this(AuditSink.forLogger(LOGGER_NAME), DecisionMeters.discover());
  }

  AuditLog(AuditSink sink, DecisionMeters meters) {
    this.sink = Objects.requireNonNull(sink, "sink");
    this.meters = Objects.requireNonNull(meters, "meters");
  }

  /** An allowed statement (action allow): DEBUG. */
  public void allowed(Verdict verdict, long nanos, String connectionId) {
    meters.decided("allow", verdict, nanos);
    if (sink.isEnabled(Level.DEBUG)) {
      write(Level.DEBUG, "allowed", verdict, nanos, connectionId);
    }
  }

  /** A statement that runs with a warning (action warn): WARN. */
  public void warned(Verdict verdict, long nanos, String connectionId) {
    meters.decided("warn", verdict, nanos);
    if (sink.isEnabled(Level.WARN)) {
      write(Level.WARN, "warned", verdict, nanos, connectionId);
    }
  }

  /** A statement that was not sent (action block): WARN. */
  public void refused(Verdict verdict, long nanos, String connectionId) {
    meters.decided("block", verdict, nanos);
    if (sink.isEnabled(Level.WARN)) {
      write(Level.WARN, "blocked", verdict, nanos, connectionId);
    }
  }

  /** A statement routed to a dry run, before the dry run: DEBUG. */
  public void routedToDryRun(Verdict verdict, long nanos, String connectionId) {
    meters.decided("dry-run", verdict, nanos);
    if (sink.isEnabled(Level.DEBUG)) {
      write(Level.DEBUG, "dry-run", verdict, nanos, connectionId);
    }
  }

  /**
   * What a measured write did.
   *
   * @param outcome {@code dry-run} (rehearsed within the limits, then run), {@code sandboxed} (run
   *     and rolled back), {@code refused} (rolled back or not sent: over the limit, or cannot be
   *     measured or rolled back), {@code over-limit} (over the limit, let through by {@code
   *     guard.rule.row-limit=warn})
   * @param warn WARN if true, INFO otherwise
   * @param rule the driver's rule id ({@code row-limit}, {@code cannot-roll-back}) or null
   * @param rows the affected rows, -1 if unknown
   * @param limit the row limit in force (0: none)
   * @param plan the dry run's plan summary, or null
   */
  public void measured(
      String outcome,
      boolean warn,
      Verdict verdict,
      String rule,
      long rows,
      long limit,
      String plan,
      String connectionId) {
    meters.measured(outcome, rule, plan != null || "dry-run".equals(outcome));
    Level level = warn ? Level.WARN : Level.INFO;
    if (!sink.isEnabled(level)) {
      return;
    }
    String rules = String.join(",", verdict.ruleIds());
    if (rule != null) {
      rules = rules.isEmpty() ? rule : rule + "," + rules;
    }
    String message =
        "jdbc-guard "
            + outcome
            + " on "
            + connectionId
            + ": "
            + verdict.fingerprint()
            + (rules.isEmpty() ? "" : " [" + rules + "]")
            + " (rows="
            + (rows < 0 ? "unknown" : String.valueOf(rows))
            + ", limit="
            + limit
            + ")";
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("outcome", outcome);
    fields.put("action", verdict.action().id());
    fields.put("rules", rules);
    fields.put("fingerprint", verdict.fingerprint());
    fields.put("rows", rows);
    fields.put("limit", limit);
    fields.put("connection", connectionId);
    if (plan != null) {
      fields.put("plan", plan);
    }
    sink.log(level, message, fields);
  }

  /**
   * A refused statement that runs because a human approved it ({@code approve}): WARN, with the
   * approval id and the approver as {@code approval} and {@code approver}. Its decision (a warning)
   * follows.
   */
  public void approved(Verdict verdict, String approvalId, String approver, String connectionId) {
    if (!sink.isEnabled(Level.WARN)) {
      return;
    }
    String rules = String.join(",", verdict.ruleIds());
    String message =
        "jdbc-guard approved on "
            + connectionId
            + ": "
            + verdict.fingerprint()
            + (rules.isEmpty() ? "" : " [" + rules + "]")
            + " (approval "
            + approvalId
            + " by "
            + approver
            + ")";
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("action", "approved");
    fields.put("rules", rules);
    fields.put("fingerprint", verdict.fingerprint());
    fields.put("approval", approvalId);
    fields.put("approver", approver);
    fields.put("connection", connectionId);
    sink.log(Level.WARN, message, fields);
  }

  private void write(
      Level level, String outcome, Verdict verdict, long nanos, String connectionId) {
    String rules = String.join(",", verdict.ruleIds());
    String message =
        "jdbc-guard "
            + outcome
            + " on "
            + connectionId
            + ": "
            + verdict.fingerprint()
            + (rules.isEmpty() ? "" : " [" + rules + "]");
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("action", verdict.action().id());
    fields.put("rules", rules);
    fields.put("fingerprint", verdict.fingerprint());
    fields.put("micros", nanos / 1_000);
    fields.put("connection", connectionId);
    sink.log(level, message, fields);
  }
}
