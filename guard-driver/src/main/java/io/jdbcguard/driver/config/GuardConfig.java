package io.jdbcguard.driver.config;

import io.jdbcguard.rules.Action;
import io.jdbcguard.rules.Dialect;
import io.jdbcguard.rules.Policy;
import io.jdbcguard.rules.Profile;
import java.sql.SQLException;
import java.util.Map;
import java.util.Objects;

/**
 * Everything a guarded connection needs to know, resolved once at connect time and immutable
 * afterwards: nothing a statement says can change it.
 *
 * @param policy what the engine decides with (connections with equal policies share one engine)
 * @param unwrap what {@code unwrap(...)} may hand out
 * @param connectionIdPrefix prefix of the per-connection id in the audit log
 */
public record GuardConfig(Policy policy, UnwrapPolicy unwrap, String connectionIdPrefix) {

  public GuardConfig {
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(unwrap, "unwrap");
    Objects.requireNonNull(connectionIdPrefix, "connectionIdPrefix");
  }

  /**
   * Validates and resolves settings. Keys missing from {@code settings} take their defaults; the
   * dialect defaults to {@code inferredDialect}.
   *
   * @param settings {@code guard.*} key to value, already merged by precedence
   * @throws SQLException naming the key, the bad value and the allowed values; for an unknown key
   *     naming the known ones
   */
  public static GuardConfig resolve(Map<String, String> settings, Dialect inferredDialect)
      throws SQLException {
    Policy.Builder policy = Policy.builder().dialect(inferredDialect);
    UnwrapPolicy unwrap = UnwrapPolicy.fromId(GuardProperty.UNWRAP.defaultValue());
    String prefix = GuardProperty.CONNECTION_ID_PREFIX.defaultValue();
    for (Map.Entry<String, String> setting : settings.entrySet()) {
      String key = setting.getKey();
      String value = setting.getValue();
      GuardProperty property = GuardProperty.forKey(key);
      try {
        switch (property) {
          case DIALECT:
            policy.dialect(Dialect.fromId(value));
            break;
          case PROFILE:
            policy.profile(Profile.fromId(value));
            break;
          case RULE:
            policy.rule(GuardProperty.ruleId(key), Action.fromId(value));
            break;
          case CACHE_SIZE:
            policy.cacheSize(nonNegativeInt(value));
            break;
          case UNWRAP:
            unwrap = UnwrapPolicy.fromId(value);
            break;
          case CONNECTION_ID_PREFIX:
            prefix = value;
            break;
          default:
            throw new AssertionError(property);
        }
      } catch (IllegalArgumentException e) {
        throw property.invalid(key, value);
      }
    }
    return new GuardConfig(policy.build(), unwrap, prefix);
  }

  private static int nonNegativeInt(String value) {
    int n = Integer.parseInt(value.trim()); // NumberFormatException is an IllegalArgumentException
    if (n < 0) {
      throw new IllegalArgumentException("negative");
    }
    return n;
  }
}
