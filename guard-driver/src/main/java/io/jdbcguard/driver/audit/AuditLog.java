package io.jdbcguard.driver.audit;

import io.jdbcguard.rules.Verdict;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.spi.LoggingEventBuilder;

/**
 * Writes one structured event per guard decision to the SLF4J logger {@value #LOGGER_NAME}.
 *
 * <p>Levels: refused statements (block, and dry-run while dry runs are not enabled) and warnings at
 * WARN, allowed statements at DEBUG. Key/value pairs: {@code action}, {@code rules}, {@code
 * fingerprint}, {@code micros}, {@code connection}. The fingerprint has every literal replaced by
 * {@code ?}; raw SQL and bind values are never logged. When DEBUG is off an allowed statement costs
 * one {@code isDebugEnabled()} call and allocates nothing.
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

  /** A statement that was not sent (action block or dry-run): WARN. */
  public void refused(Verdict verdict, long nanos, String connectionId) {
    if (logger.isWarnEnabled()) {
      write(logger.atWarn(), "blocked", verdict, nanos, connectionId);
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
