package io.jdbcguard.driver.config;

import io.jdbcguard.rules.Action;
import io.jdbcguard.rules.Dialect;
import io.jdbcguard.rules.GuardTables;
import io.jdbcguard.rules.Policy;
import io.jdbcguard.rules.Profile;
import io.jdbcguard.rules.StatementKind;
import java.sql.SQLException;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Everything a guarded connection needs to know, resolved once at connect time and immutable
 * afterwards: nothing a statement says can change it.
 *
 * @param policy what the engine decides with (connections with equal policies share one engine)
 * @param unwrap what {@code unwrap(...)} may hand out
 * @param connectionIdPrefix prefix of the per-connection id in the audit log
 * @param writes the row limit, the mode and the dry-run routing
 * @param protection the {@code guard.protect} patterns (already applied to this configuration)
 * @param driverRules the actions of the rules the driver decides itself ({@link DriverRules})
 * @param approvals {@code guard.approvals=on}: refused approvable statements get an approval id
 */
public record GuardConfig(
    Policy policy,
    UnwrapPolicy unwrap,
    String connectionIdPrefix,
    WritePolicy writes,
    Protection protection,
    DriverRules driverRules,
    boolean approvals) {

  /** The driver's own rule id for the row limit: {@code guard.rule.row-limit=allow|warn|block}. */
  public static final String ROW_LIMIT_RULE = "row-limit";

  public GuardConfig {
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(unwrap, "unwrap");
    Objects.requireNonNull(connectionIdPrefix, "connectionIdPrefix");
    Objects.requireNonNull(writes, "writes");
    Objects.requireNonNull(protection, "protection");
    Objects.requireNonNull(driverRules, "driverRules");
  }

  /** A configuration with the driver rules' defaults for its profile. */
  public GuardConfig(
      Policy policy,
      UnwrapPolicy unwrap,
      String connectionIdPrefix,
      WritePolicy writes,
      Protection protection) {
    this(
        policy,
        unwrap,
        connectionIdPrefix,
        writes,
        protection,
        DriverRules.defaults(policy.profile()),
        false);
  }

  /**
   * Validates and resolves settings that are already merged by precedence, without a policy file or
   * protection. Keys missing from {@code settings} take their defaults; the dialect defaults to
   * {@code inferredDialect}.
   *
   * @throws SQLException naming the key, the bad value and the allowed values; for an unknown key
   *     naming the known ones
   */
  public static GuardConfig resolve(Map<String, String> settings, Dialect inferredDialect)
      throws SQLException {
    return build(settings, inferredDialect, Protection.NONE);
  }

  /**
   * Validates every source, applies precedence (URL, then connection properties, then policy file)
   * and, if {@code target} is protected, the strictest values and the refusals of {@code
   * guard.protect}.
   *
   * @param target where the real driver connects, or null if unknown yet ({@code GuardDataSource}
   *     checks each connection's target later)
   * @throws SQLException for a bad setting in any source (naming the source), or a setting that
   *     would loosen the guard on a protected database
   */
  public static GuardConfig resolve(
      SettingSources sources, Dialect inferredDialect, DatabaseTarget target) throws SQLException {
    for (SettingSources.Source source : sources.inPrecedence()) {
      if (!source.settings().isEmpty()) {
        try {
          build(source.settings(), inferredDialect, Protection.NONE);
        } catch (SQLException e) {
          throw GuardProperty.configError(
              e.getMessage().substring("jdbc-guard: ".length())
                  + " (in "
                  + source.name().trim()
                  + ")");
        }
      }
    }
    Protection protection = Protection.of(sources);
    String why = target == null ? null : protection.matchFor(target);
    Map<String, String> settings =
        why == null ? sources.merged() : Protection.strictest(sources, why);
    return build(settings, inferredDialect, protection);
  }

  /** True when {@code target} matches a {@code guard.protect} pattern. */
  public boolean protects(DatabaseTarget target) {
    return protection.matchFor(target) != null;
  }

  private static GuardConfig build(
      Map<String, String> settings, Dialect inferredDialect, Protection protection)
      throws SQLException {
    Policy.Builder policy = Policy.builder().dialect(inferredDialect);
    Profile profile = Profile.AGENT;
    UnwrapPolicy unwrap = UnwrapPolicy.fromId(GuardProperty.UNWRAP.defaultValue());
    String prefix = GuardProperty.CONNECTION_ID_PREFIX.defaultValue();
    long maxAffectedRows = WritePolicy.DEFAULT_MAX_AFFECTED_ROWS;
    long minRowsForWholeTable = WritePolicy.DEFAULT_MIN_ROWS_FOR_WHOLE_TABLE;
    Action rowLimit = null;
    Mode mode = Mode.ENFORCE;
    Set<StatementKind> dryRunKinds = Set.of();
    java.util.Map<String, Action> driverRuleActions = new java.util.HashMap<>();
    boolean approvals = false;
    for (Map.Entry<String, String> setting : settings.entrySet()) {
      String key = setting.getKey();
      String value = setting.getValue();
      GuardProperty property = GuardProperty.forKey(key);
      Object parsed = property.parse(key, value); // every value is validated by its property
      switch (property) {
        case DIALECT:
          policy.dialect((Dialect) parsed);
          break;
        case PROFILE:
          profile = (Profile) parsed;
          policy.profile(profile);
          break;
        case RULE:
          if (GuardProperty.ruleId(key).equals(GuardTables.WRITE_RULE) && parsed != Action.BLOCK) {
            throw GuardProperty.configError(
                key + "=" + value + " is refused: the guard's own tables are never writable"
                    + " through a guarded connection (only block is accepted)");
          }
          if (GuardProperty.ruleId(key).equals(ROW_LIMIT_RULE)) {
            rowLimit = rowLimitAction(key, value);
          } else if (DriverRules.IDS.contains(GuardProperty.ruleId(key))) {
            driverRuleActions.put(GuardProperty.ruleId(key), driverRuleAction(key, value));
          } else {
            policy.rule(GuardProperty.ruleId(key), (Action) parsed);
          }
          break;
        case CACHE_SIZE:
          policy.cacheSize((Integer) parsed);
          break;
        case UNWRAP:
          unwrap = (UnwrapPolicy) parsed;
          break;
        case CONNECTION_ID_PREFIX:
          prefix = (String) parsed;
          break;
        case MAX_AFFECTED_ROWS:
          maxAffectedRows = (Long) parsed;
          break;
        case MIN_ROWS_FOR_WHOLE_TABLE:
          minRowsForWholeTable = (Long) parsed;
          break;
        case MODE:
          mode = (Mode) parsed;
          break;
        case DRY_RUN:
          @SuppressWarnings("unchecked")
          Set<StatementKind> kinds = (Set<StatementKind>) parsed;
          dryRunKinds = kinds;
          break;
        case APPROVALS:
          approvals = (Boolean) parsed;
          break;
        case POLICY_FILE:
        case PROTECT:
          break; // read by SettingSources and applied by resolve(SettingSources, ...)
        default:
          throw new AssertionError(property);
      }
    }
    if (rowLimit == null) {
      rowLimit = profile == Profile.AUDIT ? Action.WARN : Action.BLOCK;
    }
    WritePolicy writes =
        new WritePolicy(maxAffectedRows, rowLimit, mode, dryRunKinds, minRowsForWholeTable);
    DriverRules driverRules = DriverRules.defaults(profile);
    Action reach = driverRuleActions.get(DriverRules.PROTECTED_DATABASE);
    if (reach != null && reach != Action.BLOCK && settings.containsKey(GuardProperty.PROTECT.key())) {
      throw GuardProperty.configError(
          "guard.rule." + DriverRules.PROTECTED_DATABASE + "=" + reach.id()
              + " would let this connection reach the databases guard.protect protects; with"
              + " guard.protect set it may only be block");
    }
    for (Map.Entry<String, Action> rule : driverRuleActions.entrySet()) {
      driverRules = driverRules.with(rule.getKey(), rule.getValue());
    }
    return new GuardConfig(
        policy.build(), unwrap, prefix, writes, protection, driverRules, approvals);
  }

  private static Action rowLimitAction(String key, String value) throws SQLException {
    Action action = Action.fromId(value);
    if (action == Action.DRY_RUN) {
      throw GuardProperty.configError(
          "invalid value '"
              + value
              + "' for "
              + key
              + "; expected one of allow, warn, block (to dry-run writes, set guard.dryRun=update,"
              + "delete,merge)");
    }
    return action;
  }

  private static Action driverRuleAction(String key, String value) throws SQLException {
    Action action = Action.fromId(value);
    if (action == Action.DRY_RUN) {
      throw GuardProperty.configError(
          "invalid value '" + value + "' for " + key + "; expected one of allow, warn, block");
    }
    return action;
  }
}
