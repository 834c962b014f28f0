package io.jdbcguard.rules;

import java.util.Locale;

/** A named set of rule actions. */
public enum Profile {
  /** The default: the behaviour contract for AI agents and applications. */
  AGENT("agent");

  private final String id;

  Profile(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  /** @throws IllegalArgumentException naming the bad value and the allowed ones */
  public static Profile fromId(String value) {
    String v = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
    for (Profile p : values()) {
      if (p.id.equals(v)) {
        return p;
      }
    }
    throw new IllegalArgumentException("unknown profile '" + value + "'; expected one of agent");
  }

  @Override
  public String toString() {
    return id;
  }
}
