package io.jdbcguard.rules;

import java.util.Objects;

/**
 * One thing a rule saw in one statement.
 *
 * @param ruleId stable kebab-case id of the rule, e.g. {@code delete-without-where}
 * @param action what the policy does about it (the rule's default, or the configured override)
 * @param fragment the offending piece of SQL, cut to about 200 characters
 * @param reason why it is dangerous, one sentence
 * @param fix the safe way to write it, one sentence
 */
public record Finding(String ruleId, Action action, String fragment, String reason, String fix) {

  static final int MAX_FRAGMENT = 200;

  public Finding {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(action, "action");
    fragment = abbreviate(fragment == null ? "" : fragment);
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(fix, "fix");
  }


  /**
   * The sentence the driver, the CLI and the test assertions all print: {@code [rule-id] why, at
   * `fragment`. The safe way. How a human allows it on purpose.}
   */
  public String message() {
    StringBuilder sb = new StringBuilder(160 + fragment.length());
    sb.append('[').append(ruleId).append("] ").append(reason);
    if (!fragment.isEmpty()) {
      sb.append(" At: `").append(fragment).append("`.");
    }
    sb.append(' ').append(fix);
    if (action.isAtLeast(Action.DRY_RUN)) {
      sb.append(" To allow it on purpose, a human can set guard.rule.")
          .append(ruleId)
          .append("=allow (or warn) or choose another profile.");
    }
    return sb.toString();
  }

  /** Collapses white space and cuts to {@value #MAX_FRAGMENT} characters. */
  static String abbreviate(String sql) {
    StringBuilder sb = new StringBuilder(Math.min(sql.length(), MAX_FRAGMENT + 3));
    boolean space = false;
    for (int i = 0; i < sql.length() && sb.length() < MAX_FRAGMENT; i++) {
      char c = sql.charAt(i);
      if (Character.isWhitespace(c) || Character.isISOControl(c)) {
        space = sb.length() > 0;
      } else {
        if (space) {
          sb.append(' ');
          space = false;
        }
        sb.append(c);
      }
    }
    if (sb.length() >= MAX_FRAGMENT) {
      sb.append("...");
    }
    return sb.toString();
  }
}
