package io.jdbcguard.driver.audit;

import java.util.Map;

/**
 * Where audit events are written: SLF4J 2 when it is on the class path with a provider ({@link
 * Slf4jAuditSink}), otherwise {@code java.util.logging} ({@link JulAuditSink}). The choice is made
 * once, when the first audit log is created; the SLF4J classes are never loaded when they are
 * missing.
 */
interface AuditSink {

  /** The three levels the audit log uses. */
  enum Level {
    DEBUG,
    INFO,
    WARN
  }

  boolean isEnabled(Level level);

  /**
   * Writes one event.
   *
   * @param message the formatted message (a fingerprint, never raw SQL)
   * @param keyValues the structured fields, in order
   */
  void log(Level level, String message, Map<String, Object> keyValues);

  /** The sink for {@code loggerName}: SLF4J if usable, else java.util.logging. */
  static AuditSink forLogger(String loggerName) {
    if (Slf4jProbe.USABLE) {
      AuditSink slf4j = Slf4jAuditSink.create(loggerName);
      if (slf4j != null) {
        return slf4j;
      }
    }
    return new JulAuditSink(loggerName);
  }

  /** Whether SLF4J 2's API can be loaded, without loading it when it cannot. */
  final class Slf4jProbe {
    static final boolean USABLE = present("org.slf4j.LoggerFactory") && present("org.slf4j.spi.LoggingEventBuilder");

    private Slf4jProbe() {}

    private static boolean present(String className) {
      try {
        Class.forName(className, false, AuditSink.class.getClassLoader());
        return true;
      } catch (ClassNotFoundException | LinkageError e) {
        return false;
      }
    }
  }
}
