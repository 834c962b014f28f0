package io.jdbcguard.rules;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the engine needs to decide, resolved once and immutable afterwards.
 *
 * @param dialect how statements are split and parsed
 * @param profile the base set of rule actions
 * @param ruleActions per-rule overrides of the profile's action, keyed by rule id
 * @param cacheSize how many distinct SQL strings keep their verdict (0 disables the cache)
 * @param parseTimeout how long one statement may take to parse before it is blocked
 * @param serverVersion the server the statements run on, for the rules whose answer depends on it
 *     ({@link ServerVersion#defaultFor(Dialect)} unless set)
 * @param loginRole the role the session logged in as, or null when unknown: {@code SET ROLE} back
 *     to it widens nothing (what Flyway sends at the end of a session)
 */
public record Policy(
    Dialect dialect,
    Profile profile,
    Map<String, Action> ruleActions,
    int cacheSize,
    Duration parseTimeout,
    ServerVersion serverVersion,
    String loginRole) {

  public static final int DEFAULT_CACHE_SIZE = 10_000;
  public static final Duration DEFAULT_PARSE_TIMEOUT = Duration.ofSeconds(2);

  public Policy {
    Objects.requireNonNull(dialect, "dialect");
    Objects.requireNonNull(profile, "profile");
    ruleActions = Map.copyOf(ruleActions);
    if (cacheSize < 0) {
      throw new IllegalArgumentException("cacheSize must be >= 0, was " + cacheSize);
    }
    Objects.requireNonNull(parseTimeout, "parseTimeout");
    if (parseTimeout.isNegative() || parseTimeout.isZero()) {
      throw new IllegalArgumentException("parseTimeout must be positive, was " + parseTimeout);
    }
    if (serverVersion == null) {
      serverVersion = ServerVersion.defaultFor(dialect);
    }
  }

  /** The same policy for a session that logged in as {@code role} (null: unknown). */
  public Policy withLoginRole(String role) {
    return new Policy(dialect, profile, ruleActions, cacheSize, parseTimeout, serverVersion, role);
  }

  /** The same policy for statements that run on {@code version} (null: the dialect's default). */
  public Policy withServerVersion(ServerVersion version) {
    return new Policy(dialect, profile, ruleActions, cacheSize, parseTimeout, version, loginRole);
  }

  /** The default agent profile for a dialect. */
  public static Policy defaults(Dialect dialect) {
    return builder().dialect(dialect).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Mutable builder; {@link #build()} seals it into an immutable policy. */
  public static final class Builder {
    private Dialect dialect = Dialect.GENERIC;
    private Profile profile = Profile.AGENT;
    private final Map<String, Action> ruleActions = new LinkedHashMap<>();
    private int cacheSize = DEFAULT_CACHE_SIZE;
    private Duration parseTimeout = DEFAULT_PARSE_TIMEOUT;
    private ServerVersion serverVersion;
    private String loginRole;

    private Builder() {}

    public Builder dialect(Dialect value) {
      this.dialect = Objects.requireNonNull(value, "dialect");
      return this;
    }

    public Builder profile(Profile value) {
      this.profile = Objects.requireNonNull(value, "profile");
      return this;
    }

    /** Overrides one rule's action; the rule id is checked when the engine is created. */
    public Builder rule(String ruleId, Action action) {
      ruleActions.put(Objects.requireNonNull(ruleId, "ruleId"), Objects.requireNonNull(action));
      return this;
    }

    public Builder cacheSize(int value) {
      this.cacheSize = value;
      return this;
    }

    public Builder parseTimeout(Duration value) {
      this.parseTimeout = value;
      return this;
    }

    /** The server the statements run on (null: {@link ServerVersion#defaultFor(Dialect)}). */
    public Builder serverVersion(ServerVersion value) {
      this.serverVersion = value;
      return this;
    }

    /** The role the session logged in as (null: unknown, so every SET ROLE is a change). */
    public Builder loginRole(String value) {
      this.loginRole = value;
      return this;
    }

    public Policy build() {
      return new Policy(dialect, profile, ruleActions, cacheSize, parseTimeout, serverVersion, loginRole);
    }
  }
}
