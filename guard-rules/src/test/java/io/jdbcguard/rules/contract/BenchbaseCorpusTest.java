package io.jdbcguard.rules.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.jdbcguard.rules.Action;
import io.jdbcguard.rules.Dialect;
import io.jdbcguard.rules.GuardEngine;
import io.jdbcguard.rules.ScriptStatement;
import io.jdbcguard.rules.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Real application SQL: what the BenchBase workloads (Apache-2.0) send through JDBC to PostgreSQL,
 * copied with its README into {@code src/test/resources/corpora/benchbase/}. Every workload
 * statement must run (a block is a false positive); the loaders' DROP statements must be blocked;
 * ResourceStresser's {@code SELECT pg_sleep(?)} may be warned about but not blocked. Failures are
 * collected and reported together, with file, line, statement and verdict.
 */
class BenchbaseCorpusTest {

  static final List<String> FILES = List.of(
      "auctionmark.sql", "epinions.sql", "resourcestresser.sql", "seats.sql", "sibench.sql",
      "smallbank.sql", "tatp.sql", "tpcc.sql", "tpch.sql", "twitter.sql", "voter.sql",
      "wikipedia.sql", "ycsb.sql");

  /** The README says about 520 distinct statements (659 with repeats); a broken splitter fails. */
  static final int PLAUSIBLE_MINIMUM = 450;

  private static final GuardEngine ENGINE = GuardEngine.forDialect(Dialect.POSTGRES);
  private static final List<Statement> STATEMENTS = new ArrayList<>();
  private static final List<String> SPLIT_FAILURES = new ArrayList<>();

  record Statement(String file, ScriptStatement statement) {
    String sql() {
      return statement.sql();
    }

    String where() {
      return file + ":" + statement.line();
    }
  }

  @BeforeAll
  static void splitTheCorpus() {
    for (String file : FILES) {
      String script = ContractTable.resource("corpora/benchbase/" + file);
      try {
        for (ScriptStatement s : ENGINE.split(script)) {
          STATEMENTS.add(new Statement(file, s));
        }
      } catch (Throwable t) {
        SPLIT_FAILURES.add(file + ": split threw " + t);
      }
    }
  }

  @Test
  void splitsEachCorpusFileIntoItsBlankLineSeparatedStatements() {
    List<String> problems = new ArrayList<>(SPLIT_FAILURES);
    for (String file : FILES) {
      String script = ContractTable.resource("corpora/benchbase/" + file);
      int expected = 0;
      for (String piece : script.split(";[ \\t]*\\r?\\n[ \\t]*\\r?\\n")) {
        if (!piece.isBlank()) {
          expected++;
        }
      }
      List<ScriptStatement> got =
          STATEMENTS.stream().filter(s -> s.file().equals(file)).map(Statement::statement).toList();
      if (got.size() != expected) {
        problems.add(file + ": expected " + expected + " statements, split returned " + got.size());
      }
      for (ScriptStatement s : got) {
        if (!script.startsWith(s.sql(), s.offset())) {
          problems.add(file + ": statement at offset " + s.offset() + " is not the script's text "
              + "there: " + ContractTable.abbreviate(s.sql(), 80));
        } else if (s.line() != 1 + countNewlines(script, s.offset())) {
          problems.add(file + ": statement at offset " + s.offset() + " reports line " + s.line()
              + " but starts on line " + (1 + countNewlines(script, s.offset())));
        }
        if (s.sql().strip().endsWith(";")) {
          problems.add(file + ":" + s.line() + ": statement keeps its delimiter: "
              + ContractTable.abbreviate(s.sql(), 80));
        }
      }
    }
    assertThat(problems).isEmpty();
    assertThat(STATEMENTS.size()).as("statements read from the corpus")
        .isGreaterThan(PLAUSIBLE_MINIMUM);
  }

  @Test
  void blocksTheLoadersDropStatements() {
    List<String> failures = new ArrayList<>(SPLIT_FAILURES);
    int drops = 0;
    for (Statement s : STATEMENTS) {
      if (isDrop(s.sql())) {
        drops++;
        Verdict v = check(s, failures);
        if (v != null && v.action() != Action.BLOCK) {
          failures.add(report(s, v, "BLOCK (contract 1.1)"));
        }
      }
    }
    assertThat(failures).as("%d statements", failures.size()).isEmpty();
    assertThat(drops).as("DROP statements in the corpus").isGreaterThan(60);
  }

