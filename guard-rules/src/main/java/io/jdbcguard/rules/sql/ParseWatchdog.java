package io.jdbcguard.rules.sql;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import net.sf.jsqlparser.parser.CCJSqlParser;

/**
 * Stops parses that run past their deadline by raising the parser's {@code interrupted} flag.
 *
 * <p>Registering costs one concurrent-map put and remove, with no thread hand-off: a single daemon
 * thread scans the running parses every {@value #TICK_MILLIS} ms. (A scheduled task per parse
 * would wake that thread on every parse, which costs more than the parse itself.)
 */
final class ParseWatchdog {

  static final long TICK_MILLIS = 25;
  static final ParseWatchdog INSTANCE = new ParseWatchdog();

  private final Map<CCJSqlParser, Long> deadlines = new ConcurrentHashMap<>();

  private ParseWatchdog() {
    Thread t = new Thread(this::loop, "jdbc-guard-parse-watchdog");
    t.setDaemon(true);
    t.start();
  }

  void watch(CCJSqlParser parser, long timeoutNanos) {
    deadlines.put(parser, System.nanoTime() + timeoutNanos);
  }

  void release(CCJSqlParser parser) {
    deadlines.remove(parser);
  }

  private void loop() {
    while (true) {
      try {
        TimeUnit.MILLISECONDS.sleep(TICK_MILLIS);
      } catch (InterruptedException e) {
        return;
      }
      if (deadlines.isEmpty()) {
        continue;
      }
      long now = System.nanoTime();
      deadlines.forEach(
          (parser, deadline) -> {
            if (now - deadline > 0) {
              parser.interrupted = true;
            }
          });
    }
  }
}
