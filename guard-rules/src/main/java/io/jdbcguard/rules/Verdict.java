package io.jdbcguard.rules;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The engine's answer for one SQL string (which may hold several statements).
 *
 * @param action the strongest action of the findings; {@link Action#ALLOW} when there are none
 * @param findings what the rules saw, in statement order
 * @param kinds the kind of each statement in the string, in order (empty for a comment-only string)
 * @param fingerprint the SQL with literals replaced by {@code ?}, comments dropped and white space
 *     collapsed: safe to log, and equal for statements that differ only in their values
 */
public record Verdict(
    Action action, List<Finding> findings, List<StatementKind> kinds, String fingerprint) {

  public Verdict {
    Objects.requireNonNull(action, "action");
    findings = List.copyOf(findings);
    kinds = List.copyOf(kinds);
    Objects.requireNonNull(fingerprint, "fingerprint");
  }

  /** Builds a verdict whose action is the strongest of its findings. */
  public static Verdict of(List<Finding> findings, List<StatementKind> kinds, String fingerprint) {
    Action action = Action.ALLOW;
    for (Finding f : findings) {
      action = action.max(f.action());
    }
    return new Verdict(action, findings, kinds, fingerprint);
  }

  public boolean isBlocked() {
    return action == Action.BLOCK;
  }

  public boolean isAllowed() {
    return action == Action.ALLOW || action == Action.WARN;
  }

  /** The rule ids of the findings, in order, without repeats. */
  public List<String> ruleIds() {
    return findings.stream().map(Finding::ruleId).distinct().collect(Collectors.toList());
  }


  /**
   * The findings that decide the action, one message per line; empty when allowed without
   * findings. This is the text of a blocked statement's SQLException, the CLI and the assertions.
   */
  public String message() {
    return findings.stream()
        .filter(f -> f.action() == action)
        .map(Finding::message)
        .collect(Collectors.joining("\n"));
  }
}
