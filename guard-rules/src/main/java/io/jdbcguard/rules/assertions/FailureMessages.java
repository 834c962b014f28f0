package io.jdbcguard.rules.assertions;

import io.jdbcguard.rules.Action;
import io.jdbcguard.rules.Finding;
import io.jdbcguard.rules.Policy;
import io.jdbcguard.rules.Verdict;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The failure messages of the assertions: what was expected, the settings, then the guard's own
 * words ({@link Finding#message()}) for every statement that made the assertion fail.
 */
final class FailureMessages {

  private static final String NL = System.lineSeparator();
  private static final int MAX_SQL = 200;

  private FailureMessages() {}

  /**
   * {@code expected ..., but ...; the verdict is BLOCK (dialect d, profile p):}, the SQL on one
   * line, then every finding that is not {@code allow} (or {@code no findings}).
   */
  static String forSql(String expectation, Policy policy, String sql, Verdict v) {
    StringBuilder sb = new StringBuilder(expectation);
    sb.append(ReportLines.label(v.action())).append(settings(policy)).append(':');
    sb.append(NL).append("  SQL: ").append(oneLine(sql));
    boolean any = false;
    for (Finding f : v.findings()) {
      if (f.action() != Action.ALLOW) {
        sb.append(NL).append("  ").append(ReportLines.label(f.action())).append(' ');
        sb.append(f.message());
        any = true;
      }
    }
    if (!any) {
      sb.append(NL).append("  no findings");
    }
    return sb.toString();
  }

  /** {@code expected no blocked statement in F, but 2 of 5 are blocked (...):} and the lines. */
  static String forScript(Path file, Policy policy, ScriptReport report) {
    return "expected no blocked statement in "
        + file
        + ", but "
        + report.blocked()
        + " of "
        + report.statements()
        + isOrAre(report.blocked())
        + settings(policy)
        + ":"
        + lines(report.lines());
  }

  /** {@code ... in the 4 scripts under D, but 3 statements in 2 scripts are blocked (...):}. */
  static String forFolder(Path folder, Policy policy, ScriptReport report) {
    return "expected no blocked statement in the "
        + count(report.scripts(), "script")
        + " under "
        + folder
        + ", but "
        + count(report.blocked(), "statement")
        + " in "
        + count(report.failingScripts(), "script")
        + isOrAre(report.blocked())
        + settings(policy)
        + ":"
        + lines(report.lines());
  }

  /** {@code (dialect postgres, profile agent, truncate=warn)}, overrides sorted by rule id. */
  static String settings(Policy policy) {
    StringBuilder sb = new StringBuilder(" (dialect ");
    sb.append(policy.dialect().id()).append(", profile ").append(policy.profile().id());
    for (Map.Entry<String, Action> e : new TreeMap<>(policy.ruleActions()).entrySet()) {
      sb.append(", ").append(e.getKey()).append('=').append(e.getValue().id());
    }
    return sb.append(')').toString();
  }

  private static String isOrAre(int n) {
    return n == 1 ? " is blocked" : " are blocked";
  }

  private static String lines(List<String> lines) {
    StringBuilder sb = new StringBuilder();
    for (String line : lines) {
      sb.append(NL).append(line);
    }
    return sb.toString();
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /** White space collapsed, cut to {@value #MAX_SQL} characters: enough to recognise it. */
  private static String oneLine(String sql) {
    String s = sql == null ? "null" : sql.strip().replaceAll("\\s+", " ");
    return s.length() <= MAX_SQL ? s : s.substring(0, MAX_SQL) + "...";
  }
}
