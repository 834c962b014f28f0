package io.jdbcguard.rules.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.jdbcguard.rules.Action;
import io.jdbcguard.rules.Dialect;
import io.jdbcguard.rules.GuardEngine;
import io.jdbcguard.rules.Policy;
import io.jdbcguard.rules.Verdict;
import io.jdbcguard.rules.contract.ContractTable.Case;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Contract 1.11 and the engine's own promise: {@code check} never throws, never hangs, never lets a
 * StackOverflowError escape, and fails closed on pathological input. The time bounds here are hang
 * guards (a stuck engine must not stall the build), not speed assertions.
 */
class RobustnessTest {

  /** Hang guard for one call; far above any sane parse time. */
  private static final Duration HANG_GUARD = Duration.ofSeconds(60);
  /** Hang guard for loops of thousands of calls. */
  private static final Duration LOOP_HANG_GUARD = Duration.ofMinutes(10);

  @ParameterizedTest(name = "[{0}]")
  @EnumSource(Dialect.class)
  void blocksFiveThousandNestedParenthesesWithoutCrashing(Dialect dialect) {
    String sql = "SELECT " + "(".repeat(5_000) + "1" + ")".repeat(5_000);

    assertThat(checkSafely(dialect, sql).action()).isEqualTo(Action.BLOCK);
  }

  @ParameterizedTest(name = "[{0}]")
  @EnumSource(Dialect.class)
  void blocksFiftyThousandNestedParenthesesWithoutCrashing(Dialect dialect) {
    String sql = "SELECT " + "(".repeat(50_000) + "1" + ")".repeat(50_000);

    assertThat(checkSafely(dialect, sql).action()).isEqualTo(Action.BLOCK);
  }

  @ParameterizedTest(name = "[{0}]")
  @EnumSource(Dialect.class)
  void blocksDeeplyNestedWherePredicateWithoutCrashing(Dialect dialect) {
    String sql = "DELETE FROM t WHERE " + "(".repeat(10_000) + "id = 1" + ")".repeat(10_000);

    assertThat(checkSafely(dialect, sql).action()).isEqualTo(Action.BLOCK);
  }

  @ParameterizedTest(name = "[{0}]")
  @EnumSource(Dialect.class)
  void blocksFiftyThousandUnbalancedOpeningParentheses(Dialect dialect) {
    assertThat(checkSafely(dialect, "SELECT " + "(".repeat(50_000)).action())
        .isEqualTo(Action.BLOCK);
  }

  @ParameterizedTest(name = "[{0}]")
  @EnumSource(Dialect.class)
  void blocksLongChainsOfNotAndUnaryMinus(Dialect dialect) {
    assertThat(checkSafely(dialect, "DELETE FROM t WHERE " + "NOT ".repeat(20_000) + "FALSE")
        .action()).isEqualTo(Action.BLOCK);
    assertThat(checkSafely(dialect, "DROP TABLE t; SELECT " + "- ".repeat(20_000) + "1")
        .action()).isEqualTo(Action.BLOCK);
  }

  @ParameterizedTest(name = "[{0}]")
  @EnumSource(Dialect.class)
  void returnsAVerdictForAOneMegabyteInList(Dialect dialect) {
    Verdict v = checkSafely(dialect, hugeInListSelect());

    assertThat(v.action()).as("ALLOW or BLOCK are both acceptable; it must return").isNotNull();
    assertThat(v.fingerprint()).isNotNull();
  }

  @ParameterizedTest(name = "[{0}]")
  @EnumSource(Dialect.class)
  void blocksADropThatFollowsAOneMegabyteStatement(Dialect dialect) {
    assertThat(checkSafely(dialect, hugeInListSelect() + ";\nDROP TABLE t").action())
        .isEqualTo(Action.BLOCK);
  }

  @ParameterizedTest(name = "[{0}]")
  @EnumSource(Dialect.class)
  void blocksADropHiddenAfterTenThousandHarmlessStatements(Dialect dialect) {
    String sql = "SELECT 1; ".repeat(10_000) + "DROP TABLE t";

    assertThat(checkSafely(dialect, sql).action()).isEqualTo(Action.BLOCK);
  }

  @ParameterizedTest(name = "[{0}]")
  @EnumSource(Dialect.class)
  void returnsAVerdictForAHundredThousandEmptyStatements(Dialect dialect) {
    assertThat(checkSafely(dialect, ";".repeat(100_000)).action()).isNotNull();
  }

  @ParameterizedTest(name = "[{0}]")
  @EnumSource(Dialect.class)
  void blocksADropAfterAOneMegabyteStringLiteral(Dialect dialect) {
    String literal = "'" + "x".repeat(1 << 20) + "'";

    assertThat(checkSafely(dialect, "SELECT " + literal).action()).isNotNull();
    assertThat(checkSafely(dialect, "SELECT " + literal + "; DROP TABLE t").action())
        .isEqualTo(Action.BLOCK);
  }

