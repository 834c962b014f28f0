package io.jdbcguard.rules.contract;

import io.jdbcguard.rules.Dialect;
import io.jdbcguard.rules.Finding;
import io.jdbcguard.rules.GuardEngine;
import io.jdbcguard.rules.Verdict;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

/** One default-profile engine per dialect, shared by the tests (the engine is thread-safe). */
final class Engines {

  private static final Map<Dialect, GuardEngine> ENGINES = new EnumMap<>(Dialect.class);

  static {
    for (Dialect d : Dialect.values()) {
      ENGINES.put(d, GuardEngine.forDialect(d));
    }
  }

  private Engines() {}

  static GuardEngine of(Dialect dialect) {
    return ENGINES.get(dialect);
  }

  static Verdict check(Dialect dialect, String sql) {
    return of(dialect).check(sql);
  }

  /** What the engine returned, in one line per finding, for assertion messages and reports. */
  static String describe(Verdict v) {
    if (v == null) {
      return "null verdict";
    }
    String findings =
        v.findings().stream().map(Engines::describe).collect(Collectors.joining("\n    "));
    return "action=" + v.action() + ", kinds=" + v.kinds()
        + (findings.isEmpty() ? ", no findings" : ", findings:\n    " + findings);
  }

  static String describe(Finding f) {
    return f.action() + " " + f.message();
  }
}
