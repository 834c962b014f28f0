package io.jdbcguard.rules.bench;

import io.jdbcguard.rules.Dialect;
import io.jdbcguard.rules.GuardEngine;
import io.jdbcguard.rules.Policy;
import io.jdbcguard.rules.Verdict;
import java.util.concurrent.TimeUnit;
import net.sf.jsqlparser.parser.CCJSqlParser;
import net.sf.jsqlparser.parser.ParseException;
import net.sf.jsqlparser.parser.StringProvider;
import net.sf.jsqlparser.statement.Statement;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the engine costs per JDBC call: a cached verdict (the hot path), an uncached decision, and
 * the bare JSqlParser parse it is measured against. Run on purpose, never in the test suite:
 *
 * <pre>
 * ./mvnw -q -pl guard-rules test-compile exec:exec -Dexec.executable=java \
 *   -Dexec.classpathScope=test -Dexec.args="-cp %classpath org.openjdk.jmh.Main EngineBenchmark"
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EngineBenchmark {

  @Param({
    "SELECT c_discount, c_last, c_credit FROM customer WHERE c_w_id = ? AND c_d_id = ? AND c_id = ?",
    "UPDATE pgbench_accounts SET abalance = abalance + ? WHERE aid = ?",
    "INSERT INTO pgbench_history (tid, bid, aid, delta, mtime) VALUES (?, ?, ?, ?, CURRENT_TIMESTAMP)",
  })
  public String sql;

  private GuardEngine cached;
  private GuardEngine uncached;
  private String sameText;

  @Setup
  public void setUp() {
    cached = GuardEngine.forDialect(Dialect.POSTGRES);
    uncached = GuardEngine.create(Policy.builder().dialect(Dialect.POSTGRES).cacheSize(0).build());
    // a different String instance with the same text, as a driver sees it from most callers
    sameText = new String(sql.toCharArray());
    cached.check(sql);
  }

  /** The hot path: a statement seen before. */
  @Benchmark
  public Verdict cachedVerdict() {
    return cached.check(sql);
  }

  /** The hot path when the caller builds a new String each time (hash computed per call). */
  @Benchmark
  public Verdict cachedVerdictNewString() {
    return cached.check(new String(sameText.toCharArray()));
  }

  /** A statement never seen before: lex, split, parse, run every rule. */
  @Benchmark
  public Verdict uncachedVerdict() {
    return uncached.check(sql);
  }

  /** The floor: JSqlParser alone, on the caller's thread. */
  @Benchmark
  public Statement bareParse() throws ParseException {
    return new CCJSqlParser(new StringProvider(sql)).withAllowComplexParsing(true).SingleStatement();
  }
}
