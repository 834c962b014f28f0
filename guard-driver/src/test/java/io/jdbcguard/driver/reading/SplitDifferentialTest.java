package io.jdbcguard.driver.reading;

import static org.assertj.core.api.Assertions.assertThat;

import io.jdbcguard.rules.Action;
import io.jdbcguard.rules.Dialect;
import io.jdbcguard.rules.GuardEngine;
import io.jdbcguard.rules.Verdict;
import io.jdbcguard.rules.sql.SqlLexer;
import io.jdbcguard.rules.sql.SqlSplitter;
import io.jdbcguard.rules.sql.StatementSpan;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The differential test: seeded strings over the quoting, comment and continuation alphabet
 * ({@link SplitAlphabet}), each read by pgjdbc's own parser and by the guard. The build runs a
 * bounded number; {@code -Djdbcguard.split.strings=1000000 -Djdbcguard.split.seed=N} runs a long
 * one on purpose. Every disagreement class found so far is a fixed case in {@link
 * PgjdbcReadingTest}.
 */
class SplitDifferentialTest {

  private static final int STRINGS = Integer.getInteger("jdbcguard.split.strings", 3000);
  private static final long SEED = Long.getLong("jdbcguard.split.seed", 20261203L);

  private final PgjdbcReading pgjdbc = bind();
  private final GuardEngine engine = GuardEngine.forDialect(Dialect.POSTGRES);
  private final AmbiguousSplit split = new AmbiguousSplit(pgjdbc, Action.BLOCK);

  private static PgjdbcReading bind() {
    try {
      return PgjdbcReading.bind(
          SplitDifferentialTest.class.getClassLoader(), true, Dialect.POSTGRES);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("pgjdbc's parser is not on the test class path", e);
    }
  }

  /**
   * Where the guard says the driver agrees, the statements pgjdbc sends (each read as the server
   * reads it) are, text for text, the statements the guard analysed: checked here on statement
   * texts, independently of the token comparison inside {@link PgjdbcReading}.
   */
  @Test
  void agreementMeansTheServerRunsExactlyTheGuardsStatements() throws Throwable {
    SplitAlphabet alphabet = new SplitAlphabet(SEED);
    int agreed = 0;
    int disagreed = 0;
    for (int i = 0; i < STRINGS; i++) {
      String sql = alphabet.next(14);
      if (pgjdbc.disagreement(sql) != null) {
        disagreed++;
        continue;
      }
      if (sql.contains("??")) {
        continue; // pgjdbc sends ?? as ? outside literals: compared token-wise inside the reading
      }
      agreed++;
      List<String> sent = new ArrayList<>();
      for (String piece : pgjdbc.pieces(sql)) {
        sent.addAll(texts(piece));
      }
      assertThat(sent).as("pgjdbc's statements for %s", sql).isEqualTo(texts(sql));
    }
    assertThat(agreed).isGreaterThan(STRINGS / 2);
    assertThat(disagreed).as("the alphabet reaches pgjdbc's blind spots").isPositive();
  }

  /**
   * The end-to-end property: whatever the guard lets through, every statement pgjdbc sends for it
   * is one the engine allows on its own.
   */
  @Test
  void nothingTheGuardAllowsHidesAStatementTheEngineWouldRefuse() throws Throwable {
    SplitAlphabet alphabet = new SplitAlphabet(SEED + 1);
    int allowed = 0;
    for (int i = 0; i < STRINGS; i++) {
      String sql = alphabet.next(10) + alphabet.next(4);
      if (sql.contains("??")) {
        // pgjdbc sends ?? as the operator ?: the same structure, another spelling of one token,
        // which the token comparison in PgjdbcReading already accounts for
        continue;
      }
      Verdict verdict = split.review(sql, engine.check(sql));
      if (verdict.isBlocked()) {
        continue;
      }
      allowed++;
      for (String piece : pgjdbc.pieces(sql)) {
        assertThat(engine.check(piece).isBlocked())
            .as("piece %s of allowed %s", piece, sql)
            .isFalse();
      }
    }
    assertThat(allowed).isPositive();
  }

  private static List<String> texts(String sql) {
    List<String> out = new ArrayList<>();
    for (StatementSpan span :
        SqlSplitter.split(sql, SqlLexer.tokenize(sql, Dialect.POSTGRES), Dialect.POSTGRES)) {
      out.add(span.text(sql));
    }
    return out;
  }
}
