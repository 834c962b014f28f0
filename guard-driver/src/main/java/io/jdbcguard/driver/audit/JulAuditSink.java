package io.jdbcguard.driver.audit;

import java.util.Map;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The audit log through {@code java.util.logging}, when SLF4J is missing or has no provider. DEBUG
 * is {@code FINE}, INFO is {@code INFO}, WARN is {@code WARNING}; the structured fields follow the
 * message as {@code {key=value, ...}}.
 */
final class JulAuditSink implements AuditSink {

  private final Logger logger;

  JulAuditSink(String loggerName) {
    this.logger = Logger.getLogger(loggerName);
  }

  @Override
  public boolean isEnabled(Level level) {
    return logger.isLoggable(julLevel(level));
  }

  @Override
  public void log(Level level, String message, Map<String, Object> keyValues) {
    StringBuilder text = new StringBuilder(message);
    String separator = " {";
    for (Map.Entry<String, Object> field : keyValues.entrySet()) {
      text.append(separator).append(field.getKey()).append('=').append(field.getValue());
      separator = ", ";
    }
    if (!keyValues.isEmpty()) {
      text.append('}');
    }
    // no parameters: the message is already formatted, so no {0} in it is ever expanded
    LogRecord record = new LogRecord(julLevel(level), text.toString());
    record.setLoggerName(logger.getName());
    record.setSourceClassName(AuditLog.class.getName());
    record.setSourceMethodName(level.name().toLowerCase(java.util.Locale.ROOT));
    logger.log(record);
  }

  private static java.util.logging.Level julLevel(Level level) {
    switch (level) {
      case DEBUG:
        return java.util.logging.Level.FINE;
      case INFO:
        return java.util.logging.Level.INFO;
      default:
        return java.util.logging.Level.WARNING;
    }
  }
}
