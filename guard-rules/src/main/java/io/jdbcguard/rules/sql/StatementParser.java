package io.jdbcguard.rules.sql;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import net.sf.jsqlparser.parser.CCJSqlParser;
import net.sf.jsqlparser.parser.CCJSqlParserConstants;
import net.sf.jsqlparser.parser.ParseException;
import net.sf.jsqlparser.parser.StringProvider;
import net.sf.jsqlparser.parser.Token;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.UnsupportedStatement;

/**
 * Parses one statement with JSqlParser, bounded in time, and never throws.
 *
 * <p>{@code CCJSqlParserUtil.parse(String)} starts a new thread per call to enforce its timeout
 * (about 400 µs); parsing on the caller's thread costs about 60 µs. So short statements are
 * parsed on the caller's thread while a shared watchdog raises the parser's {@code interrupted}
 * flag when the time is up ({@link ParseWatchdog}); long ones (where a pathological input could
 * spend its time where the parser does not look at that flag) go to a small pool and the caller
 * waits at most the timeout. The watchdog and the pool belong to this parser (one per engine),
 * start their threads on first use, let them end when idle, and stop on {@link #close()}. Every
 * exception and {@link StackOverflowError} becomes a {@link ParseResult.Failed}; other errors
 * ({@link OutOfMemoryError}) are not caught.
 */
public final class StatementParser implements AutoCloseable {

  /** Statements up to this many characters are parsed on the caller's thread. */
  static final int CALLER_THREAD_LIMIT = 16 * 1024;

  private final Duration timeout;
  private final ParseWatchdog watchdog = new ParseWatchdog();
  private final Object poolLock = new Object();
  private ThreadPoolExecutor longParses;
  private volatile boolean closed;

  public StatementParser(Duration timeout) {
    this.timeout = timeout;
  }

  /** Parses exactly one statement; trailing tokens make it fail. */
  public ParseResult parse(String text) {
    if (text.length() <= CALLER_THREAD_LIMIT) {
      return parseHere(text);
    }
    return parseInPool(text);
  }

  private ParseResult parseHere(String text) {
    CCJSqlParser parser;
    try {
      parser = new CCJSqlParser(new StringProvider(text));
    } catch (RuntimeException | StackOverflowError e) {
      return failed(e);
    }
    if (!watchdog.watch(parser, timeout.toNanos())) {
      return closedFailure();
    }
    try {
      return run(parser);
    } finally {
      watchdog.release(parser);
    }
  }

  private ParseResult parseInPool(String text) {
    CCJSqlParser[] holder = new CCJSqlParser[1];
    ExecutorService pool = longParsePool();
    if (pool == null) {
      return closedFailure();
    }
    Future<ParseResult> future;
    try {
      future =
          pool.submit(
              () -> {
                CCJSqlParser parser = new CCJSqlParser(new StringProvider(text));
                holder[0] = parser;
                return run(parser);
              });
    } catch (RuntimeException rejected) {
      return new ParseResult.Failed("the guard is busy parsing other very long statements");
    }
    try {
      return future.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      CCJSqlParser parser = holder[0];
      if (parser != null) {
        parser.interrupted = true;
      }
      future.cancel(true);
      return timedOut();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      future.cancel(true);
      return new ParseResult.Failed("parsing was interrupted");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof Error error && !(error instanceof StackOverflowError)) {
        throw error;
      }
      return failed(e.getCause());
    }
  }

  /** Stops the watchdog and the long-parse pool; later parses fail (so the engine blocks). */
  @Override
  public void close() {
    closed = true;
    watchdog.close();
    synchronized (poolLock) {
      if (longParses != null) {
        longParses.shutdownNow();
      }
    }
    try {
      ExecutorService pool = longParses;
      if (pool != null) {
        pool.awaitTermination(1, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** True while this parser holds a running thread (the watchdog's or a pool thread). */
  boolean holdsThreads() {
    synchronized (poolLock) {
      return watchdog.running() || (longParses != null && longParses.getPoolSize() > 0);
    }
  }

  private ParseResult closedFailure() {
    return new ParseResult.Failed("the guard engine was closed");
  }

  private ParseResult run(CCJSqlParser parser) {
    try {
      parser.withAllowComplexParsing(true);
      Statement statement = parser.SingleStatement();
      if (parser.interrupted) {
        return timedOut();
      }
      Token next = parser.getNextToken();
      while (next != null && next.kind == CCJSqlParserConstants.ST_SEMICOLON) {
        next = parser.getNextToken();
      }
      if (next != null && next.kind != CCJSqlParserConstants.EOF) {
        return new ParseResult.Failed(
            "the parser stopped before the end of the statement, at '" + next.image + "'");
      }
      if (statement == null || statement instanceof UnsupportedStatement) {
        return new ParseResult.Failed("the parser does not understand this kind of statement");
      }
      return new ParseResult.Parsed(statement);
    } catch (Exception | StackOverflowError e) {
      if (parser.interrupted) {
        return timedOut();
      }
      return failed(e);
    }
  }

  private ParseResult timedOut() {
    return new ParseResult.Failed(
        "parsing took longer than " + timeout.toMillis() + " ms (guard's parse timeout)", true);
  }

  private static ParseResult failed(Throwable t) {
    if (t instanceof StackOverflowError) {
      return new ParseResult.Failed("the statement is nested too deeply to analyse");
    }
    if (t instanceof ParseException pe && pe.currentToken != null && pe.currentToken.next != null) {
      Token at = pe.currentToken.next;
      String near = at.kind == CCJSqlParserConstants.EOF ? "end of statement" : "'" + at.image + "'";
      return new ParseResult.Failed("syntax not understood near " + near);
    }
    return new ParseResult.Failed("syntax not understood (" + t.getClass().getSimpleName() + ")");
  }

  /** The long-parse pool, created on the first long statement; null once closed. */
  private ExecutorService longParsePool() {
    synchronized (poolLock) {
      if (closed) {
        return null;
      }
      if (longParses == null) {
        longParses =
            new ThreadPoolExecutor(
                2, 2, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(64), daemon("jdbc-guard-parser"));
        longParses.allowCoreThreadTimeOut(true);
      }
      return longParses;
    }
  }

  private static ThreadFactory daemon(String name) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, name + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