  @ParameterizedTest(name = "[{0}]")
  @EnumSource(Dialect.class)
  void blocksADropAfterFiftyThousandCommentOpeners(Dialect dialect) {
    String sql = "SELECT 1 " + "/* ".repeat(50_000) + "*/ ".repeat(50_000) + "; DROP TABLE t";

    assertThat(checkSafely(dialect, sql).action()).isEqualTo(Action.BLOCK);
  }

  @ParameterizedTest(name = "[{0}]")
  @EnumSource(Dialect.class)
  void blocksAMegabyteOfRandomBytes(Dialect dialect) {
    byte[] bytes = new byte[1 << 20];
    new Random(20_240_101L).nextBytes(bytes);
    String sql = new String(bytes, StandardCharsets.ISO_8859_1);

    assertThat(checkSafely(dialect, sql).action()).isEqualTo(Action.BLOCK);
  }

  static Stream<Arguments> dangerousStatementsWithNulOrLoneSurrogates() {
    List<Arguments> args = new ArrayList<>();
    for (Dialect d : Dialect.values()) {
      for (String sql : List.of(
          "\0DROP TABLE t",
          "DROP TABLE t\0",
          "DR\0OP TABLE t",
          "SELECT 1\0; DROP TABLE t",
          "SELECT '\0'; DROP TABLE t",
          "DELETE FROM t\0",
          "DROP TABLE \uD800t",
          "SELECT 1; DROP TABLE t\uDFFF",
          "SELECT '\uDC00'; DELETE FROM t",
          "\uD800\uD800 DROP TABLE t")) {
        args.add(Arguments.of(d, sql));
      }
    }
    return args.stream();
  }

  @ParameterizedTest(name = "[{0}] {1}")
  @MethodSource("dangerousStatementsWithNulOrLoneSurrogates")
  void blocksDangerousStatementsContainingNulOrLoneSurrogates(Dialect dialect, String sql) {
    assertThat(checkSafely(dialect, sql).action()).isEqualTo(Action.BLOCK);
  }

  @ParameterizedTest(name = "[{0}]")
  @EnumSource(Dialect.class)
  void returnsAVerdictForHarmlessLookingNulAndSurrogateInput(Dialect dialect) {
    for (String sql : List.of(
        "\0", "\0\0\0", "SELECT 1\0", "SELECT '\0'", "\uD800", "\uDC00\uD800",
        "SELECT '\uD800'", "SELECT 1 -- \uDFFF", "/* \uD800 */", "\uFEFFSELECT 1", "\uFFFF")) {
      Verdict v = checkSafely(dialect, sql);
      assertThat(v.action()).as(ContractTable.abbreviate(sql, 40)).isNotNull();
      assertThat(v.message()).as(ContractTable.abbreviate(sql, 40)).isNotNull();
    }
  }

  @ParameterizedTest(name = "[{0}]")
  @EnumSource(Dialect.class)
  void blocksNullInputInsteadOfThrowing(Dialect dialect) {
    Verdict v = checkSafely(dialect, null);

    assertThat(v.action()).isEqualTo(Action.BLOCK);
    assertThat(v.findings()).as("a fail-closed block still says why").isNotEmpty();
  }

  @Test
  void survivesTenThousandRandomTokenSoups() {
    List<String> failures = assertTimeoutPreemptively(
        LOOP_HANG_GUARD, RobustnessTest::runTokenSoups, "hang guard, not a speed assertion");

    assertThat(first50(failures)).as("%d failures, the first 50", failures.size()).isEmpty();
  }

  @Test
  void eightThreadsGetTheSameVerdictsAsOneThread() throws Exception {
    List<Case> mix = concurrencyMix();
    Map<Case, String> expected = new HashMap<>();
    Map<Dialect, GuardEngine> baseline = freshEngines(Policy::defaults);
    for (Case c : mix) {
      expected.put(c, signature(baseline.get(c.dialect()).check(c.row().sql())));
    }

    for (Map<Dialect, GuardEngine> shared : List.of(
        freshEngines(Policy::defaults),
        freshEngines(d -> Policy.builder().dialect(d).cacheSize(0).build()))) {
      List<String> mismatches = runConcurrently(shared, mix, expected, 8);
      assertThat(first50(mismatches)).as("%d mismatches, the first 50", mismatches.size())
          .isEmpty();
    }
  }

  // ---------------------------------------------------------------------------------------------

  private static Verdict checkSafely(Dialect dialect, String sql) {
    Verdict v = assertTimeoutPreemptively(
        HANG_GUARD,
        () -> {
          try {
            return Engines.check(dialect, sql);
          } catch (Throwable t) {
            throw new AssertionError(
                "check threw " + t + " for " + (sql == null ? "null" : ContractTable.abbreviate(
                    sql, 120)), t);
          }
        },
        "hang guard, not a speed assertion");
    assertThat(v).as("check never returns null").isNotNull();
    return v;
  }

  private static String hugeInListSelect() {
    StringBuilder sb = new StringBuilder((1 << 20) + 64).append("SELECT * FROM t WHERE id IN (");
    for (int i = 0; sb.length() < (1 << 20); i++) {
      sb.append(i == 0 ? "" : ", ").append(i);
    }
    return sb.append(')').toString();
  }

