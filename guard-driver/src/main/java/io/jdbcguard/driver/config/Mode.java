package io.jdbcguard.driver.config;

import java.util.Locale;

/** Whether allowed writes land ({@code guard.mode}). */
public enum Mode {
  /** The default: allowed statements run for real, within the row limit. */
  ENFORCE("enforce"),
  /**
   * Every write runs inside a transaction or savepoint and is rolled back at once: the caller gets
   * the real update counts and results, nothing persists, and the audit log records what would have
   * happened. {@code dry-run} is accepted as another spelling.
   */
  SANDBOX("sandbox");

  private final String id;

  Mode(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  /**
   * @throws IllegalArgumentException for anything but enforce or sandbox (also dry-run, dry_run,
   *     dryrun), case-insensitive
   */
  public static Mode fromId(String value) {
    String v = value == null ? "" : value.trim().toLowerCase(Locale.ROOT).replace('_', '-');
    if (v.equals("dry-run") || v.equals("dryrun")) {
      return SANDBOX;
    }
    for (Mode m : values()) {
      if (m.id.equals(v)) {
        return m;
      }
    }
    throw new IllegalArgumentException("unknown mode '" + value + "'");
  }

  @Override
  public String toString() {
    return id;
  }
}
