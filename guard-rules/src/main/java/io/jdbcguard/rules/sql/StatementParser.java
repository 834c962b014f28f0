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
 * flag when the time is up ({@link ParseWatchdog}); long ones (where a pathological input could spend its time where the
 * parser does not look at that flag) go to a small shared pool and the caller waits at most the
 * timeout. Every exception and error, including {@link StackOverflowError}, becomes a {@link
 * ParseResult.Failed}.
 */
public final class StatementParser {

  /** Statements up to this many characters are parsed on the caller's thread. */
  static final int CALLER_THREAD_LIMIT = 16 * 1024;

  private static final ExecutorService LONG_PARSES = longParsePool();

  private final Duration timeout;

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
    } catch (Throwable t) {
      return failed(t);
    }
    ParseWatchdog.INSTANCE.watch(parser, timeout.toNanos());
    try {
      return run(parser);
    } finally {
      ParseWatchdog.INSTANCE.release(parser);
    }
  }

  private ParseResult parseInPool(String text) {
    CCJSqlParser[] holder = new CCJSqlParser[1];
    Future<ParseResult> future;
    try {
      future =
          LONG_PARSES.submit(
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
      return failed(e.getCause());
    }
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
    } catch (Throwable t) {
      if (parser.interrupted) {
        return timedOut();
      }
      return failed(t);
    }
  }

  private ParseResult timedOut() {
    return new ParseResult.Failed(
        "parsing took longer than " + timeout.toMillis() + " ms (guard's parse timeout)");
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

  private static ExecutorService longParsePool() {
    ThreadPoolExecutor e =
        new ThreadPoolExecutor(
            2, 2, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(64), daemon("jdbc-guard-parser"));
    e.allowCoreThreadTimeOut(true);
    return e;
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
