package io.jdbcguard.rules.sql;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import net.sf.jsqlparser.parser.CCJSqlParser;

/**
 * Stops parses that run past their deadline by raising the parser's {@code interrupted} flag.
 * Owned by one {@link StatementParser} (so by one engine), closed with it.
 *
 * <p>Registering costs one concurrent-map put and remove, with no thread hand-off: a single daemon
 * thread scans the running parses every {@value #TICK_MILLIS} ms. (A scheduled task per parse
 * would wake that thread on every parse, which costs more than the parse itself.) The thread is
 * started by the first parse, not when the class loads, and ends by itself after {@value
 * #IDLE_TICKS} ticks without a parse, so an idle engine holds no thread; the next parse starts a
 * new one.
 */
final class ParseWatchdog implements AutoCloseable {

  static final long TICK_MILLIS = 25;
  static final int IDLE_TICKS = 200;

  private final Map<CCJSqlParser, Long> deadlines = new ConcurrentHashMap<>();
  private final Object lock = new Object();
  private volatile Thread thread;
  private boolean closed;

  /** Watches {@code parser}; false when the watchdog is closed (the parse must not start). */
  boolean watch(CCJSqlParser parser, long timeoutNanos) {
    deadlines.put(parser, System.nanoTime() + timeoutNanos);
    Thread t = thread;
    if (t == null || !t.isAlive()) {
      synchronized (lock) {
        if (closed) {
          deadlines.remove(parser);
          return false;
        }
        if (thread == null || !thread.isAlive()) {
          thread = new Thread(this::loop, "jdbc-guard-parse-watchdog");
          thread.setDaemon(true);
          thread.start();
        }
      }
    }
    return true;
  }

  void release(CCJSqlParser parser) {
    deadlines.remove(parser);
  }

  /** Ends the thread; later parses are refused. */
  @Override
  public void close() {
    Thread t;
    synchronized (lock) {
      closed = true;
      t = thread;
      thread = null;
    }
    if (t != null) {
      t.interrupt();
      try {
        t.join(1000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** True while the watchdog's thread runs (for tests). */
  boolean running() {
    Thread t = thread;
    return t != null && t.isAlive();
  }

  /** The watchdog's thread, or null (for tests). */
  Thread thread() {
    return thread;
  }

  private void loop() {
    int idle = 0;
    while (true) {
      try {
        TimeUnit.MILLISECONDS.sleep(TICK_MILLIS);
      } catch (InterruptedException e) {
        return;
      }
      if (deadlines.isEmpty()) {
        if (++idle >= IDLE_TICKS) {
          synchronized (lock) {
            if (deadlines.isEmpty()) {
              thread = null;
              return;
            }
          }
          idle = 0;
        }
        continue;
      }
      idle = 0;
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
