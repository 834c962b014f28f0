package io.jdbcguard.driver.audit;

import java.util.Map;
import org.slf4j.ILoggerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.helpers.NOPLoggerFactory;
import org.slf4j.spi.LoggingEventBuilder;

/** The audit log through SLF4J 2's fluent API: the key/value pairs become structured fields. */
final class Slf4jAuditSink implements AuditSink {

  private final Logger logger;

  private Slf4jAuditSink(Logger logger) {
    this.logger = logger;
  }

  /** The SLF4J sink, or null when SLF4J has no provider (it would drop every event). */
  static AuditSink create(String loggerName) {
    try {
      ILoggerFactory factory = LoggerFactory.getILoggerFactory();
      if (factory instanceof NOPLoggerFactory) {
        return null;
      }
      return new Slf4jAuditSink(factory.getLogger(loggerName));
    } catch (LinkageError e) {
      return null;
    }
  }

  @Override
  public boolean isEnabled(Level level) {
    switch (level) {
      case DEBUG:
        return logger.isDebugEnabled();
      case INFO:
        return logger.isInfoEnabled();
      default:
        return logger.isWarnEnabled();
    }
  }

  @Override
  public void log(Level level, String message, Map<String, Object> keyValues) {
    LoggingEventBuilder event;
    switch (level) {
      case DEBUG:
        event = logger.atDebug();
        break;
      case INFO:
        event = logger.atInfo();
        break;
      default:
        event = logger.atWarn();
        break;
    }
    event.setMessage(message);
    for (Map.Entry<String, Object> field : keyValues.entrySet()) {
      event.addKeyValue(field.getKey(), field.getValue());
    }
    event.log();
  }
}
