package io.jdbcguard.driver.audit;

import io.jdbcguard.rules.Verdict;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.spi.LoggingEventBuilder;

/**
 * Writes one structured event per guard decision to the SLF4J logger {@value #LOGGER_NAME}.
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
 * logged. When DEBUG is off an allowed statement costs one {@code isDebugEnabled()} call and
 * allocates nothing.
 */
public final class AuditLog {

  /** The logger every decision goes to. */
  public static final String LOGGER_NAME = "io.jdbcguard.audit";

  private final Logger logger;

  public AuditLog() {
    this(LoggerFactory.getLogger(LOGGER_NAME));
  }

  AuditLog(Logger logger) {
    this.logger = Objects.requireNonNull(logger, "logger");
  }

  /** An allowed statement (action allow): DEBUG. */
  public void allowed(Verdict verdict, long nanos, String connectionId) {
    if (logger.isDebugEnabled()) {
      write(logger.atDebug(), "allowed", verdict, nanos, connectionId);
    }
  }

  /** A statement that runs with a warning (action warn): WARN. */
  public void warned(Verdict verdict, long nanos, String connectionId) {
    if (logger.isWarnEnabled()) {
      write(logger.atWarn(), "warned", verdict, nanos, connectionId);
    }
  }

  /** A statement that was not sent (action block): WARN. */
  public void refused(Verdict verdict, long nanos, String connectionId) {
    if (logger.isWarnEnabled()) {
      write(logger.atWarn(), "blocked", verdict, nanos, connectionId);
    }
  }

  /** A statement routed to a dry run, before the dry run: DEBUG. */
  public void routedToDryRun(Verdict verdict, long nanos, String connectionId) {
    if (logger.isDebugEnabled()) {
      write(logger.atDebug(), "dry-run", verdict, nanos, connectionId);
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
    if (warn ? !logger.isWarnEnabled() : !logger.isInfoEnabled()) {
      return;
    }
    String rules = String.join(",", verdict.ruleIds());
    if (rule != null) {
      rules = rules.isEmpty() ? rule : rule + "," + rules;
    }
    LoggingEventBuilder event =
        (warn ? logger.atWarn() : logger.atInfo())
            .setMessage(
                rules.isEmpty()
                    ? "jdbc-guard {} on {}: {} (rows={}, limit={})"
                    : "jdbc-guard {} on {}: {} [{}] (rows={}, limit={})")
            .addArgument(outcome)
            .addArgument(connectionId)
            .addArgument(verdict.fingerprint());
    if (!rules.isEmpty()) {
      event.addArgument(rules);
    }
    event
        .addArgument(rows < 0 ? "unknown" : String.valueOf(rows))
        .addArgument(limit)
        .addKeyValue("outcome", outcome)
        .addKeyValue("action", verdict.action().id())
        .addKeyValue("rules", rules)
        .addKeyValue("fingerprint", verdict.fingerprint())
        .addKeyValue("rows", rows)
        .addKeyValue("limit", limit)
        .addKeyValue("connection", connectionId);
    if (plan != null) {
      event.addKeyValue("plan", plan);
    }
    event.log();
  }

  /**
   * A refused statement that runs because a human approved it ({@code approve}): WARN, with the
   * approval id and the approver as {@code approval} and {@code approver}.
   */
  public void approved(Verdict verdict, String approvalId, String approver, String connectionId) {
    if (logger.isWarnEnabled()) {
      logger
          .atWarn()
          .setMessage("jdbc-guard approved on {}: {} [{}] (approval {} by {})")
          .addArgument(connectionId)
          .addArgument(verdict.fingerprint())
          .addArgument(String.join(",", verdict.ruleIds()))
          .addArgument(approvalId)
          .addArgument(approver)
          .addKeyValue("action", "approved")
          .addKeyValue("rules", String.join(",", verdict.ruleIds()))
          .addKeyValue("fingerprint", verdict.fingerprint())
          .addKeyValue("approval", approvalId)
          .addKeyValue("approver", approver)
          .addKeyValue("connection", connectionId)
          .log();
    }
  }

  private static void write(
      LoggingEventBuilder event, String outcome, Verdict verdict, long nanos, String connectionId) {
    String rules = String.join(",", verdict.ruleIds());
    event
        .setMessage(rules.isEmpty() ? "jdbc-guard {} on {}: {}" : "jdbc-guard {} on {}: {} [{}]")
        .addArgument(outcome)
        .addArgument(connectionId)
        .addArgument(verdict.fingerprint())
        .addArgument(rules)
        .addKeyValue("action", verdict.action().id())
        .addKeyValue("rules", rules)
        .addKeyValue("fingerprint", verdict.fingerprint())
        .addKeyValue("micros", nanos / 1_000)
        .addKeyValue("connection", connectionId)
        .log();
  }
}
