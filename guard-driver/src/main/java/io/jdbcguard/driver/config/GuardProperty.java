package io.jdbcguard.driver.config;

import io.jdbcguard.driver.SqlStates;
import io.jdbcguard.rules.Action;
import io.jdbcguard.rules.Dialect;
import io.jdbcguard.rules.Policy;
import io.jdbcguard.rules.Profile;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLNonTransientException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Every {@code guard.*} setting, in the spirit of pgjdbc's {@code PGProperty}: one constant holds
 * the key, the default, the description and the allowed values. It feeds {@code
 * Driver.getPropertyInfo}, the error messages and the table in {@code docs/configuration.md}.
 *
 * <p>A setting may come from the URL's query ({@code jdbc:guard:postgresql://h/db?guard.x=y}), from
 * the connection {@code Properties} or from a policy file ({@link #POLICY_FILE}); the URL wins,
 * then the Properties, then the policy file, then the default.
 */
public enum GuardProperty {
  DIALECT(
      "guard.dialect",
      null,
      "How statements are split and parsed. Default: inferred from the real driver's URL"
          + " (jdbc:postgresql: is postgres, jdbc:mysql: and jdbc:mariadb: are mysql, anything"
          + " else is generic), then from the database: a value that disagrees with a PostgreSQL"
          + " or MySQL/MariaDB server fails connect.",
      ids(Dialect.values()),
      null,
      Dialect::fromId),
  PROFILE(
      "guard.profile",
      Profile.AGENT.id(),
      "The base set of rule actions.",
      ids(Profile.values()),
      null,
      Profile::fromId),
  RULE(
      "guard.rule.<rule-id>",
      null,
      "Overrides one rule's action, e.g. guard.rule.delete-without-where=warn. An unknown rule id"
          + " is rejected at connect time.",
      ids(Action.values()),
      null,
      Action::fromId),
  CACHE_SIZE(
      "guard.cacheSize",
      String.valueOf(Policy.DEFAULT_CACHE_SIZE),
      "How many distinct SQL strings keep their verdict; 0 disables the cache.",
      new String[0],
      "a whole number >= 0",
      value -> (int) nonNegative(value, Integer.MAX_VALUE)),
  UNWRAP(
      "guard.unwrap",
      UnwrapPolicy.DENY.id(),
      "Whether unwrap(...) may hand out the raw vendor connection or statement (which the guard"
          + " cannot see). deny answers only for the guarded wrappers and their JDBC interfaces.",
      ids(UnwrapPolicy.values()),
      null,
      UnwrapPolicy::fromId),
  CONNECTION_ID_PREFIX(
      "guard.connectionIdPrefix",
      "conn-",
      "Prefix of the per-connection id in the audit log (prefix + a counter).",
      new String[0],
      "any text",
      value -> value),
  MAX_AFFECTED_ROWS(
      "guard.maxAffectedRows",
      String.valueOf(WritePolicy.DEFAULT_MAX_AFFECTED_ROWS),
      "The most rows one UPDATE, DELETE or MERGE may change (and a batch in total); a write over"
          + " it is rolled back and refused with rule id row-limit. 0 means no limit. INSERT is not"
          + " limited.",
      new String[0],
      "a whole number >= 0",
      value -> nonNegative(value, Long.MAX_VALUE)),
  MIN_ROWS_FOR_WHOLE_TABLE(
      "guard.minRowsForWholeTable",
      String.valueOf(WritePolicy.DEFAULT_MIN_ROWS_FOR_WHOLE_TABLE),
      "A measured UPDATE or DELETE that changed every row of a table holding more than this many"
          + " rows is rolled back and refused with rule id whole-table-write, even under the row"
          + " limit. 0 turns the check off.",
      new String[0],
      "a whole number >= 0",
      value -> nonNegative(value, Long.MAX_VALUE)),
  MODE(
      "guard.mode",
      Mode.ENFORCE.id(),
      "enforce runs allowed writes for real; sandbox runs every write and rolls it back at once"
          + " (real update counts and results, nothing persists; dry-run is another spelling).",
      ids(Mode.values()),
      null,
      Mode::fromId),
  DRY_RUN(
      "guard.dryRun",
      DryRunKinds.NONE,
      "Statement kinds that always get a dry run (run, measured, rolled back, then run for real"
          + " only within the limits), comma-separated; none by default.",
      DryRunKinds.choices(),
      "none or a comma-separated list of "
          + String.join(", ", DryRunKinds.choices()).substring("none, ".length()),
      DryRunKinds::parse),
  POLICY_FILE(
      "guard.policyFile",
      null,
      "A properties file of guard.* settings, a path or classpath:name; URL parameters and"
          + " connection properties win over it.",
      new String[0],
      "a file path or classpath:name",
      GuardProperty::notBlank),
  PROTECT(
      "guard.protect",
      null,
      "Comma-separated glob patterns (e.g. *prod*) matched against the real URL's host names and"
          + " database name and against what the database reports (current database and schema);"
          + " a match forces the strictest settings and refuses loosening ones.",
      new String[0],
      "comma-separated glob patterns such as *prod*",
      Protection::parse),
  APPROVALS(
      "guard.approvals",
      "off",
      "on gives a statement refused only by approvable rules an approval id: a human approves it"
          + " with the approve command and the same text then runs once. The guard keeps requests"
          + " and approvals in the table jdbc_guard_approvals, which it creates on first use.",
      new String[] {"off", "on"},
      null,
      GuardProperty::onOff);

  /**
   * How a property reads its text: the typed value, or an {@link IllegalArgumentException} (or
   * the {@link SQLException} of {@link #invalid}) for a bad one. Every property has one, so no
   * setting can reach the configuration unvalidated.
   */
  @FunctionalInterface
  public interface Parser {
    Object parse(String value) throws SQLException;
  }

  /** Every guard setting starts with this; such keys never reach the real driver. */
  public static final String PREFIX = "guard.";

  private static final String RULE_PREFIX = "guard.rule.";

  private final String key;
  private final String defaultValue;
  private final String description;
  private final String[] choices;
  private final String expectation;
  private final Parser parser;

  /**
   * @param expectation what a valid value looks like, for messages and docs; null for "one of" the
   *     choices
   * @param parser reads and validates a value (see {@link Parser})
   */
  GuardProperty(
      String key,
      String defaultValue,
      String description,
      String[] choices,
      String expectation,
      Parser parser) {
    this.key = key;
    this.defaultValue = defaultValue;
    this.description = description;
    this.choices = choices;
    this.expectation = expectation == null ? "one of " + String.join(", ", choices) : expectation;
    this.parser = parser;
  }

  /**
   * The typed value of {@code value} set under {@code key} (an enum constant, a number, a set of
   * kinds, the patterns, ...).
   *
   * @throws SQLException naming the key, the bad value and {@link #expectation()}
   */
  public Object parse(String key, String value) throws SQLException {
    if (value == null) {
      throw invalid(key, "");
    }
    try {
      return parser.parse(value);
    } catch (IllegalArgumentException e) {
      throw invalid(key, value);
    }
  }

  /** The key as written in a URL or Properties ({@code guard.rule.<rule-id>} for {@link #RULE}). */
  public String key() {
    return key;
  }

  /** The default, or null where there is none ({@link #DIALECT} is inferred from the URL). */
  public String defaultValue() {
    return defaultValue;
  }

  public String description() {
    return description;
  }

  /** The allowed values, or an empty array for free-form settings. */
  public String[] choices() {
    return choices.clone();
  }

  /** What a valid value looks like, for error messages and docs. */
  public String expectation() {
    return expectation;
  }

  /** True for every key in the {@code guard.} namespace (case-insensitive), known or not. */
  public static boolean isGuardKey(Object key) {
    return key instanceof String
        && ((String) key).regionMatches(true, 0, PREFIX, 0, PREFIX.length());
  }

  /**
   * The property a key configures: an exact key, or {@link #RULE} for {@code guard.rule.<id>}.
   *
   * @throws SQLException naming the key and the known keys if it is not a guard setting
   */
  public static GuardProperty forKey(String key) throws SQLException {
    if (isRuleKey(key)) {
      return RULE;
    }
    for (GuardProperty p : values()) {
      if (p != RULE && p.key.equals(key)) {
        return p;
      }
    }
    throw configError(
        "unknown setting "
            + key
            + "; known settings: "
            + Arrays.stream(values()).map(GuardProperty::key).collect(Collectors.joining(", ")));
  }

  /** True for {@code guard.rule.<rule-id>} keys with a non-empty rule id. */
  public static boolean isRuleKey(String key) {
    return key.startsWith(RULE_PREFIX) && key.length() > RULE_PREFIX.length();
  }

  /** The rule id of a {@code guard.rule.<rule-id>} key. */
  static String ruleId(String key) {
    return key.substring(RULE_PREFIX.length());
  }

  /** The error for a bad value of this property under {@code key}. */
  SQLException invalid(String key, String value) {
    return configError("invalid value '" + value + "' for " + key + "; expected " + expectation());
  }

  /**
   * A configuration error: raised at connect time, SQLState {@value
   * SqlStates#INVALID_CONFIGURATION}.
   */
  public static SQLException configError(String message) {
    return new SQLNonTransientException("jdbc-guard: " + message, SqlStates.INVALID_CONFIGURATION);
  }

  /** This property as {@code getPropertyInfo} reports it, with its effective value. */
  public DriverPropertyInfo toPropertyInfo(String effectiveKey, String value) {
    DriverPropertyInfo info = new DriverPropertyInfo(effectiveKey, value);
    info.description = description;
    info.required = false;
    info.choices = choices.length == 0 ? null : choices.clone();
    return info;
  }

  private static long nonNegative(String value, long max) {
    long n = Long.parseLong(value.trim()); // NumberFormatException is an IllegalArgumentException
    if (n < 0 || n > max) {
      throw new IllegalArgumentException("out of range");
    }
    return n;
  }

  private static Boolean onOff(String value) {
    switch (value.trim().toLowerCase(java.util.Locale.ROOT)) {
      case "on":
      case "true":
        return Boolean.TRUE;
      case "off":
      case "false":
        return Boolean.FALSE;
      default:
        throw new IllegalArgumentException("not on or off");
    }
  }

  private static String notBlank(String value) {
    if (value.isBlank()) {
      throw new IllegalArgumentException("blank");
    }
    return value;
  }

  private static String[] ids(Enum<?>[] values) {
    return Arrays.stream(values).map(Object::toString).toArray(String[]::new);
  }
}