  @Test
  void runsEveryWorkloadStatementWithoutBlockOrDryRun() {
    List<String> failures = new ArrayList<>(SPLIT_FAILURES);
    int checked = 0;
    for (Statement s : STATEMENTS) {
      if (isDrop(s.sql())) {
        continue;
      }
      checked++;
      Verdict v = check(s, failures);
      if (v != null && v.action() != Action.ALLOW && v.action() != Action.WARN) {
        failures.add(report(s, v, "ALLOW or WARN (contract 2)"));
      }
    }
    assertThat(failures).as("%d statements", failures.size()).isEmpty();
    assertThat(STATEMENTS.size()).as("statements read from the corpus")
        .isGreaterThan(PLAUSIBLE_MINIMUM);
    assertThat(checked).as("non-DROP statements checked").isGreaterThan(PLAUSIBLE_MINIMUM - 80);
  }

  /**
   * The corpus README: the sleep call "is the one workload statement that may be flagged, and only
   * with a WARN-level rule". Everything else the benchmarks run should raise no finding at all.
   */
  @Test
  void flagsNoWorkloadStatementExceptTheSleepCall() {
    List<String> failures = new ArrayList<>(SPLIT_FAILURES);
    for (Statement s : STATEMENTS) {
      if (isDrop(s.sql()) || isSleep(s.sql())) {
        continue;
      }
      Verdict v = check(s, failures);
      if (v != null && (v.action() != Action.ALLOW || !v.findings().isEmpty())) {
        failures.add(report(s, v, "ALLOW without findings (corpus README)"));
      }
    }
    assertThat(failures).as("%d statements", failures.size()).isEmpty();
    assertThat(STATEMENTS).hasSizeGreaterThan(PLAUSIBLE_MINIMUM);
  }

  @Test
  void warnsAtMostAboutTheSleepCall() {
    List<String> failures = new ArrayList<>(SPLIT_FAILURES);
    int sleeps = 0;
    for (Statement s : STATEMENTS) {
      if (isSleep(s.sql())) {
        sleeps++;
        Verdict v = check(s, failures);
        if (v != null && v.action() != Action.ALLOW && v.action() != Action.WARN) {
          failures.add(report(s, v, "ALLOW or WARN (corpus README, contract 3)"));
        }
      }
    }
    assertThat(failures).isEmpty();
    assertThat(sleeps).as("pg_sleep statements in the corpus").isEqualTo(1);
  }

  // ---------------------------------------------------------------------------------------------

  private static Verdict check(Statement s, List<String> failures) {
    try {
      return ENGINE.check(s.sql());
    } catch (Throwable t) {
      failures.add(s.where() + " check threw " + t + "\n    sql: "
          + ContractTable.abbreviate(s.sql().strip(), 200));
      return null;
    }
  }

  private static String report(Statement s, Verdict v, String expected) {
    return s.where() + " expected " + expected + " but got " + Engines.describe(v)
        + "\n    sql: " + ContractTable.abbreviate(s.sql().strip(), 200);
  }

  static boolean isDrop(String sql) {
    return withoutLeadingComments(sql).toUpperCase(Locale.ROOT).startsWith("DROP");
  }

  static boolean isSleep(String sql) {
    return sql.toLowerCase(Locale.ROOT).contains("pg_sleep");
  }

  /** The statement text after leading white space, block comments and line comments. */
  static String withoutLeadingComments(String sql) {
    String s = sql.strip();
    while (true) {
      if (s.startsWith("/*")) {
        int end = s.indexOf("*/", 2);
        s = end < 0 ? "" : s.substring(end + 2).strip();
      } else if (s.startsWith("--")) {
        int end = s.indexOf('\n');
        s = end < 0 ? "" : s.substring(end + 1).strip();
      } else {
        return s;
      }
    }
  }

  private static int countNewlines(String s, int end) {
    int n = 0;
    for (int i = 0; i < end; i++) {
      if (s.charAt(i) == '\n') {
        n++;
      }
    }
    return n;
  }
}
