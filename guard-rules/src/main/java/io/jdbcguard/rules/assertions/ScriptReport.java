package io.jdbcguard.rules.assertions;

import io.jdbcguard.rules.Action;
import io.jdbcguard.rules.Dialect;
import io.jdbcguard.rules.Finding;
import io.jdbcguard.rules.GuardEngine;
import io.jdbcguard.rules.ScriptCheck;
import io.jdbcguard.rules.ScriptState;
import io.jdbcguard.rules.ScriptVerdict;
import java.util.ArrayList;
import java.util.List;

/**
 * What the engine says about one or more scripts, kept for a failure message: how many statements
 * there were, how many were blocked, and one report line per blocking finding.
 */
final class ScriptReport {

  private final List<String> lines = new ArrayList<>();
  private int statements;
  private int blocked;
  private int scripts;
  private int failingScripts;

  /** Checks one script (with its opt-out comments and script state) and records what blocks. */
  void add(GuardEngine engine, String source, String script) {
    add(engine, source, script, ScriptState.UNKNOWN);
  }

  /**
   * Checks one script of a run whose earlier scripts ended in {@code previous}; returns the state
   * after it, for the next script.
   */
  ScriptState add(GuardEngine engine, String source, String script, ScriptState previous) {
    Dialect dialect = engine.policy().dialect();
    scripts++;
    int blockedBefore = blocked;
    ScriptCheck checked = engine.checkScript(script, previous);
    for (ScriptVerdict v : checked.verdicts()) {
      statements++;
      if (!v.verdict().isBlocked()) {
        continue;
      }
      blocked++;
      String sql = v.statement().sql();
      int line = LeadingTrivia.codeLine(sql, v.statement().line(), dialect);
      for (Finding f : v.verdict().findings()) {
        if (f.action() == Action.BLOCK) {
          lines.add(ReportLines.finding(source, line, f));
        }
      }
    }
    if (blocked > blockedBefore) {
      failingScripts++;
    }
    return checked.after();
  }

  boolean passed() {
    return blocked == 0;
  }

  int statements() {
    return statements;
  }

  int blocked() {
    return blocked;
  }

  int scripts() {
    return scripts;
  }

  int failingScripts() {
    return failingScripts;
  }

  /** One line per blocking finding, in script order. */
  List<String> lines() {
    return lines;
  }
}