  private static final String[] SOUP_TOKENS = {
    "SELECT", "DROP", "TABLE", "DELETE", "FROM", "UPDATE", "SET", "WHERE", "INSERT", "INTO",
    "VALUES", "TRUNCATE", "GRANT", "WITH", "AS", "AND", "OR", "NOT", "NULL", "=", "<>", "!=", "1",
    "1=1", "t", "id", "(", ")", "((", "))", "'", "''", "'x'", "\"", "\"x\"", "`", ";", ";;", ",",
    "--", "\n", "/*", "*/", "/*!", "#", "$$", "$a$", "E'", "\\", "?", "::", "{", "}", "{call",
    "{fn", "*", ".", "LIMIT", "ORDER BY", "JOIN", "ON", "USING", "RETURNING", "EXPLAIN",
    "ANALYZE", "DO", "COPY", "PROGRAM", "pg_read_file(", "\t", "\0", "\uD800", "é", "𝔘"
  };

  private static List<String> runTokenSoups() {
    Random random = new Random(42);
    List<String> failures = new ArrayList<>();
    int count = 0;
    for (int i = 0; i < 10_000; i++) {
      StringBuilder soup = new StringBuilder();
      int n = 1 + random.nextInt(40);
      for (int j = 0; j < n; j++) {
        soup.append(SOUP_TOKENS[random.nextInt(SOUP_TOKENS.length)]);
        soup.append(random.nextInt(4) == 0 ? "" : " ");
      }
      Dialect dialect = Dialect.values()[i % Dialect.values().length];
      String sql = soup.toString();
      soupInvariants(dialect, sql, false, failures);
      if (i % 5 == 0) {
        soupInvariants(dialect, "DROP TABLE t; " + sql, true, failures);
      }
      count++;
    }
    if (count != 10_000) {
      failures.add("only " + count + " soups ran");
    }
    return failures;
  }

  private static void soupInvariants(
      Dialect dialect, String sql, boolean mustBlock, List<String> failures) {
    String where = "[" + dialect.id() + "] " + ContractTable.abbreviate(sql, 160);
    Verdict v;
    try {
      v = Engines.check(dialect, sql);
    } catch (Throwable t) {
      failures.add(where + " -> threw " + t);
      return;
    }
    if (v == null || v.action() == null) {
      failures.add(where + " -> null verdict or action");
    } else if (mustBlock && v.action() != Action.BLOCK) {
      failures.add(where + " -> " + Engines.describe(v) + " (a leading DROP TABLE must block)");
    } else if (v.action() == Action.ALLOW && !v.findings().isEmpty()) {
      failures.add(where + " -> ALLOW with findings: " + Engines.describe(v));
    } else if (v.action() == Action.BLOCK && !v.message().contains("[")) {
      failures.add(where + " -> BLOCK without a rule id in the message: " + Engines.describe(v));
    }
  }

  private static List<Case> concurrencyMix() {
    List<Case> mix = new ArrayList<>();
    List<Case> all = new ArrayList<>();
    all.addAll(ContractTable.cases(ContractTable.MUST_BLOCK));
    all.addAll(ContractTable.cases(ContractTable.MUST_ALLOW));
    all.addAll(ContractTable.cases(ContractTable.SHOULD_BLOCK));
    for (int i = 0; i < all.size(); i += 3) {
      mix.add(all.get(i));
    }
    return mix;
  }

  private static Map<Dialect, GuardEngine> freshEngines(Function<Dialect, Policy> policy) {
    Map<Dialect, GuardEngine> engines = new EnumMap<>(Dialect.class);
    for (Dialect d : Dialect.values()) {
      engines.put(d, GuardEngine.create(policy.apply(d)));
    }
    return engines;
  }

  private static List<String> runConcurrently(
      Map<Dialect, GuardEngine> engines, List<Case> mix, Map<Case, String> expected, int threads)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<String>>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        List<Case> order = new ArrayList<>(mix);
        Collections.shuffle(order, new Random(t));
        futures.add(pool.submit(() -> {
          start.await();
          List<String> mismatches = new ArrayList<>();
          for (int round = 0; round < 2; round++) {
            for (Case c : order) {
              String got;
              try {
                got = signature(engines.get(c.dialect()).check(c.row().sql()));
              } catch (Throwable e) {
                got = "threw " + e;
              }
              if (!got.equals(expected.get(c))) {
                mismatches.add(c + "\n  one thread: " + expected.get(c) + "\n  concurrent: " + got);
              }
            }
          }
          return mismatches;
        }));
      }
      start.countDown();
      List<String> all = new ArrayList<>();
      for (Future<List<String>> f : futures) {
        all.addAll(f.get(LOOP_HANG_GUARD.toMillis(), TimeUnit.MILLISECONDS));
      }
      return all;
    } finally {
      pool.shutdownNow();
    }
  }

  private static List<String> first50(List<String> list) {
    return list.subList(0, Math.min(50, list.size()));
  }

  private static String signature(Verdict v) {
    return v.action() + " " + v.ruleIds() + " " + v.kinds() + " " + v.message();
  }
}
