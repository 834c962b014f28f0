package io.jdbcguard.rules;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A named set of rule actions. Each rule says what it does in each profile ({@link
 * Rule#actionIn(Profile)}); per-rule overrides win over the profile.
 */
public enum Profile {
  /** The default: the behaviour contract for AI agents and applications. */
  AGENT("agent"),
  /**
   * Only reads: SELECT, SHOW, EXPLAIN without ANALYZE, VALUES and session settings that do not
   * lift read-only; everything {@code agent} blocks stays blocked.
   */
  READ_ONLY("read-only"),
  /**
   * Nothing is blocked: every finding that {@code agent} would block or dry-run is reported as a
   * warning, to roll the guard out without breaking anything.
   */
  AUDIT("audit"),
  /**
   * For reviewed schema changes: {@code agent}, plus the migration safety rules (locks, rewrites,
   * unsafe constraint and index changes). DROP and friends stay blocked unless a per-rule override
   * allows them.
   */
  MIGRATION("migration");

  private final String id;

  Profile(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  /**
   * What a rule does in this profile: the rule's own answer, except that {@code audit} turns every
   * block or dry run of the {@code agent} profile into a warning.
   */
  public Action actionFor(Rule rule) {
    if (this == AUDIT) {
      Action agent = rule.actionIn(AGENT);
      return agent.isAtLeast(Action.DRY_RUN) ? Action.WARN : agent;
    }
    return rule.actionIn(this);
  }

  /** @throws IllegalArgumentException naming the bad value and the allowed ones */
  public static Profile fromId(String value) {
    String v = value == null ? "" : value.trim().toLowerCase(Locale.ROOT).replace('_', '-');
    for (Profile p : values()) {
      if (p.id.equals(v)) {
        return p;
      }
    }
    throw new IllegalArgumentException(
        "unknown profile '" + value + "'; expected one of "
            + Arrays.stream(values()).map(Profile::id).collect(Collectors.joining(", ")));
  }

  @Override
  public String toString() {
    return id;
  }
}
