package io.jdbcguard.rules.assertions;

import io.jdbcguard.rules.Action;
import io.jdbcguard.rules.Dialect;
import io.jdbcguard.rules.GuardEngine;
import io.jdbcguard.rules.Policy;
import io.jdbcguard.rules.ScriptState;
import io.jdbcguard.rules.Profile;
import io.jdbcguard.rules.Verdict;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The assertions of {@link SqlAssertions} under one policy (dialect, profile, rule overrides).
 * Immutable: {@link #dialect}, {@link #profile} and {@link #rule} return a new instance, so a
 * configured instance can live in a {@code static final} field and be shared by tests.
 *
 * <pre>{@code
 * static final PolicyAssertions GUARD =
 *     SqlAssertions.forDialect(Dialect.POSTGRES).profile(Profile.MIGRATION);
 * }</pre>
 */
public final class PolicyAssertions {

  private final Policy policy;
  private final GuardEngine engine;

  PolicyAssertions(Policy policy) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.engine = GuardEngine.create(policy);
  }

  /** These assertions for SQL written in {@code dialect}. */
  public PolicyAssertions dialect(Dialect dialect) {
    return new PolicyAssertions(copy().dialect(dialect).build());
  }

  /** These assertions under {@code profile} ({@code agent} unless set). */
  public PolicyAssertions profile(Profile profile) {
    return new PolicyAssertions(copy().profile(profile).build());
  }

  /**
   * These assertions with one rule's action overridden, as {@code guard.rule.<id>=<action>} does.
   *
   * @throws IllegalArgumentException for a rule id that does not exist, naming the known ones
   */
  public PolicyAssertions rule(String ruleId, Action action) {
    return new PolicyAssertions(copy().rule(ruleId, action).build());
  }

  /** The policy these assertions check against. */
  public Policy policy() {
    return policy;
  }

  /**
   * Passes when the driver would run {@code sql} (one JDBC execute call, possibly several
   * statements): its verdict is {@code allow} or {@code warn}. A {@code block} or a {@code dry-run}
   * verdict fails with the guard's messages.
   */
  public void assertAllowed(String sql) {
    Verdict v = engine.check(sql);
    if (!v.isAllowed()) {
      throw new AssertionError(
          FailureMessages.forSql(
              "expected the guard to allow this SQL, but its verdict is ", policy, sql, v));
    }
  }

  /** Passes when the driver would refuse {@code sql}: its verdict is {@code block}. */
  public void assertBlocked(String sql) {
    Verdict v = engine.check(sql);
    if (!v.isBlocked()) {
      throw new AssertionError(
          FailureMessages.forSql(
              "expected the guard to block this SQL, but its verdict is ", policy, sql, v));
    }
  }

  /**
   * Passes when {@code sql} is blocked and rule {@code ruleId} is one of the rules that block it.
   *
   * @throws IllegalArgumentException for a rule id that does not exist, naming the known ones
   */
  public void assertBlocked(String sql, String ruleId) {
    List<String> known = engine.ruleIds();
    if (!known.contains(ruleId)) {
      throw new IllegalArgumentException(
          "unknown rule id '" + ruleId + "'; known rule ids: " + String.join(", ", known));
    }
    Verdict v = engine.check(sql);
    boolean byRule =
        v.findings().stream()
            .anyMatch(f -> f.ruleId().equals(ruleId) && f.action() == Action.BLOCK);
    if (!byRule) {
      throw new AssertionError(
          FailureMessages.forSql(
              "expected [" + ruleId + "] to block this SQL, but it does not; the verdict is ",
              policy,
              sql,
              v));
    }
  }

  /**
   * Passes when no statement of the script is blocked, as {@code check} would exit 0: each
   * statement is checked in order, with the script's opt-out comments ({@code -- jdbc-guard:allow
   * <rule-id> <reason>}) applied. Warnings and dry-run verdicts pass. A failure lists every blocked
   * statement as {@code file:line: BLOCK [rule-id] message}.
   *
   * @throws UncheckedIOException when the file cannot be read (missing, not UTF-8, ...)
   */
  public void assertScriptPasses(Path file) {
    ScriptReport report = new ScriptReport();
    report.add(engine, file.toString(), read(file));
    if (!report.passed()) {
      throw new AssertionError(FailureMessages.forScript(file, policy, report));
    }
  }

  /**
   * Passes when no statement of any {@code .sql} file under {@code folder} (any depth) is blocked.
   * The files are checked in {@link MigrationOrder migration order} as one run, like {@code check
   * <folder>}: each is a script of its own, and what the earlier files did counts for the later
   * ones ({@link GuardEngine#checkScript(String, ScriptState)}); a failure lists every blocked statement of every file. A folder
   * without {@code .sql} files fails too: a mistyped path must not pass silently.
   *
   * @throws UncheckedIOException when the folder or a file cannot be read (missing, a symbolic link
   *     loop, not UTF-8, ...)
   */
  public void assertAllScriptsPass(Path folder) {
    List<Path> files;
    try {
      files = MigrationOrder.sqlFiles(folder);
    } catch (IOException e) {
      throw new UncheckedIOException(e.getMessage(), e);
    }
    if (files.isEmpty()) {
      throw new AssertionError("no .sql files under " + folder);
    }
    ScriptReport report = new ScriptReport();
    ScriptState state = ScriptState.UNKNOWN;
    for (Path file : files) {
      state = report.add(engine, file.toString(), read(file), state);
    }
    if (!report.passed()) {
      throw new AssertionError(FailureMessages.forFolder(folder, policy, report));
    }
  }

  private static String read(Path file) {
    try {
      return ScriptFiles.read(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e.getMessage(), e);
    }
  }

  private Policy.Builder copy() {
    Policy.Builder b =
        Policy.builder()
            .dialect(policy.dialect())
            .profile(policy.profile())
            .cacheSize(policy.cacheSize())
            .parseTimeout(policy.parseTimeout())
            .serverVersion(policy.serverVersion())
            .loginRole(policy.loginRole());
    policy.ruleActions().forEach(b::rule);
    return b;
  }
}
