package io.jdbcguard.rules;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What the guard does with a statement, weakest first. A verdict's action is the strongest action
 * of its findings.
 */
public enum Action {
  /** Run it. */
  ALLOW("allow"),
  /** Run it, but report the finding (audit log, CLI output). */
  WARN("warn"),
  /** Try it inside a transaction or savepoint first and run it for real only if the limits hold. */
  DRY_RUN("dry-run"),
  /** Never send it to the database. */
  BLOCK("block");

  private final String id;

  Action(String id) {
    this.id = id;
  }

  /** The configuration spelling: {@code allow}, {@code warn}, {@code dry-run}, {@code block}. */
  public String id() {
    return id;
  }

  /** The stronger of this action and {@code other}. */
  public Action max(Action other) {
    return other.ordinal() > ordinal() ? other : this;
  }

  public boolean isAtLeast(Action other) {
    return ordinal() >= other.ordinal();
  }

  /**
   * Parses the configuration spelling (case-insensitive; {@code dry_run} and {@code dryrun} are
   * accepted for {@code dry-run}).
   *
   * @throws IllegalArgumentException naming the bad value and the allowed ones
   */
  public static Action fromId(String value) {
    if (value != null) {
      String v = value.trim().toLowerCase(Locale.ROOT).replace('_', '-');
      if (v.equals("dryrun")) {
        v = "dry-run";
      }
      for (Action a : values()) {
        if (a.id.equals(v)) {
          return a;
        }
      }
    }
    throw new IllegalArgumentException(
        "unknown action '" + value + "'; expected one of " + allowedIds());
  }

  static String allowedIds() {
    return Arrays.stream(values()).map(Action::id).collect(Collectors.joining(", "));
  }

  @Override
  public String toString() {
    return id;
  }
}
